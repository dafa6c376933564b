/**
 * The comparisons on results pages, staff and public alike: which of a round's figures a page
 * may show, each figure over the comparable earlier rounds ("เทียบกับรอบก่อน"), and an
 * organisation's aspects beside its province's and the country's. Pure: figures in, props out.
 */
import type { Localized } from '../domain/questionnaire/definition.js'
import { thaiFiscalYear } from '../domain/thai-time.js'
import { itemKey } from '../domain/results/proportion-trends.js'
import { trendRulesFor, type TrendFigure } from '../domain/results/trend-rules.js'
import { OVERALL, trendsWith, type FigureTrend, type PointsChange, type TrendPoint } from '../domain/results/trends.js'
import { round2 } from '../domain/scoring/index.js'
import { formatCount, formatDecimal, formatShortMonth } from '../i18n/format.js'
import type { Locale } from '../i18n/messages.js'
import { trendsTranslator } from '../i18n/trends.js'
import type { RoundOption } from '../db/queries/round-visibility.js'
import type { FigureStats, RoundFigureSet } from '../results/trends.js'
import type { RoundsTrendProps, TrendRowView } from '../../views/results/components/rounds-trend.js'
import { disclose, figure as leaf, pooled } from './public/disclosure.js'
import { percentText } from './results-bars.js'

/**
 * Who is looking decides what is withheld. `group`: a province or the country, shown when it has
 * the minimum of respondents and its figure the minimum of people. `staff`: an organisation to its
 * own staff, as its headline chart, shown from the minimum of respondents. `public`: an
 * organisation to anyone, under the public page's disclosure rules (small and complementary
 * suppression), in every round alike.
 */
export type Audience = 'group' | 'staff' | 'public'

export function visibleFigures(set: RoundFigureSet, audience: Audience, minimum: number): Map<string, TrendFigure | null> {
  const scored = (stats: FigureStats | undefined) => (stats && stats.kind !== 'no-data' ? stats : null)
  const out = new Map<string, TrendFigure | null>()
  const enough = set.respondents >= minimum
  if (audience !== 'public') {
    for (const [key, f] of set.figures)
      out.set(key, enough && (audience === 'staff' || f.people >= minimum) ? scored(f.stats) : null)
    return out
  }
  for (const [key, disclosure] of publicDisclosure(set, minimum))
    out.set(key, enough && disclosure === 'shown' ? scored(set.figures.get(key)?.stats) : null)
  return out
}

/**
 * The public page's disclosure of each figure, as its results read: the overall pools its parts
 * (Thai aspects and their items, or ARTA's pooled items), so a shown overall never gives a hidden
 * part away; a figure outside the pool (ARTA's SQD0, A-11's trust) stands alone.
 */
function publicDisclosure(set: RoundFigureSet, minimum: number): Map<string, string> {
  const out = new Map<string, string>()
  const definitions = trendRulesFor(set.definition).figures(set.definition)
  const itemPeople = (key: string) => set.figures.get(key)?.itemPeople ?? []
  if (set.definition.scoring.method === 'thai-mean') {
    const [overall, ...aspects] = definitions
    const tree = pooled(
      OVERALL,
      aspects.map((a) =>
        pooled(
          a.key,
          itemPeople(a.key).map((people, i) => leaf(a.items[i]!, people)),
        ),
      ),
    )
    const decided = disclose(tree, minimum)
    if (overall) out.set(OVERALL, decided.disclosure)
    decided.children.forEach((child) => out.set(child.value, child.disclosure))
    return out
  }
  const overall = definitions.find((f) => f.key === OVERALL)
  const parts = new Set(overall?.items.map(itemKey))
  if (overall) {
    const decided = disclose(
      pooled(
        OVERALL,
        itemPeople(OVERALL).map((people, i) => leaf(itemKey(overall.items[i]!), people)),
      ),
      minimum,
    )
    out.set(OVERALL, decided.disclosure)
    decided.children.forEach((child) => out.set(child.value, child.disclosure))
  }
  for (const f of definitions)
    if (f.key !== OVERALL && !parts.has(f.key))
      out.set(f.key, disclose(leaf(f.key, set.figures.get(f.key)?.people ?? 0), minimum).disclosure)
  return out
}

/** The percent a figure prints: percent satisfaction, an ARTA score or A-11's percent positive. */
export const percentOfFigure = (f: TrendFigure) => (f.kind === 'rating' ? f.percentSatisfaction : f.percent)

const signed = (points: number) =>
  points > 0 ? `+${formatDecimal(points)}` : points < 0 ? `−${formatDecimal(-points)}` : formatDecimal(0)

export type TrendInput = {
  locale: Locale
  trend: { current: RoundFigureSet; earlier: RoundFigureSet[] } | undefined
  audience: Audience
  minimum: number
}

type Point = TrendPoint<RoundFigureSet, TrendFigure, PointsChange>
type Trend = FigureTrend<RoundFigureSet, TrendFigure, PointsChange>

export function presentRoundsTrend({ locale, trend, audience, minimum }: TrendInput): RoundsTrendProps | undefined {
  if (!trend) return undefined
  const t = trendsTranslator(locale)
  const asShown = (set: RoundFigureSet) => ({
    round: set,
    definition: set.definition,
    figures: visibleFigures(set, audience, minimum),
  })
  const method = trend.current.definition.scoring.method
  const trends = trendsWith(trendRulesFor(trend.current.definition), asShown(trend.current), trend.earlier.map(asShown))
  const roundName = (r: RoundOption) => (locale === 'en' ? r.nameEn : r.nameTh)
  const title = (f: Trend) =>
    f.label ? (f.label as Localized)[locale] : t(method === 'arta-csm' ? 'trends.artaOverall' : 'trends.overall')
  const missing = (point: Point, key: string) =>
    point.round.figures.get(key)?.stats.kind === 'no-data' && point.round.respondents >= minimum
      ? t('trends.noData')
      : t('trends.withheld', { min: formatCount(minimum) })
  const verdict = (beyond: boolean | null) =>
    t(beyond === null ? 'trends.verdict.unknown' : beyond ? 'trends.verdict.beyond' : 'trends.verdict.within')
  const answers = (f: TrendFigure) =>
    f.kind === 'rating'
      ? `${formatDecimal(round2(f.mean))} (${formatCount(f.n)})`
      : t('trends.positiveOf', { positive: formatCount(f.positive), n: formatCount(f.n) })
  const row = (point: Point, key: string, current: boolean): TrendRowView => {
    const f = point.figure
    const { change } = point
    return {
      round: roundName(point.round.round),
      current,
      percent: f ? percentText(percentOfFigure(f), f.marginOfError) : missing(point, key),
      mean: f ? answers(f) : t('trends.noChange'),
      change: current
        ? t('trends.current')
        : change
          ? t('trends.change', { points: signed(change.points), verdict: verdict(change.beyondMargins) })
          : t('trends.noChange'),
    }
  }
  // By fiscal year, as rounds are named; by month where two rounds share a fiscal year.
  const years = (points: Point[]) => points.map((p) => thaiFiscalYear(p.round.round.opensAt))
  const dotLabel = (points: Point[], i: number) => {
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
      percent: t(
        method === 'thai-mean' ? 'trends.col.percent' : method === 'arta-csm' ? 'trends.col.score' : 'trends.col.positive',
      ),
      mean: t(method === 'thai-mean' ? 'trends.col.mean' : 'trends.col.answers'),
      change: t('trends.col.change'),
    },
    figures: trends.map((f) => ({
      key: f.key,
      title: title(f),
      chart: {
        id: f.key,
        dots: f.points.map((p, i) => ({
          label: dotLabel(f.points, i),
          value: p.figure ? percentOfFigure(p.figure) : null,
          margin: p.figure?.marginOfError ?? null,
          current: i === f.points.length - 1,
        })),
      },
      // Newest first in the table, as the round lists read; oldest first on the chart, as time runs.
      rows: f.points.map((p, i) => row(p, f.key, i === f.points.length - 1)).reverse(),
    })),
    notes:
      method === 'thai-mean'
        ? [t('trends.note.test'), t('trends.note.comparable')]
        : [t('trends.note.proportionTest'), t('trends.note.comparableItems')],
  }
}
