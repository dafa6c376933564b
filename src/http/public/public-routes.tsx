/**
 * Public results: `/o` finds an organisation, `/o/<DLA code>` shows its published results.
 * The URL is the DLA code itself, so it is stable, guessable and permanent. Figures are always
 * the official ones (flagged responses never count, whatever EXCLUDE_FLAGGED says), read from
 * the pre-aggregated tallies, with every group below RESULTS_MIN_RESPONSES withheld.
 *
 * @example
 * app.route('/', publicResultsRoutes({ db, config, now }))
 * await app.request('/o/4810102?lang=en')
 */
import { Hono, type Context } from 'hono'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { roundsFor, type RoundOption } from '../../db/queries/collection.js'
import { organisationDisplayName } from '../../domain/organisation-types.js'
import { resultsStanding } from '../../domain/round-status.js'
import { roundIsPublic } from '../../domain/round-visibility.js'
import { formatCount, formatWindow } from '../../i18n/format.js'
import { translator, type Locale } from '../../i18n/messages.js'
import { publicTranslator } from '../../i18n/public-results.js'
import { createResultsService, RESULTS_KEPT } from '../../results/organisation-results.js'
import { createRollupService, type RollupService } from '../../results/rollups.js'
import { createFigureService, type FigureService } from '../../results/trends.js'
import { presentAspectComparison } from '../results-comparison.js'
import { presentRoundsTrend } from '../results-trends.js'
import { publishedReportLinks } from '../open-data/published-reports.js'
import { openDataTranslator } from '../../i18n/open-data.js'
import { MessagePage } from '../../../views/public/message-page.js'
import { OrganisationPage } from '../../../views/public/organisation-page.js'
import type { PublicHeaderProps } from '../../../views/public/public-header.js'
import { SearchPage } from '../../../views/public/search-page.js'
import { otherLocale, resolveLocale } from '../locale.js'
import { homeLink } from './home-route.js'
import { PUBLIC_SEARCH_PATH, publicResultsPath } from './paths.js'
import { presentRoundResults } from './present-results.js'
import { keptOutPercent } from '../../domain/flag-review.js'
import { keptOutLine } from '../../i18n/flag-rate.js'
import { presentPublicActions } from './present-actions.js'
import { createTopicLookup } from './topic-lookup.js'
import { actionPhotoOf, actionsOf } from '../../db/queries/service-actions.js'
import { PUBLIC_ACTION_STATUSES } from '../../domain/service-actions.js'
import { actionsPublicTranslator } from '../../i18n/actions-public.js'
import {
  organisationByCode,
  searchOrganisations,
  servicePointNames,
  type PublicOrganisation,
} from '../../db/queries/public-organisations.js'

export type PublicRouteDeps = { db: Db; config: Config; now: () => number }

const SEARCH_PATH = PUBLIC_SEARCH_PATH
const PAGE_SIZE = 20
/** The latest changes the results page lists. */
const PUBLIC_ACTIONS = 5

/** The link for the other language, keeping the page's other parameters. */
function header(c: Context, locale: Locale): PublicHeaderProps {
  const url = new URL(c.req.url)
  const other = otherLocale(locale)
  url.searchParams.set('lang', other)
  return {
    siteName: publicTranslator(locale)('public.siteName'),
    siteHref: SEARCH_PATH,
    home: homeLink(locale),
    lang: { href: `${url.pathname}${url.search}`, text: translator(locale)('lang.switch'), code: other },
  }
}

function place(
  org: Pick<PublicOrganisation, 'provinceCode' | 'provinceTh' | 'provinceEn' | 'districtTh' | 'districtEn'>,
  locale: Locale,
): string[] {
  const t = publicTranslator(locale)
  const district = locale === 'en' ? org.districtEn : org.districtTh
  const province = locale === 'en' ? org.provinceEn : org.provinceTh
  // Bangkok's districts are เขต and it is not a จังหวัด: their names already say what they are.
  const bangkok = org.provinceCode === '10'
  return [
    bangkok ? district : t('public.org.district', { name: district }),
    bangkok ? province : t('public.org.province', { name: province }),
  ]
}

const roundState = (round: RoundOption, now: number) => (round.finalisedAt ? 'final' : now >= round.closesAt ? 'closed' : 'open')

export function publicResultsRoutes({ db, config, now }: PublicRouteDeps) {
  const minimum = config.RESULTS_MIN_RESPONSES
  const results = createResultsService(db, { minimumResponses: minimum, includeFlagged: false }, { keep: RESULTS_KEPT })
  // Made on first use: it prepares statements. Official answers only, as for the organisation's own figures.
  let rollupService: RollupService | undefined
  const rollups = () => (rollupService ??= createRollupService(db, { minimumResponses: minimum, includeFlagged: false }))
  const { topicOf } = createTopicLookup(db)
  let figureService: FigureService | undefined
  const figures = () => (figureService ??= createFigureService(db, { minimumResponses: minimum, includeFlagged: false }))
  const app = new Hono()

  // Only a change residents may see has a public photo; the URL's ?v= changes with the photo.
  app.get(`${SEARCH_PATH}/:code/actions/:id/:file{(photo|thumb)\\.jpg}`, (c) => {
    const id = c.req.param('id')
    const photo = /^[1-9]\d{0,14}$/.test(id) ? actionPhotoOf(db, Number(id)) : undefined
    if (!photo || photo.dlaCode !== c.req.param('code') || !PUBLIC_ACTION_STATUSES.includes(photo.status)) return c.notFound()
    const bytes = c.req.param('file') === 'thumb.jpg' ? photo.thumb : photo.jpeg
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'public, max-age=86400' })
  })

  app.get(SEARCH_PATH, (c) => {
    const locale = resolveLocale(c)
    const t = publicTranslator(locale)
    const q = (c.req.query('q') ?? '').trim().slice(0, 100)
    const asked = Number(c.req.query('page'))
    let page = Number.isSafeInteger(asked) && asked >= 1 ? asked : 1
    let found = q ? searchOrganisations(db, { q, page, pageSize: PAGE_SIZE }) : undefined
    const pages = found ? Math.max(1, Math.ceil(found.total / PAGE_SIZE)) : 1
    if (found && page > pages) found = searchOrganisations(db, { q, page: (page = pages), pageSize: PAGE_SIZE })
    const hrefFor = (n: number) => `${SEARCH_PATH}?q=${encodeURIComponent(q)}&page=${n}`
    return c.html(
      <SearchPage
        locale={locale}
        title={t('public.search.title')}
        header={header(c, locale)}
        intro={t('public.search.intro')}
        form={{ label: t('public.search.label'), hint: t('public.search.hint'), submit: t('public.search.submit'), value: q }}
        results={
          found && {
            heading: t('public.search.results'),
            count:
              found.total === 0 ? t('public.search.none', { q }) : t('public.search.found', { count: formatCount(found.total) }),
            rows: found.rows.map((row) => ({
              href: publicResultsPath(row.dlaCode),
              name: organisationDisplayName(row.type, row.nameTh, locale),
              detail: [t('public.org.code', { code: row.dlaCode }), ...place(row, locale)].join(' · '),
            })),
            pagination:
              found.total > PAGE_SIZE
                ? {
                    hrefFor,
                    page,
                    pageSize: PAGE_SIZE,
                    total: found.total,
                    labels: {
                      previous: t('public.search.previous'),
                      next: t('public.search.next'),
                      nav: t('public.search.nav'),
                      summary: t('public.search.summary', {
                        from: formatCount((page - 1) * PAGE_SIZE + 1),
                        to: formatCount(Math.min(page * PAGE_SIZE, found.total)),
                        total: formatCount(found.total),
                      }),
                    },
                  }
                : undefined,
          }
        }
      />,
    )
  })

  app.get(`${SEARCH_PATH}/:code`, (c) => {
    const locale = resolveLocale(c)
    const t = publicTranslator(locale)
    const code = c.req.param('code').trim()
    const org = code.length <= 20 ? organisationByCode(db, code) : undefined
    const searchLink = { href: SEARCH_PATH, text: t('public.search.other') }
    if (!org)
      return c.html(
        <MessagePage
          locale={locale}
          title={t('public.notFound.title')}
          header={header(c, locale)}
          body={t('public.notFound.body', { code: code.slice(0, 20) })}
          link={searchLink}
        />,
        404,
      )

    const at = now()
    // Rounds that have started, newest first; one not yet open has nothing to show.
    const rounds = roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id }).filter((r) => roundIsPublic(r, at))
    const askedRound = c.req.query('round')
    const round = askedRound === undefined ? rounds[0] : rounds.find((r) => String(r.id) === askedRound)
    if (askedRound !== undefined && !round) return c.notFound()

    const name = organisationDisplayName(org.type, org.nameTh, locale)
    const roundName = (r: RoundOption) => (locale === 'en' ? r.nameEn : r.nameTh)
    const roundLabel = (r: RoundOption) => `${roundName(r)} (${t(`public.round.${roundState(r, at)}`)})`
    const shown = round && results.organisation(round.id, org.id)
    const comparisonFor = (roundId: number) => {
      const groups = rollups().comparison(roundId, org.provinceCode)
      return groups && { ...groups, provinceName }
    }
    // Beside the note on flagged answers, and shown even when the figures are withheld: an organisation whose
    // answers are nearly all left out as suspicious must be visible, not merely small.
    const keptOut = shown && keptOutPercent({ counted: shown.whole.respondents, keptOut: shown.flaggedRespondents })
    const excluded = keptOut === undefined ? [] : [keptOutLine(keptOut, locale)]
    // Earlier rounds only among those the public may see, each under the same disclosure rules.
    const trend = round && shown && figures().trend({ kind: 'organisation', organisationId: org.id }, round, rounds)
    const provinceName = locale === 'en' ? org.provinceEn : org.provinceTh
    return c.html(
      <OrganisationPage
        locale={locale}
        title={`${t('public.results.heading')} – ${name}`}
        header={header(c, locale)}
        name={name}
        details={[t('public.org.code', { code: org.dlaCode }), ...place(org, locale)]}
        noRounds={round ? undefined : { title: t('public.noRounds.title'), body: t('public.noRounds.body') }}
        rounds={{
          label: t('public.round.nav'),
          links: rounds.map((r) => ({
            href: `${publicResultsPath(org.dlaCode)}?round=${r.id}`,
            label: roundLabel(r),
            current: r.id === round?.id,
          })),
        }}
        round={
          round &&
          shown && {
            heading: `${t('public.results.heading')} ${roundName(round)}`,
            status: `${t(`public.round.${roundState(round, at) === 'open' ? 'open' : 'closed'}`)} · ${t('public.round.window', formatWindow(round.opensAt, round.closesAt, locale))}`,
            standing: t(`public.results.${resultsStanding(round)}`),
            interim: roundState(round, at) === 'open' ? t('public.round.interim') : undefined,
            comparison:
              trend && trend.current.respondents >= minimum
                ? presentAspectComparison({
                    locale,
                    organisation: trend.current,
                    audience: 'public',
                    province: figures().figures(round, { kind: 'province', provinceCode: org.provinceCode }),
                    country: figures().figures(round, { kind: 'country' }),
                    provinceName,
                    minimum,
                  })
                : undefined,
            trend: presentRoundsTrend({ locale, trend, audience: 'public', minimum }),
            results: presentRoundResults(shown, servicePointNames(db, org.id), {
              locale,
              t,
              minimum,
              comparison: comparisonFor(round.id),
            }),
          }
        }
        actions={{
          heading: actionsPublicTranslator(locale)('actions.heading'),
          intro: actionsPublicTranslator(locale)('actions.intro', { organisation: name }),
          saidLabel: actionsPublicTranslator(locale)('actions.said'),
          didLabel: actionsPublicTranslator(locale)('actions.did'),
          actions: presentPublicActions(actionsOf(db, org.id, { publicOnly: true, limit: PUBLIC_ACTIONS }), {
            locale,
            dlaCode: org.dlaCode,
            topicOf,
            showWhere: true,
            small: false,
          }),
        }}
        notes={{
          heading: t('public.notes.heading'),
          lines: [t('public.notes.privacy', { min: formatCount(minimum) }), t('public.notes.flagged'), ...excluded],
        }}
        reports={{
          heading: openDataTranslator(locale)('reports.title'),
          links: publishedReportLinks(db, locale, org.provinceCode),
        }}
        searchLink={searchLink}
      />,
    )
  })

  return app
}
