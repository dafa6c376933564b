/**
 * Turns one round's results into what the public page shows: headline, groups, chart and
 * service points, each figure either formatted the Thai way or replaced by the sentence saying
 * why it is withheld. Whether a figure may be shown is decided in `disclosure.ts`; nothing
 * about comments, days or months ever reaches the view.
 */
import { allItems, type Localized } from '../../domain/questionnaire/definition.js'
import {
  type A11Result,
  type ArtaResult,
  type ArtaScore,
  type RatingStats,
  type ScoreResult,
  type ScoringOptions,
  round2,
  type ThaiMeanResult,
} from '../../domain/scoring/index.js'
import { formatCount, formatDecimal } from '../../i18n/format.js'
import type { Locale, Translate } from '../../i18n/messages.js'
import type { PublicMessageKey } from '../../i18n/public-results.js'
import type { OrganisationResults } from '../../domain/results/organisation-results.js'
import type { BarRow } from '../../../views/components/charts/bar-list.js'
import type { PercentBar } from '../../../views/public/percent-bars.js'
import type { GroupRollup } from '../../domain/results/rollups.js'
import { groupRow, percentRow } from '../results-bars.js'
import type { Figure, ResultLineView } from '../../../views/public/result-line.js'
import type { ResultGroupView, RoundResultsView } from '../../../views/public/round-results.js'
import { disclose, figure, pooled, type Disclosed, type FigureNode } from './disclosure.js'

/** `comparison`: the organisation's province (by name) and the country pooled, to chart beside its own figures. */
type Context = {
  locale: Locale
  t: Translate<PublicMessageKey>
  minimum: number
  comparison?: { provinceName: string; province: GroupRollup; country: GroupRollup }
}

/** What a node of the disclosure tree carries: its label, and its figures if it has any data. */
type Measure = { label: string; short?: string; figures: Figure[] | null; percent: number | null; margin?: number | null }

/** A figure from its message, e.g. "ร้อยละ {value}" → ร้อยละ <strong>72.30</strong>. */
function fig(c: Context, key: PublicMessageKey, value: string): Figure {
  const [before = '', after = ''] = c.t(key).split('{value}')
  return { before, value, after }
}

const percentText = (percent: number) => `${formatDecimal(percent)}%`

function ratingMeasure(label: string, stats: RatingStats, c: Context): Measure {
  if (stats.kind === 'no-data') return { label, figures: null, percent: null }
  return {
    label,
    percent: stats.percentSatisfaction,
    margin: stats.marginOfError,
    figures: [
      fig(c, 'public.figure.percent', formatDecimal(stats.percentSatisfaction)),
      fig(c, 'public.figure.mean', formatDecimal(round2(stats.mean))),
      fig(c, 'public.figure.band', stats.band.label[c.locale]),
      fig(c, 'public.figure.answers', formatCount(stats.n)),
    ],
  }
}

function artaMeasure(label: string, score: ArtaScore, c: Context, short?: string): Measure {
  if (score.score === null || score.band === null) return { label, short, figures: null, percent: null }
  return {
    label,
    short,
    percent: score.score,
    figures: [
      fig(c, 'public.figure.score', formatDecimal(score.score)),
      fig(c, 'public.figure.band', score.band.label[c.locale]),
      fig(c, 'public.figure.answers', formatCount(score.n)),
    ],
  }
}

function a11Measure(label: string, trust: A11Result['trust'], c: Context): Measure {
  if (trust.percentPositive === null) return { label, figures: null, percent: null }
  return {
    label,
    percent: trust.percentPositive,
    figures: [
      fig(c, 'public.figure.positive', formatDecimal(trust.percentPositive)),
      fig(c, 'public.figure.answers', formatCount(trust.n)),
    ],
  }
}

function line(node: Disclosed<Measure>, c: Context): ResultLineView {
  const { label, figures } = node.value
  if (node.disclosure === 'shown' && figures) return { label, figures }
  const key = node.disclosure === 'complement' ? 'public.suppressedComplement' : 'public.suppressed'
  return { label, withheld: c.t(key, { min: formatCount(c.minimum) }) }
}

function bar(node: Disclosed<Measure>, c: Context): PercentBar {
  const label = node.value.short ?? node.value.label
  const { percent } = node.value
  if (node.disclosure === 'shown' && percent !== null) return { label, percent, text: percentText(percent) }
  return { label, percent: null, text: c.t('public.chart.withheld') }
}

/** A row of the headline chart: drawn only when the disclosure rules show its figure. */
function headlineBar(node: Disclosed<Measure>, c: Context, key: string): BarRow {
  const { percent, margin = null } = node.value
  const shown = node.disclosure === 'shown' && percent !== null
  return percentRow(key, node.value.label, shown ? percent : null, margin, c.t('public.chart.withheld'))
}

/** The figures of one group of responses, laid out for the page; `headline` is what a service point row shows. */
type Described = Omit<Extract<RoundResultsView, { kind: 'shown' }>, 'kind' | 'respondents' | 'points'> & {
  headline: ResultLineView[]
  main: Disclosed<Measure>
}

function describeThaiMean(
  result: ThaiMeanResult,
  options: ScoringOptions,
  c: Context,
  overallItemText: Localized | undefined,
): Described {
  const pick = (text: Localized) => text[c.locale]
  const tree: FigureNode<Measure> = pooled(
    ratingMeasure(c.t('public.thai.overall'), result.overall, c),
    result.aspects.map((aspect) =>
      pooled(
        ratingMeasure(pick(aspect.label), aspect.stats, c),
        aspect.items.map((item) => figure(ratingMeasure(pick(item.text), item.stats, c), item.stats.n)),
      ),
    ),
  )
  const main = disclose(tree, c.minimum)
  const overallLabel = overallItemText ? pick(overallItemText) : c.t('public.thai.overallItem')
  const overallItem =
    result.overallItem && disclose(figure(ratingMeasure(overallLabel, result.overallItem, c), result.overallItem.n), c.minimum)
  const bands = options.bands.bands.map((b) => `${formatDecimal(b.min)}–${formatDecimal(b.max)} ${pick(b.label)}`).join(' · ')
  return {
    main,
    headline: [line(main, c), ...(overallItem ? [line(overallItem, c)] : [])],
    headlineChart: {
      id: 'headline-chart',
      title: c.t('public.thai.headline'),
      note: c.t('public.thai.chartNote'),
      rows: [
        headlineBar(main, c, 'overall'),
        ...main.children.map((aspect, i) => headlineBar(aspect, c, `aspect-${result.aspects[i]!.id}`)),
        ...(c.comparison
          ? [
              groupRow(
                'province',
                c.t('public.thai.province', { name: c.comparison.provinceName }),
                c.comparison.province,
                c.t('public.chart.withheld'),
              ),
              groupRow('country', c.t('public.thai.country'), c.comparison.country, c.t('public.chart.withheld')),
            ]
          : []),
      ],
    },
    groupsHeading: c.t('public.thai.aspects'),
    groups: main.children.map((aspect): ResultGroupView => ({
      heading: aspect.value.label,
      summary: line(aspect, c),
      items: aspect.children.map((item) => line(item, c)),
    })),
    method: [c.t('public.thai.method'), c.t('public.thai.bands', { bands })],
  }
}

function describeArta(result: ArtaResult, c: Context): Described {
  const pick = (text: Localized) => text[c.locale]
  const tree = pooled(
    artaMeasure(c.t('public.arta.overall'), result.overall, c),
    result.items.map((item) => figure(artaMeasure(pick(item.text), item, c, item.id.toUpperCase()), item.n)),
  )
  const main = disclose(tree, c.minimum)
  const separate = result.separate.map((item) => disclose(figure(artaMeasure(pick(item.text), item, c), item.n), c.minimum))
  return {
    main,
    headline: [line(main, c), ...separate.map((s) => line(s, c))],
    chart: { id: 'item-chart', title: c.t('public.arta.chart'), bars: main.children.map((item) => bar(item, c)) },
    groups: [{ heading: c.t('public.arta.items'), items: main.children.map((item) => line(item, c)) }],
    method: [c.t('public.arta.method')],
  }
}

function describeA11(result: A11Result, trustText: Localized | undefined, c: Context): Described {
  const label = trustText ? trustText[c.locale] : c.t('public.figure.positive')
  const main = disclose(figure(a11Measure(label, result.trust, c), result.trust.n), c.minimum)
  return { main, headline: [line(main, c)], groups: [], method: [c.t('public.a11.method')] }
}

function describeResult(result: ScoreResult, results: OrganisationResults, c: Context): Described {
  const text = (id: string | undefined) =>
    id === undefined ? undefined : allItems(results.definition).find((i) => i.id === id)?.text
  const scoring = results.definition.scoring
  switch (result.method) {
    case 'thai-mean':
      return describeThaiMean(result, results.options, c, text(scoring.method === 'thai-mean' ? scoring.overallItem : undefined))
    case 'arta-csm':
      return describeArta(result, c)
    case 'a11-trust':
      return describeA11(result, text(scoring.method === 'a11-trust' ? scoring.trustItem : undefined), c)
  }
}

/**
 * Service points are shown only when every one that has answers meets the minimum (and its
 * headline figure is shown): with one point hidden, the whole minus the others would give it
 * away. One point alone adds nothing to the whole, so it is not listed.
 */
function presentPoints(results: OrganisationResults, names: Map<number, { nameTh: string; nameEn: string | null }>, c: Context) {
  const heading = c.t('public.points.heading')
  const points = [...results.byServicePoint.entries()]
  if (points.length < 2) return undefined
  const described = points.map(([id, group]) => ({ id, group, main: describeResult(group.result, results, c).main }))
  if (described.some((p) => p.group.respondents < c.minimum || p.main.disclosure !== 'shown'))
    return { heading, withheld: c.t('public.points.withheld', { min: formatCount(c.minimum) }) }
  const nameOf = (id: number) => {
    const name = names.get(id)
    return (c.locale === 'en' && name?.nameEn) || name?.nameTh || String(id)
  }
  const lines = described
    .map(({ id, group, main }): ResultLineView => ({
      label: nameOf(id),
      figures: [fig(c, 'public.figure.respondents', formatCount(group.respondents)), ...(main.value.figures ?? [])],
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'th'))
  return { heading, lines }
}

export function presentRoundResults(
  results: OrganisationResults,
  pointNames: Map<number, { nameTh: string; nameEn: string | null }>,
  c: Context,
): RoundResultsView {
  if (results.whole.respondents < c.minimum)
    return { kind: 'withheld', message: c.t('public.suppressed', { min: formatCount(c.minimum) }) }
  const { main: _main, ...body } = describeResult(results.whole.result, results, c)
  return {
    kind: 'shown',
    respondents: c.t('public.respondents', { count: formatCount(results.whole.respondents) }),
    ...body,
    points: presentPoints(results, pointNames, c),
  }
}
