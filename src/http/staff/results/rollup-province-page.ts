/**
 * The province results page's props from what the route read: the province pooled, one page
 * of LGUs with sortable headers, districts and types. Pure: no database, no request.
 */
import type { RoundOption } from '../../../db/queries/collection.js'
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../../../domain/organisation-types.js'
import { formatCount } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { rollupTranslator } from '../../../i18n/staff/rollups.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { rollUp, rollUpBy, type OrganisationSummary, type RoundRollup } from '../../../domain/results/rollups.js'
import type { SortHeader } from '../../../../views/results/province/lgu-results-table.js'
import type { ProvinceResultsPageProps } from '../../../../views/results/province/province-results-page.js'
import { roundOptions } from '../lgu/round-choice.js'
import { collectingRanking, percentRanking } from './rollup-rankings.js'
import { listOrganisations } from './rollup-list.js'
import { groupHeaders, groupRow, hasPoints, notes, resultCells, summaryProps, wordsFor, type Words } from './rollup-present.js'
import { defaultDir, PAGE_SIZE, rollupHref, SORTS, type RollupQuery, type RollupSort } from './rollup-query.js'

export type ProvinceResultsInput = {
  locale: Locale
  now: number
  province: { code: string; nameTh: string; nameEn: string }
  /** DLA gets a link back to the national results. */
  national: boolean
  query: RollupQuery
  rounds: RoundOption[]
  round: RoundOption | undefined
  data: RoundRollup | undefined
  includeFlagged: boolean
}

const typeLabel = (type: OrganisationSummary['type'], locale: Locale) =>
  locale === 'en' ? ORGANISATION_TYPE_LABELS[type].en : ORGANISATION_TYPE_LABELS[type].registry

function lguSection(
  orgs: OrganisationSummary[],
  input: ProvinceResultsInput,
  path: string,
  w: Words,
): NonNullable<ProvinceResultsPageProps['lgus']> {
  const { t, locale } = w
  const { query } = input
  const list = listOrganisations(orgs, query)
  const shown = { ...query, page: list.page }
  const header = (sort: RollupSort, label: string): SortHeader => {
    const current = query.sort === sort
    const dir = current ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort)
    const sorted = current ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined
    return {
      label,
      href: rollupHref(path, shown, { sort, dir, page: 1 }),
      sorted,
      sortedText: sorted && t(`rollup.sorted.${query.dir}`),
    }
  }
  const common = staffTranslator(locale)
  const points = hasPoints(w.ctx)
  return {
    heading: t('rollup.section.lgus'),
    table: {
      caption: t('rollup.section.lgus'),
      empty: t('rollup.none'),
      headers: {
        name: header('name', t('rollup.col.lgu')),
        code: t('rollup.col.code'),
        district: t('rollup.col.district'),
        type: t('rollup.col.type'),
        n: header('n', t('rollup.col.n')),
        percent: header('percent', t(`rollup.fig.percent.${w.ctx.method}`)),
        band: t('rollup.col.band'),
        points: points ? t('rollup.col.points') : undefined,
      },
      rows: list.rows.map((o) => ({
        dlaCode: o.dlaCode,
        href: `/staff/organisations/${o.id}/results${input.round ? `?round=${input.round.id}` : ''}`,
        name: organisationDisplayName(o.type, o.nameTh, locale),
        district: locale === 'en' ? o.districtEn : o.districtTh,
        type: typeLabel(o.type, locale),
        n: formatCount(o.respondents),
        ...resultCells(o.status, o.headline, w, points),
      })),
    },
    pagination: {
      hrefFor: (page) => rollupHref(path, shown, { page }),
      page: list.page,
      pageSize: PAGE_SIZE,
      total: list.total,
      t: common,
      summary: (range: { from: string; to: string; total: string }) => t('rollup.paging.summary', range),
    },
  }
}

export function presentProvinceResults(input: ProvinceResultsInput): ProvinceResultsPageProps {
  const { locale, query, round, data, province } = input
  const en = locale === 'en'
  const t = rollupTranslator(locale)
  const path = `/staff/provinces/${province.code}/results`
  const roundQuery = round ? `?round=${round.id}` : ''
  const name = en ? province.nameEn : province.nameTh
  const all = { value: '', label: t('rollup.filter.all') }
  const orgs = data?.organisations ?? []
  const districts = new Map(orgs.map((o) => [o.districtCode, en ? o.districtEn : o.districtTh]))
  const choice = (label: string, value: string, options: { value: string; label: string }[]) => ({ label, value, options })

  const page: ProvinceResultsPageProps = {
    title: t('rollup.province.title', { province: name }),
    intro: t('rollup.province.intro'),
    links: [
      ...(input.national ? [{ href: `/staff/national/results${roundQuery}`, text: t('rollup.link.nationalResults') }] : []),
      { href: `/staff/provinces/${province.code}${roundQuery}`, text: t('rollup.link.collection') },
    ],
    form: {
      action: path,
      label: t('rollup.filters'),
      apply: t('rollup.filter.apply'),
      errorPrefix: staffTranslator(locale)('staff.error.inlinePrefix'),
      round: round && choice(t('rollup.filter.round'), String(round.id), roundOptions(input.rounds, locale, input.now)),
      district: choice(t('rollup.filter.district'), query.district, [
        all,
        ...[...districts].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label })),
      ]),
      type: choice(t('rollup.filter.type'), query.type, [
        all,
        ...ORGANISATION_TYPES.map((type) => ({ value: type, label: typeLabel(type, locale) })),
      ]),
      sort: choice(
        t('rollup.filter.sort'),
        query.sort,
        SORTS.map((s) => ({ value: s, label: t(`rollup.sort.${s}`) })),
      ),
      dir: choice(
        t('rollup.filter.dir'),
        query.dir,
        (['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`rollup.dir.${d}`) })),
      ),
    },
    standing: round && { locale, final: round.finalisedAt !== null },
    notes: [],
  }
  if (!round || !data) return { ...page, noRound: t('rollup.noRound') }

  const w = wordsFor(locale, data.context)
  const groups = <K extends string>(keyOf: (o: OrganisationSummary) => K, keys: K[], label: (key: K) => string) => {
    const byKey = rollUpBy(orgs, keyOf, data.context)
    return keys.filter((k) => (byKey.get(k)?.organisations ?? 0) > 0).map((k) => groupRow(k, label(k), byKey.get(k)!, w))
  }
  const byDistrict = rollUpBy(orgs, (o) => o.districtCode, data.context)
  // The LGUs in Thai name order first, so ties rank in the order the tables list them.
  const lguEntries = [...orgs]
    .filter((o) => o.status !== 'not-in-round')
    .sort((a, b) => a.nameTh.localeCompare(b.nameTh, 'th'))
    .map((o) => ({
      key: o.dlaCode,
      label: organisationDisplayName(o.type, o.nameTh, locale),
      href: `/staff/organisations/${o.id}/results${roundQuery}`,
      headline: o.headline,
    }))
  const districtEntries = [...districts]
    .sort(([, a], [, b]) => a.localeCompare(b, 'th'))
    .map(([code, label]) => ({ key: code, label, group: byDistrict.get(code)! }))
  return {
    ...page,
    rankings: [
      percentRanking(
        'rank-lgus',
        t('rollup.rank.byLgu', { figure: t(`rollup.fig.percent.${data.context.method}`) }),
        lguEntries,
        w,
        true,
      ),
      collectingRanking('collecting-districts', t('rollup.rank.collectingByDistrict'), districtEntries, w),
    ],
    summary: summaryProps('province', t('rollup.province.summary', { province: name }), rollUp(orgs, data.context), w),
    lgus: lguSection(orgs, input, path, w),
    districts: {
      heading: t('rollup.section.districts'),
      table: {
        id: 'districts',
        caption: t('rollup.section.districts'),
        headers: groupHeaders(w, t('rollup.col.district')),
        rows: groups(
          (o) => o.districtCode,
          [...districts.keys()].sort(),
          (k) => districts.get(k)!,
        ),
      },
    },
    types: {
      heading: t('rollup.section.types'),
      table: {
        id: 'types',
        caption: t('rollup.section.types'),
        headers: groupHeaders(w, t('rollup.col.type')),
        rows: groups(
          (o) => o.type,
          [...ORGANISATION_TYPES],
          (k) => typeLabel(k, locale),
        ),
      },
    },
    notes: notes(w, input.includeFlagged),
  }
}
