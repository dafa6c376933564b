/**
 * Open data, public and without sign-in: /open-data lists the rounds that have
 * opened; each round has a page, two aggregate datasets (per organisation, per
 * province) as CSV for people, CSV for programs and JSON, a data dictionary for
 * each (page, CSV, JSON), and CKAN metadata at package.json. Official figures
 * only, small groups suppressed (datasets.ts).
 *
 * @example
 * app.route('/', openDataRoutes({ db, config, now }))
 */
import { Hono, type Context } from 'hono'
import { Readable } from 'node:stream'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { createDefinitionCache } from '../../db/queries/questionnaires.js'
import { findRound, roundRecordsInScope, type RoundRecord } from '../../db/queries/round-records.js'
import { roundStatus } from '../../domain/round-status.js'
import { roundIsPublic } from '../../domain/round-visibility.js'
import { CSV_CONTENT_TYPE, csvStream, type CsvAudience } from '../../exports/csv.js'
import { PAGE_DECIMALS, peopleCells } from '../../exports/people-numbers.js'
import { columnJson } from '../../exports/result-table.js'
import { formatDate } from '../../i18n/format.js'
import type { Locale } from '../../i18n/messages.js'
import { openDataTranslator } from '../../i18n/open-data.js'
import { roundJson } from '../api/present-round.js'
import { resolveLocale } from '../locale.js'
import { homeLink } from '../public/home-route.js'
import { publicBaseUrl } from '../public-base-url.js'
import { renderStatus } from '../status.js'
import { DictionaryPage } from '../../../views/open-data/dictionary-page.js'
import { RoundListPage } from '../../../views/open-data/round-list-page.js'
import { RoundPage } from '../../../views/open-data/round-page.js'
import { ckanPackage, LICENCE, PUBLISHER } from './ckan-package.js'
import { DATASETS, openDatasets, type DatasetName, type OpenDatasets } from './datasets.js'
import { DICTIONARY_HEADER, dictionaryRecords } from './dictionary.js'
import { OPEN_DATA_HOME, openDataPaths } from './paths.js'
import { publishedReportLinks, publishedReportRoutes } from './published-reports.js'

/** How long the figures of a round are reused: an open round's files are at most this old. */
const CACHE_MS = 5 * 60_000
const CACHE_ROUNDS = 4

/** Public files may be cached briefly and fetched from other sites (catalogue previews). */
function publicFile(c: Context) {
  c.header('Cache-Control', `public, max-age=${CACHE_MS / 1000}`)
  c.header('Access-Control-Allow-Origin', '*')
}

function csvResponse(c: Context, filename: string, header: string[], rows: Iterable<unknown[]>, audience: CsvAudience) {
  publicFile(c)
  c.header('Content-Type', CSV_CONTENT_TYPE)
  c.header('Content-Disposition', `attachment; filename="${filename}"`)
  return c.body(Readable.toWeb(csvStream(header, rows, audience)) as ReadableStream)
}

export function openDataRoutes({ db, config, now }: { db: Db; config: Config; now: () => number }) {
  const app = new Hono()
  const definitions = createDefinitionCache(db)
  const minimum = config.RESULTS_MIN_RESPONSES

  const isPublic = (r: RoundRecord) => roundIsPublic(r, now())
  const roundOf = (c: Context): RoundRecord | undefined => {
    const id = c.req.param('id') ?? ''
    const round = /^[1-9][0-9]{0,9}$/.test(id) ? findRound(db, Number(id)) : undefined
    return round && isPublic(round) ? round : undefined
  }
  const notFound = (c: Context) => renderStatus(c, resolveLocale(c), 'pageNotFound', 404)
  const langHref = (c: Context, locale: Locale) => `${new URL(c.req.url).pathname}?lang=${locale === 'th' ? 'en' : 'th'}`
  /** First and last day covered; the closing instant itself is exclusive. */
  const period = (r: RoundRecord, locale: Locale) => ({
    from: formatDate(r.opensAt, locale),
    to: formatDate(r.closesAt.getTime() - 1, locale),
  })
  /** A public round is collecting answers, closed with provisional figures, or final. */
  const standing = (r: RoundRecord) => {
    const status = roundStatus(r, now())
    return status === 'finalised' ? 'final' : status === 'open' ? 'open' : 'closed'
  }
  // Public and national: computed at most once per round every CACHE_MS, so nobody can make every request cost a full roll-up.
  // Files made before the round was finalised say "provisional": they are made again once it is.
  const cache = new Map<number, { at: number; final: boolean; data: OpenDatasets }>()
  const datasetsOf = (round: RoundRecord): OpenDatasets => {
    const hit = cache.get(round.id)
    const final = round.finalisedAt !== null
    if (hit && hit.final === final && now() - hit.at < CACHE_MS) return hit.data
    const definition = definitions.get(round.questionnaireId)
    if (!definition) throw new Error(`round ${round.id} has no questionnaire`)
    const data = openDatasets(db, { round, definition, minimumResponses: minimum })
    cache.delete(round.id)
    cache.set(round.id, { at: now(), final, data })
    if (cache.size > CACHE_ROUNDS) cache.delete(cache.keys().next().value!)
    return data
  }
  app.route('/', publishedReportRoutes({ db, config }))
  const fileName = (round: RoundRecord, name: string, ext: string) => `lgu-satisfaction-round-${round.id}-${name}.${ext}`

  app.get(OPEN_DATA_HOME, (c) => {
    const locale = resolveLocale(c)
    const t = openDataTranslator(locale)
    const rounds = roundRecordsInScope(db, { kind: 'national' })
      .filter(isPublic)
      .map((r) => ({
        href: openDataPaths(r.id).round,
        name: locale === 'th' ? r.nameTh : r.nameEn,
        period: `${period(r, locale).from} – ${period(r, locale).to}`,
        status: t(`status.${standing(r)}`),
      }))
    return c.html(
      <RoundListPage
        locale={locale}
        t={t}
        langHref={langHref(c, locale)}
        home={homeLink(locale)}
        licence={LICENCE.title}
        minimum={minimum}
        rounds={rounds}
        reports={publishedReportLinks(db, locale)}
      />,
    )
  })

  app.get(`${OPEN_DATA_HOME}/rounds/:id`, (c) => {
    const round = roundOf(c)
    if (!round) return notFound(c)
    const locale = resolveLocale(c)
    const t = openDataTranslator(locale)
    const data = datasetsOf(round)
    const paths = openDataPaths(round.id)
    const datasets = DATASETS.map((name) => ({
      id: name,
      title: t(`dataset.${name}.title`),
      description: t(`dataset.${name}.description`),
      rows: data[name].rows.length,
      ...paths.dataset(name),
    }))
    return c.html(
      <RoundPage
        locale={locale}
        t={t}
        langHref={langHref(c, locale)}
        home={homeLink(locale)}
        homeHref={OPEN_DATA_HOME}
        name={locale === 'th' ? round.nameTh : round.nameEn}
        period={t('round.period', period(round, locale))}
        standing={standing(round)}
        minimum={minimum}
        licence={LICENCE.title}
        publisher={locale === 'th' ? PUBLISHER.th : PUBLISHER.en}
        packageJson={paths.packageJson}
        datasets={datasets}
      />,
    )
  })

  app.get(`${OPEN_DATA_HOME}/rounds/:id/package.json`, (c) => {
    const round = roundOf(c)
    if (!round) return notFound(c)
    publicFile(c)
    return c.json(
      ckanPackage({
        round: roundJson(round, now()),
        baseUrl: publicBaseUrl(config, c),
        minimumResponses: minimum,
        contactEmail: config.OPEN_DATA_CONTACT_EMAIL,
      }),
    )
  })

  for (const name of DATASETS) {
    const paths = openDataPaths(':id').dataset(name)
    const withDataset = (
      c: Context,
      then: (round: RoundRecord, dataset: OpenDatasets[DatasetName]) => Response | Promise<Response>,
    ) => {
      const round = roundOf(c)
      return round ? then(round, datasetsOf(round)[name]) : notFound(c)
    }

    app.get(paths.csv, (c) =>
      withDataset(c, (round, d) =>
        csvResponse(
          c,
          fileName(round, name, 'csv'),
          d.columns.map((col) => col.code),
          d.cells(),
          'machines',
        ),
      ),
    )
    app.get(paths.excelCsv, (c) =>
      withDataset(c, (round, d) =>
        csvResponse(
          c,
          fileName(round, `${name}-excel`, 'csv'),
          d.columns.map((col) => col.label.th),
          (function* () {
            for (const cells of d.cells()) yield peopleCells(d.columns, cells)
          })(),
          'people',
        ),
      ),
    )
    app.get(paths.json, (c) =>
      withDataset(c, (round, d) => {
        publicFile(c)
        return c.json({
          dataset: name,
          round: roundJson(round, now()),
          licence: LICENCE.id,
          publisher: PUBLISHER.th,
          minimumResponses: minimum,
          columns: d.columns.map(columnJson),
          rows: [...d.cells()].map((cells) => Object.fromEntries(d.columns.map((col, i) => [col.code, cells[i]]))),
        })
      }),
    )
    app.get(paths.dictionary, (c) =>
      withDataset(c, (round, d) => {
        const locale = resolveLocale(c)
        const t = openDataTranslator(locale)
        const entries = dictionaryRecords(d.columns).map((e) => ({
          code: e.code,
          labelTh: e.label_th,
          labelEn: e.label_en,
          description: locale === 'th' ? e.description_th : e.description_en,
          unit: (locale === 'th' ? e.unit_th : e.unit_en) ?? '',
          type: t(`type.${e.type}`),
        }))
        return c.html(
          <DictionaryPage
            locale={locale}
            t={t}
            langHref={langHref(c, locale)}
            home={homeLink(locale)}
            roundHref={openDataPaths(round.id).round}
            roundName={locale === 'th' ? round.nameTh : round.nameEn}
            dataset={t(`dataset.${name}.title`)}
            minimum={minimum}
            decimals={PAGE_DECIMALS}
            entries={entries}
          />,
        )
      }),
    )
    app.get(paths.dictionaryCsv, (c) =>
      withDataset(c, (round, d) =>
        csvResponse(
          c,
          fileName(round, `${name}-dictionary`, 'csv'),
          [...DICTIONARY_HEADER],
          dictionaryRecords(d.columns).map((e) => DICTIONARY_HEADER.map((k) => e[k])),
          'people',
        ),
      ),
    )
    app.get(paths.dictionaryJson, (c) =>
      withDataset(c, (round, d) => {
        publicFile(c)
        return c.json({ dataset: name, round: roundJson(round, now()), columns: dictionaryRecords(d.columns) })
      }),
    )
  }

  return app
}
