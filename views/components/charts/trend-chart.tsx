/**
 * One figure over survey rounds as dots joined by a line, each dot with its margin of error as a
 * whisker, drawn as server-rendered SVG. Positions across are percentages of the width, so it
 * stretches from a 360 px phone to a desktop; the scale runs from `trendScale`'s floor to 100.
 * The drawing is hidden from assistive technology: the table beside it is its text alternative.
 * Colours are presentation attributes, so it reads without a stylesheet and prints.
 */
import { trendScale, trendX } from './geometry.js'

export type TrendDot = {
  /** Short, under the axis: "ต.ค. 2567". */
  label: string
  /** Null: withheld or no data, no dot (the line skips it). */
  value: number | null
  margin: number | null
  /** The chosen round, drawn larger. */
  current?: boolean
}

export type TrendChartProps = { id: string; dots: TrendDot[] }

const HEIGHT = 150
const TOP = 8
const BOTTOM = 118
const INK = '#0b0c0c'
const BLUE = '#1d4f91'
const GREY = '#505a5f'

export function TrendChart({ id, dots }: TrendChartProps) {
  const scale = trendScale(dots.flatMap((d) => (d.value === null ? [] : [d.value - (d.margin ?? 0)])))
  const y = (value: number) =>
    BOTTOM - ((Math.max(scale.floor, Math.min(100, value)) - scale.floor) / (100 - scale.floor)) * (BOTTOM - TOP)
  const x = (i: number) => `${trendX(i, dots.length)}%`
  const drawn = dots.map((d, i) => ({ ...d, i })).filter((d): d is TrendDot & { i: number; value: number } => d.value !== null)
  return (
    <svg aria-hidden="true" focusable="false" width="100%" height={HEIGHT} font-size="11" class="trend-chart" data-trend={id}>
      {scale.ticks.map((tick) => (
        <g>
          <line x1="12%" x2="100%" y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" stroke-width="1" />
          <text x="0" y={y(tick) + 4} fill={GREY}>
            {String(tick)}
          </text>
        </g>
      ))}
      {drawn.slice(1).map((d, k) => (
        <line x1={x(drawn[k]!.i)} x2={x(d.i)} y1={y(drawn[k]!.value)} y2={y(d.value)} stroke={BLUE} stroke-width="2" />
      ))}
      {drawn.map((d) => (
        <g data-dot={d.label} data-value={d.value}>
          {d.margin !== null && d.margin > 0 && (
            <line x1={x(d.i)} x2={x(d.i)} y1={y(d.value + d.margin)} y2={y(d.value - d.margin)} stroke={INK} stroke-width="1.5" />
          )}
          <circle
            cx={x(d.i)}
            cy={y(d.value)}
            r={d.current ? 6 : 4.5}
            fill={d.current ? BLUE : '#ffffff'}
            stroke={BLUE}
            stroke-width="2"
          />
        </g>
      ))}
      {dots.map((d, i) => (
        <text
          x={x(i)}
          y={HEIGHT - 12}
          text-anchor="middle"
          fill={d.current ? INK : GREY}
          font-weight={d.current ? 'bold' : undefined}
        >
          {d.label}
        </text>
      ))}
    </svg>
  )
}
