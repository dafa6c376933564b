/**
 * A few series side by side per row (overall, each aspect): each series in a lane of its own with
 * its marker (circle, square, diamond, so it reads in grey print) and its 95 % margin as a
 * whisker, a small forest plot. The scale starts at a multiple of 10 under the lowest interval
 * (`trendScale`), so differences of a few points show. Names and figures are in the table that
 * goes with it; the drawings are hidden from assistive technology, a row's name is real text.
 */
import { trendScale } from './geometry.js'

export type DotSeries = { key: string; label: string }
export type DotValue = { value: number; margin: number | null } | null
export type DotRow = { key: string; label: string; values: DotValue[] }
export type DotPlotProps = { id: string; series: DotSeries[]; rows: DotRow[] }

const LANE = 10
const SHAPES = ['circle', 'square', 'diamond'] as const
const FILLS = ['#1d4f91', '#505a5f', '#ffffff']
const INK = '#0b0c0c'

function Marker({ shape, at, y }: { shape: number; at: string; y: number }) {
  const common = { fill: FILLS[shape % FILLS.length]!, stroke: INK, 'stroke-width': 1.5 }
  const kind = SHAPES[shape % SHAPES.length]
  if (kind === 'circle') return <circle cx={at} cy={y} r="4.5" {...common} />
  // Squares and diamonds are drawn in an SVG of their own placed at `at`, so a percentage can centre them.
  return (
    <svg x={at} y={y - 5} overflow="visible" width="1" height="10">
      {kind === 'square' ? (
        <rect x="-4" y="1" width="8" height="8" {...common} />
      ) : (
        <polygon points="0,0 5,5 0,10 -5,5" {...common} />
      )}
    </svg>
  )
}

export function DotPlot({ id, series, rows }: DotPlotProps) {
  const lows = rows.flatMap((r) => r.values.flatMap((v) => (v ? [v.value - (v.margin ?? 0)] : [])))
  const scale = trendScale(lows)
  const at = (value: number) =>
    `${Math.round(((Math.max(scale.floor, Math.min(100, value)) - scale.floor) / (100 - scale.floor)) * 10000) / 100}%`
  const height = series.length * LANE + 4
  return (
    <div id={id} class="dot-plot" data-chart={id}>
      <ul class="dot-plot__legend" aria-hidden="true">
        {series.map((s, i) => (
          <li>
            <svg width="14" height="14" focusable="false" overflow="visible">
              <Marker shape={i} at="7" y={7} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg aria-hidden="true" focusable="false" width="100%" height="16" font-size="11" class="bar-list__svg">
        {scale.ticks.map((tick, i) => (
          <text
            x={at(tick)}
            y="12"
            text-anchor={i === 0 ? 'start' : i === scale.ticks.length - 1 ? 'end' : 'middle'}
            fill="#505a5f"
          >
            {String(tick)}
          </text>
        ))}
      </svg>
      {rows.map((row) => (
        <div class="dot-plot__row" data-row={row.key}>
          <span class="dot-plot__label">{row.label}</span>
          <svg aria-hidden="true" focusable="false" width="100%" height={height} class="bar-list__svg">
            {scale.ticks.map((tick) => (
              <line x1={at(tick)} x2={at(tick)} y1="0" y2={height} stroke="#d8dadb" stroke-width="1" />
            ))}
            {row.values.map((v, i) => {
              if (!v) return null
              const y = 2 + LANE / 2 + i * LANE
              return (
                <g data-series={series[i]?.key} data-value={v.value}>
                  {v.margin !== null && v.margin > 0 && (
                    <line x1={at(v.value - v.margin)} x2={at(v.value + v.margin)} y1={y} y2={y} stroke={INK} stroke-width="1.5" />
                  )}
                  <Marker shape={i} at={at(v.value)} y={y} />
                </g>
              )
            })}
          </svg>
        </div>
      ))}
    </div>
  )
}
