/**
 * The per-group parts of the organisation results page: one headline figure per group for
 * the questionnaire's method (Thai mean: x̄, percent, band of all aspect questions pooled; ARTA:
 * the pooled SQD1–SQD8 score and rating; A-11: percent positive on trust), the service point
 * and service rows, and the monthly bars. Pure: no database, no request.
 */
import type { Scoring } from '../../../domain/questionnaire/definition.js'
import type { ScoreResult } from '../../../domain/scoring/index.js'
import { formatMonth } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { resultsTranslator } from '../../../i18n/staff/results.js'
import type { GroupResult } from '../../../domain/results/organisation-results.js'
import type { Bar } from '../../../../views/components/charts/bar-chart.js'
import { isTooFew } from '../../../../views/results/components/data-notice.js'
import { count, fixed2 } from '../../../../views/results/components/figures.js'
import type { GroupColumn, GroupRow } from '../../../../views/results/components/group-table.js'
import type { PointName, ServiceName } from '../../../db/queries/organisation-details.js'

type Method = Scoring['method']
type Headline = { percent: number; figures: string[] } | null

/** The group's headline, or null when it has no answer to score. */
export function headlineOf(result: ScoreResult, locale: Locale): Headline {
  switch (result.method) {
    case 'thai-mean': {
      const s = result.overall
      return s.kind === 'no-data'
        ? null
        : { percent: s.percentSatisfaction, figures: [fixed2(s.mean), fixed2(s.percentSatisfaction), s.band.label[locale]] }
    }
    case 'arta-csm': {
      const { score, band } = result.overall
      return score === null || band === null ? null : { percent: score, figures: [fixed2(score), band.label[locale]] }
    }
    case 'a11-trust': {
      const p = result.trust.percentPositive
      return p === null ? null : { percent: p, figures: [fixed2(p)] }
    }
  }
}

export function headlineColumns(method: Method, locale: Locale): GroupColumn[] {
  const t = resultsTranslator(locale)
  if (method === 'thai-mean')
    return [
      { label: t('results.table.mean'), numeric: true },
      { label: t('results.table.satisfaction'), numeric: true },
      { label: t('results.table.band'), numeric: false },
    ]
  if (method === 'arta-csm')
    return [
      { label: t('results.arta.score'), numeric: true },
      { label: t('results.arta.band'), numeric: false },
    ]
  return [{ label: t('results.a11.trust'), numeric: true }]
}

const collator = new Intl.Collator('th')
const nameIn = (named: { nameTh: string; nameEn: string | null }, locale: Locale) =>
  locale === 'en' && named.nameEn ? named.nameEn : named.nameTh

const row = (key: string, label: string, group: GroupResult | undefined, locale: Locale, note?: string): GroupRow => ({
  key,
  label,
  note,
  respondents: group?.respondents ?? 0,
  figures: group ? (headlineOf(group.result, locale)?.figures ?? null) : null,
})

/** Open points, and closed ones that have responses in the round, by name. */
export function pointRows(points: PointName[], byPoint: Map<number, GroupResult>, locale: Locale): GroupRow[] {
  const t = resultsTranslator(locale)
  const known = new Set(points.map((p) => p.id))
  const rows = points
    .filter((p) => p.active || byPoint.has(p.id))
    .sort((a, b) => collator.compare(nameIn(a, locale), nameIn(b, locale)) || a.id - b.id)
    .map((p) =>
      row(
        String(p.id),
        nameIn(p, locale),
        byPoint.get(p.id),
        locale,
        p.active ? p.code : `${p.code} · ${t('results.groups.inactive')}`,
      ),
    )
  const unknown = [...byPoint.keys()].filter((id) => !known.has(id))
  return [...rows, ...unknown.map((id) => row(String(id), t('results.groups.unknownPoint', { id }), byPoint.get(id), locale))]
}

/** Services of open points, and any with responses, in their points' order; "ไม่ระบุบริการ" last. */
export function serviceRows(
  points: PointName[],
  services: ServiceName[],
  byService: Map<number, GroupResult>,
  locale: Locale,
): GroupRow[] {
  const t = resultsTranslator(locale)
  const pointOf = new Map(points.map((p) => [p.id, p]))
  const pointOrder = pointRows(points, new Map(), locale).map((r) => Number(r.key))
  const rank = (pointId: number) => pointOrder.indexOf(pointId) + 1 || Infinity
  const rows = services
    .filter((s) => byService.has(s.id) || (s.active && pointOf.get(s.servicePointId)?.active))
    .sort((a, b) => rank(a.servicePointId) - rank(b.servicePointId) || a.position - b.position || a.id - b.id)
    .map((s) => {
      const point = pointOf.get(s.servicePointId)
      return row(String(s.id), nameIn(s, locale), byService.get(s.id), locale, point && nameIn(point, locale))
    })
  const known = new Set(services.map((s) => s.id))
  const unknown = [...byService.keys()].filter((id) => id !== 0 && !known.has(id))
  const extra = unknown.map((id) => row(String(id), t('results.groups.unknownService', { id }), byService.get(id), locale))
  const none = byService.has(0) ? [row('0', t('results.groups.noService'), byService.get(0), locale)] : []
  return [...rows, ...extra, ...none]
}

/** `2025-05` → `2025-06` */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** Every month from the first to the last with responses: one between with none still shows, with n = 0. */
function monthsOf(byMonth: Map<string, GroupResult>): string[] {
  const months = [...byMonth.keys()].sort()
  if (months.length === 0) return []
  const all: string[] = []
  for (let m = months[0]!; m <= months[months.length - 1]! && all.length < 240; m = nextMonth(m)) all.push(m)
  return all
}

/** One bar per month; months below the minimum are drawn muted (the table beside says why). */
export function trendBars(byMonth: Map<string, GroupResult>, minimum: number, locale: Locale): Bar[] {
  const t = resultsTranslator(locale)
  return monthsOf(byMonth).map((month) => {
    const group = byMonth.get(month)
    const n = group?.respondents ?? 0
    const headline = group ? headlineOf(group.result, locale) : null
    if (!headline)
      return {
        label: formatMonth(month, locale),
        value: 0,
        text: t('results.trend.noData', { n: count(n) }),
        tone: 'muted' as const,
      }
    return {
      label: formatMonth(month, locale),
      value: headline.percent,
      text: t('results.trend.value', { percent: fixed2(headline.percent), n: count(n) }),
      tone: isTooFew(n, minimum) ? ('muted' as const) : ('default' as const),
    }
  })
}

/** The same months as table rows, with the group's headline figures. */
export function trendRows(byMonth: Map<string, GroupResult>, locale: Locale): GroupRow[] {
  return monthsOf(byMonth).map((month) => row(month, formatMonth(month, locale), byMonth.get(month), locale))
}
