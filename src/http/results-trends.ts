/**
 * The comparisons on results pages, staff and public alike: which of a round's figures a page
 * may show, each figure over the comparable earlier rounds ("เทียบกับรอบก่อน"), and an
 * organisation's aspects beside its province's and the country's. Pure: figures in, props out.
 */
import type { Localized } from '../domain/questionnaire/definition.js'
import { thaiFiscalYear } from '../domain/thai-time.js'
import { figureDefinitions, OVERALL, trendsOf, type FigureTrend, type TrendPoint } from '../domain/results/trends.js'
import { round2, type SummaryStats } from '../domain/scoring/index.js'
import { formatCount, formatDecimal, formatShortMonth } from '../i18n/format.js'
import type { Locale } from '../i18n/messages.js'
import { trendsTranslator } from '../i18n/trends.js'
import type { RoundOption } from '../db/queries/round-visibility.js'
import type { RoundFigureSet } from '../results/trends.js'
import type { RoundsTrendProps, TrendRowView } from '../../views/results/components/rounds-trend.js'
import { disclose, figure as leaf, pooled } from './public/disclosure.js'
import { percentText } from './results-bars.js'

type Summary = Extract<SummaryStats, { kind: 'rating' }>

/**
 * Who is looking decides what is withheld. `group`: a province or the country, shown when it has
 * the minimum of respondents and its figure the minimum of people. `staff`: an organisation to its
 * own staff, as its headline chart, shown from the minimum of respondents. `public`: an
 * organisation to anyone, under the public page's disclosure rules (small and complementary
 * suppression), in every round alike.
 */
export type Audience = 'group' | 'staff' | 'public'

export function visibleFigures(set: RoundFigureSet, audience: Audience, minimum: number): Map<string, Summary | null> {
  const rating = (stats: SummaryStats | undefined) => (stats?.kind === 'rating' ? stats : null)
  const out = new Map<string, Summary | null>()
  const enough = set.respondents >= minimum
  if (audience !== 'public') {
    for (const [key, f] of set.figures)
      out.set(key, enough && (audience === 'staff' || f.people >= minimum) ? rating(f.stats) : null)
    return out
  }
  const [overall, ...aspects] = figureDefinitions(set.definition)
  const tree = pooled(
    OVERALL,
    aspects.map((a) =>
      pooled(
        a.key,
        set.figures.get(a.key)!.itemPeople.map((people, i) => leaf(a.items[i]!, people)),
      ),
    ),
  )
  const decided = disclose(tree, minimum)
  const shown = (key: string, disclosure: string) =>
    enough && disclosure === 'shown' ? rating(set.figures.get(key)?.stats) : null
  if (overall) out.set(OVERALL, shown(OVERALL, decided.disclosure))
  decided.children.forEach((child) => out.set(child.value, shown(child.value, child.disclosure)))
  return out
}

const signed = (points: number) =>
  points > 0 ? `+${formatDecimal(points)}` : points < 0 ? `−${formatDecimal(-points)}` : formatDecimal(0)

export type TrendInput = {
  locale: Locale
  trend: { current: RoundFigureSet; earlier: RoundFigureSet[] } | undefined
  audience: Audience
  minimum: number
}

export function presentRoundsTrend({ locale, trend, audience, minimum }: TrendInput): RoundsTrendProps | undefined {
  if (!trend) return undefined
  const t = trendsTranslator(locale)
  const asShown = (set: RoundFigureSet) => ({
    round: set,
    definition: set.definition,
    figures: visibleFigures(set, audience, minimum),
  })
  const trends = trendsOf(asShown(trend.current), trend.earlier.map(asShown))
  const roundName = (r: RoundOption) => (locale === 'en' ? r.nameEn : r.nameTh)
  const title = (f: FigureTrend<RoundFigureSet>) => (f.label ? (f.label as Localized)[locale] : t('trends.overall'))
  const missing = (point: TrendPoint<RoundFigureSet>, key: string) =>
    point.round.figures.get(key)?.stats.kind === 'no-data' && point.round.respondents >= minimum
      ? t('trends.noData')
      : t('trends.withheld', { min: formatCount(minimum) })
  const verdict = (beyond: boolean | null) =>
    t(beyond === null ? 'trends.verdict.unknown' : beyond ? 'trends.verdict.beyond' : 'trends.verdict.within')
  const row = (point: TrendPoint<RoundFigureSet>, key: string, current: boolean): TrendRowView => {
    const f = point.figure
    const { change } = point
    return {
      round: roundName(point.round.round),
      current,
      percent: f ? percentText(f.percentSatisfaction, f.marginOfError) : missing(point, key),
      mean: f ? `${formatDecimal(round2(f.mean))} (${formatCount(f.n)})` : t('trends.noChange'),
      change: current
        ? t('trends.current')
        : change
          ? t('trends.change', { points: signed(change.points), verdict: verdict(change.beyondMargins) })
          : t('trends.noChange'),
    }
  }
  // By fiscal year, as rounds are named; by month where two rounds share a fiscal year.
  const years = (points: TrendPoint<RoundFigureSet>[]) => points.map((p) => thaiFiscalYear(p.round.round.opensAt))
  const dotLabel = (points: TrendPoint<RoundFigureSet>[], i: number) => {
    const all = years(points)
    const year = all[i]!
    return all.filter((y) => y === year).length > 1
      ? formatShortMonth(points[i]!.round.round.opensAt, locale)
      : t('trends.fy', { year: String(year) })
  }
  return {
    heading: t('trends.title'),
    intro: t('trends.intro'),
    empty: trends.length === 0 ? t('trends.none') : undefined,
    headers: {
      round: t('trends.col.round'),
      percent: t('trends.col.percent'),
      mean: t('trends.col.mean'),
      change: t('trends.col.change'),
    },
    figures: trends.map((f) => ({
      key: f.key,
      title: title(f),
      chart: {
        id: f.key,
        dots: f.points.map((p, i) => ({
          label: dotLabel(f.points, i),
          value: p.figure?.percentSatisfaction ?? null,
          margin: p.figure?.marginOfError ?? null,
          current: i === f.points.length - 1,
        })),
      },
      // Newest first in the table, as the round lists read; oldest first on the chart, as time runs.
      rows: f.points.map((p, i) => row(p, f.key, i === f.points.length - 1)).reverse(),
    })),
    notes: [t('trends.note.test'), t('trends.note.comparable')],
  }
}
