/**
 * A few series side by side on one 0–100 track per row: each row a figure (overall, an aspect),
 * each series a marker of its own shape (circle, square, diamond), so the chart reads in grey
 * print and without colour. Names and figures are in the table that goes with it; the drawings
 * are hidden from assistive technology, and a row's name above its track is real text.
 */
import { barLength, ticks } from './geometry.js'

export type DotSeries = { key: string; label: string }
export type DotRow = { key: string; label: string; values: (number | null)[] }
export type DotPlotProps = { id: string; series: DotSeries[]; rows: DotRow[] }

const ROW_HEIGHT = 22
const SHAPES = ['circle', 'square', 'diamond'] as const
const FILLS = ['#1d4f91', '#505a5f', '#ffffff']

function Marker({ shape, at, fill }: { shape: number; at: string; fill: string }) {
  const mid = ROW_HEIGHT / 2
  const kind = SHAPES[shape % SHAPES.length]
  const common = { fill, stroke: '#0b0c0c', 'stroke-width': 1.5 }
  if (kind === 'circle') return <circle cx={at} cy={mid} r="6" {...common} />
  // Squares and diamonds are drawn as SVGs of their own so a percentage x can centre them.
  return (
    <svg x={at} y={mid - 7} overflow="visible" width="0" height="14">
      {kind === 'square' ? (
        <rect x="-5.5" y="1.5" width="11" height="11" {...common} />
      ) : (
        <polygon points="0,0 7,7 0,14 -7,7" {...common} />
      )}
    </svg>
  )
}

export function DotPlot({ id, series, rows }: DotPlotProps) {
  return (
    <div id={id} class="dot-plot" data-chart={id}>
      <ul class="dot-plot__legend" aria-hidden="true">
        {series.map((s, i) => (
          <li>
            <svg width="16" height={ROW_HEIGHT} focusable="false" overflow="visible">
              <Marker shape={i} at="8" fill={FILLS[i % FILLS.length]!} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg aria-hidden="true" focusable="false" width="100%" height="16" font-size="11" class="bar-list__svg">
        {ticks(100, 25).map((tick) => (
          <text x={`${tick.at}%`} y="12" text-anchor={tick.anchor} fill="#505a5f">
            {String(tick.value)}
          </text>
        ))}
      </svg>
      {rows.map((row) => (
        <div class="dot-plot__row" data-row={row.key}>
          <span class="dot-plot__label">{row.label}</span>
          <svg aria-hidden="true" focusable="false" width="100%" height={ROW_HEIGHT} class="bar-list__svg">
            <rect x="0" y={ROW_HEIGHT / 2 - 1} width="100%" height="2" fill="#b1b4b6" />
            {row.values.map((value, i) =>
              value === null ? null : <Marker shape={i} at={`${barLength(value, 100)}%`} fill={FILLS[i % FILLS.length]!} />,
            )}
          </svg>
        </div>
      ))}
    </div>
  )
}
