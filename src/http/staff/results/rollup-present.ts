/**
 * Shared by the province and national results pages: roll-ups turned into the views' props,
 * in the page's language, with figures written the Thai way (2 decimals, grouped digits).
 * Pure: no database, no request.
 */
import { percentOf, round2 } from '../../../domain/scoring/index.js'
import { formatCount, formatDecimal } from '../../../i18n/format.js'
import type { Locale, Translate } from '../../../i18n/messages.js'
import { rollupTranslator, type RollupMessageKey } from '../../../i18n/staff/rollups.js'
import type { GroupRollup, Headline, OrganisationStatus, RollupContext } from '../../../domain/results/rollups.js'
import type { Bar } from '../../../../views/components/charts/bar-chart.js'
import type { GroupResultRow, GroupResultsTableProps } from '../../../../views/results/province/group-table.js'
import type { ResultCellsProps } from '../../../../views/results/province/result-cells.js'
import type { Figure, RollupSummaryProps } from '../../../../views/results/province/rollup-summary.js'

export type Words = { t: Translate<RollupMessageKey>; locale: Locale; ctx: RollupContext }

export const wordsFor = (locale: Locale, ctx: RollupContext): Words => ({ t: rollupTranslator(locale), locale, ctx })

/** 2 decimals as printed: rounded half away from zero first (toLocaleString alone would print 4.555 as 4.55). */
export const fixed2 = (x: number) => formatDecimal(round2(x), 2)
const orDash = (x: number | null) => (x === null ? '–' : fixed2(x))
const minimum = (w: Words) => formatCount(w.ctx.options.minimumResponses)

/** Why a row has no figures, in words on a tag; undefined when it has them. */
export function statusTag(status: OrganisationStatus, headline: Headline | null, w: Words): ResultCellsProps['status'] {
  if (status === 'none') return { text: w.t('rollup.tag.none'), tone: 'red' }
  if (status === 'too-few') return { text: w.t('rollup.tag.tooFew', { minimum: minimum(w) }), tone: 'red' }
  if (status === 'not-in-round') return { text: w.t('rollup.tag.notInRound'), tone: 'grey' }
  return headline === null ? { text: w.t('rollup.tag.noData'), tone: 'grey' } : undefined
}

export const bandText = (headline: Headline | null, w: Words) =>
  headline?.band === null || headline?.band === undefined ? '–' : w.ctx.bands[headline.band]![w.locale]

export const hasPoints = (ctx: RollupContext) => ctx.method === 'thai-mean'

export function resultCells(
  status: OrganisationStatus,
  headline: Headline | null,
  w: Words,
  withPoints: boolean,
): ResultCellsProps {
  return {
    percent: orDash(headline?.percent ?? null),
    band: bandText(headline, w),
    points: withPoints
      ? headline?.points === null || headline?.points === undefined
        ? '–'
        : formatCount(headline.points)
      : undefined,
    status: statusTag(status, headline, w),
  }
}

function figures(h: Headline, respondents: number, w: Words): Figure[] {
  const { t, ctx } = w
  const thai = ctx.method === 'thai-mean'
  const all: (Figure | false)[] = [
    { key: 'n', label: t('rollup.fig.respondents'), value: formatCount(respondents) },
    { key: 'mean', label: t('rollup.fig.mean'), value: fixed2(h.mean) },
    { key: 'sd', label: t('rollup.fig.sd'), value: orDash(h.sd) },
    { key: 'percent', label: t(`rollup.fig.percent.${ctx.method}`), value: orDash(h.percent) },
    thai && { key: 'moe', label: t('rollup.fig.moe'), value: orDash(h.marginOfError) },
    ctx.bands.length > 0 && { key: 'band', label: t('rollup.fig.band'), value: bandText(h, w) },
    thai && { key: 'points', label: t('rollup.fig.points'), value: h.points === null ? '–' : formatCount(h.points) },
  ]
  return all.filter((f): f is Figure => f !== false)
}

/** The distribution of a group's LGUs: one bar per band, then the ones that are not banded. */
function bars(g: GroupRollup, w: Words): Bar[] {
  const { t } = w
  const d = g.distribution
  const bar = (label: string, n: number, tone: Bar['tone'] = 'default'): Bar => ({
    label,
    value: n,
    text: t('rollup.chart.value', {
      count: formatCount(n),
      percent: g.organisations === 0 ? '–' : fixed2(percentOf(n, g.organisations)),
    }),
    tone,
  })
  return [
    ...w.ctx.bands.map((label, i) => bar(label[w.locale], d.bands[i] ?? 0)),
    ...(d.noData > 0 ? [bar(t('rollup.chart.noData'), d.noData, 'muted')] : []),
    bar(t('rollup.chart.tooFew'), d.tooFew, 'muted'),
    bar(t('rollup.chart.none'), d.none, 'muted'),
  ]
}

export function summaryProps(id: string, heading: string, g: GroupRollup, w: Words): RollupSummaryProps {
  const { t } = w
  const tag = statusTag(g.status, g.headline, w)
  return {
    id,
    heading,
    figures: g.headline && !tag ? figures(g.headline, g.respondents, w) : [],
    status: tag?.text,
    counts: t('rollup.counts', {
      lgus: formatCount(g.organisations),
      minimum: minimum(w),
      meeting: formatCount(g.meetingMinimum),
      tooFew: formatCount(g.distribution.tooFew),
      none: formatCount(g.distribution.none),
    }),
    chart: {
      id: `${id}-bands`,
      title: t('rollup.chart.title', { minimum: minimum(w) }),
      bars: bars(g, w),
      max: Math.max(1, g.organisations),
    },
  }
}

export function groupRow(key: string, name: string, g: GroupRollup, w: Words, href?: string): GroupResultRow {
  return {
    key,
    name,
    href,
    lgus: formatCount(g.organisations),
    meeting: formatCount(g.meetingMinimum),
    n: formatCount(g.respondents),
    ...resultCells(g.status, g.headline, w, false),
  }
}

export function groupHeaders(w: Words, name: string): GroupResultsTableProps['headers'] {
  const { t, ctx } = w
  return {
    name,
    lgus: t('rollup.col.lgus'),
    meeting: t('rollup.col.meeting'),
    n: t('rollup.col.n'),
    percent: t(`rollup.fig.percent.${ctx.method}`),
    band: t('rollup.col.band'),
  }
}

/** What the figures are and are not: pooling, the minimum, S.D., points table, flagged answers. */
export function notes(w: Words, includeFlagged: boolean): string[] {
  const { t, ctx } = w
  return [
    t('rollup.note.pooled'),
    t('rollup.note.minimum', { minimum: minimum(w) }),
    t('rollup.note.sd'),
    ...(hasPoints(ctx) ? [t('rollup.note.points', { source: ctx.options.points.source[w.locale] })] : []),
    t(includeFlagged ? 'rollup.note.flaggedIncluded' : 'rollup.note.flagged'),
  ]
}
