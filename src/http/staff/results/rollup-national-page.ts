/**
 * The national results page's props: the country pooled, every province taking part (each
 * linking to its own results page) and every LGU type, each table with a national total row.
 * Pure: no database, no request.
 */
import type { RoundOption } from '../../../db/queries/collection.js'
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from '../../../domain/organisation-types.js'
import type { Locale } from '../../../i18n/messages.js'
import { rollupTranslator } from '../../../i18n/staff/rollups.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { rollUp, rollUpBy, type RoundRollup } from '../../../domain/results/rollups.js'
import type { NationalResultsPageProps } from '../../../../views/results/national/national-results-page.js'
import { roundOptions, roundWindow } from '../lgu/round-choice.js'
import { collectingRanking, percentRanking } from './rollup-rankings.js'
import { groupHeaders, groupRow, notes, summaryProps, wordsFor } from './rollup-present.js'

export type NationalResultsInput = {
  locale: Locale
  now: number
  rounds: RoundOption[]
  round: RoundOption | undefined
  data: RoundRollup | undefined
  includeFlagged: boolean
}

const thai = new Intl.Collator('th')

export function presentNationalResults(input: NationalResultsInput): NationalResultsPageProps {
  const { locale, round, data } = input
  const en = locale === 'en'
  const t = rollupTranslator(locale)
  const roundQuery = round ? `?round=${round.id}` : ''
  const page: NationalResultsPageProps = {
    title: t('rollup.national.title'),
    intro: t('rollup.national.intro'),
    links: [],
    round: round && {
      action: '/staff/national/results',
      label: t('rollup.filter.round'),
      apply: t('rollup.filter.apply'),
      errorPrefix: staffTranslator(locale)('staff.error.inlinePrefix'),
      options: roundOptions(input.rounds, locale, input.now),
      value: String(round.id),
      window: roundWindow(round, locale),
    },
    standing: round && { locale, final: round.finalisedAt !== null },
    notes: [],
  }
  if (!round || !data) return { ...page, noRound: t('rollup.noRound') }

  const w = wordsFor(locale, data.context)
  const orgs = data.organisations
  const whole = rollUp(orgs, data.context)
  const total = groupRow('total', t('rollup.total'), whole, w)
  const provinces = new Map(orgs.map((o) => [o.provinceCode, { th: o.provinceTh, en: o.provinceEn }]))
  // Thai order of the Thai names, on both languages' pages, as DLA's own tables list provinces.
  const byProvince = [...rollUpBy(orgs, (o) => o.provinceCode, data.context)]
    .filter(([, g]) => g.organisations > 0)
    .sort(([a], [b]) => thai.compare(provinces.get(a)!.th, provinces.get(b)!.th))
  const byType = rollUpBy(orgs, (o) => o.type, data.context)
  const provinceEntries = byProvince.map(([code, group]) => ({
    key: code,
    label: provinces.get(code)![locale],
    href: `/staff/provinces/${code}/results${roundQuery}`,
    group,
    headline: group.headline,
  }))
  const figure = t(`rollup.fig.percent.${data.context.method}`)
  return {
    ...page,
    rankings: [
      percentRanking('rank-provinces', t('rollup.rank.byProvince', { figure }), provinceEntries, w, false),
      collectingRanking('collecting-provinces', t('rollup.rank.collectingByProvince'), provinceEntries, w),
    ],
    summary: summaryProps('national', t('rollup.national.summary'), whole, w),
    provinces: {
      heading: t('rollup.section.provinces'),
      table: {
        id: 'provinces',
        caption: t('rollup.section.provinces'),
        headers: groupHeaders(w, t('rollup.col.province')),
        total,
        rows: byProvince.map(([code, g]) =>
          groupRow(code, provinces.get(code)![locale], g, w, `/staff/provinces/${code}/results${roundQuery}`),
        ),
      },
    },
    types: {
      heading: t('rollup.section.types'),
      table: {
        id: 'types',
        caption: t('rollup.section.types'),
        headers: groupHeaders(w, t('rollup.col.type')),
        total,
        rows: ORGANISATION_TYPES.filter((type) => (byType.get(type)?.organisations ?? 0) > 0).map((type) =>
          groupRow(type, en ? ORGANISATION_TYPE_LABELS[type].en : ORGANISATION_TYPE_LABELS[type].registry, byType.get(type)!, w),
        ),
      },
    },
    notes: notes(w, input.includeFlagged),
  }
}
