/**
 * The ranked bars that lead the national and province results pages: each province's (or
 * LGU's) pooled figure, highest first, and the share of LGUs that have started collecting
 * (at least one response). A group or LGU below the minimum has no figure and no bar; the
 * sentence under the title counts them, and the tables below list them. Pure.
 */
import { percentOf, round2 } from '../../../domain/scoring/index.js'
import type { GroupRollup, Headline } from '../../../domain/results/rollups.js'
import { formatCount, formatDecimal } from '../../../i18n/format.js'
import type { BarListProps, BarRow } from '../../../../views/components/charts/bar-list.js'
import { ends, ranked } from '../../../../views/components/charts/geometry.js'
import { percentRow } from '../../results-bars.js'
import type { Words } from './rollup-present.js'

export type Ranked = { key: string; label: string; href?: string; headline: Headline | null }

/** Rankings longer than this many rows show their top and bottom ends only: the full table follows. */
export const RANKING_ENDS = 10

const tickText = (value: number) => formatCount(value)

/**
 * `cut`: show only the `RANKING_ENDS` highest and lowest when there are more (the LGUs of a
 * province, up to about 250); the provinces of the country are all drawn.
 */
export function percentRanking(id: string, title: string, entries: Ranked[], w: Words, cut: boolean): BarListProps {
  const { t } = w
  const withFigure = ranked(entries, (e) => e.headline?.percent ?? null)
  const left = entries.length - withFigure.length
  const rows: BarRow[] = withFigure.map((e) =>
    percentRow(e.key, e.label, e.headline!.percent, e.headline!.marginOfError, '', { href: e.href }),
  )
  const part = cut ? ends(rows, RANKING_ENDS) : { top: rows, bottom: [], between: 0 }
  const notes = [
    ...(w.ctx.method === 'thai-mean' ? [t('rollup.rank.whisker')] : []),
    ...(left > 0
      ? [t('rollup.rank.left', { count: formatCount(left), minimum: formatCount(w.ctx.options.minimumResponses) })]
      : []),
  ]
  return {
    id,
    title,
    ordered: true,
    note: notes.length > 0 ? notes.join(' ') : undefined,
    tickText,
    rows: [...part.top, ...part.bottom],
    gap:
      part.between > 0
        ? {
            after: part.top.length,
            resumeAt: part.top.length + part.between + 1,
            text: t('rollup.rank.gap', {
              count: formatCount(part.between),
              from: formatCount(part.top.length + 1),
              to: formatCount(part.top.length + part.between),
            }),
          }
        : undefined,
  }
}

/** LGUs taking part that have at least one response, as a share of those taking part. */
export function collectingRanking(
  id: string,
  title: string,
  groups: { key: string; label: string; href?: string; group: GroupRollup }[],
  w: Words,
): BarListProps {
  const shares = groups
    .filter((g) => g.group.organisations > 0)
    .map((g) => {
      const collecting = g.group.organisations - g.group.distribution.none
      const share = percentOf(collecting, g.group.organisations)
      return { ...g, collecting, share }
    })
  return {
    id,
    title,
    ordered: true,
    tickText,
    rows: ranked(shares, (g) => g.share).map((g) => ({
      key: g.key,
      label: g.label,
      href: g.href,
      value: g.share,
      text: w.t('rollup.rank.collectingText', {
        percent: formatDecimal(round2(g.share), 2),
        count: formatCount(g.collecting),
        total: formatCount(g.group.organisations),
      }),
    })),
  }
}
