/**
 * Horizontal bars drawn as server-rendered SVG, with the numbers written as
 * text beside each bar: readable without JavaScript, printable, and read out
 * by screen readers through the chart's label (the SVG itself is one image).
 */
export type Bar = {
  label: string
  /** Bar length as a share of `max`. */
  value: number
  /** What is written beside the bar, e.g. "169 (53.14 %)". */
  text: string
  tone?: 'default' | 'muted'
}

export type BarChartProps = { id: string; title: string; bars: Bar[]; max?: number }

const ROW = 28
const LABEL_WIDTH = 200
const BAR_WIDTH = 300
const TEXT_WIDTH = 150

export function BarChart({ id, title, bars, max = 100 }: BarChartProps) {
  const height = bars.length * ROW + 4
  const width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}`
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`} class="chart__title">
        {title}
      </figcaption>
      <svg
        class="chart__svg"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const y = i * ROW + 2
          const length = max > 0 ? Math.max(0, Math.min(1, b.value / max)) * BAR_WIDTH : 0
          return (
            <g>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} text-anchor="end" class="chart__label">
                {b.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={BAR_WIDTH} height={ROW - 8} class="chart__track" />
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={length}
                height={ROW - 8}
                class={b.tone === 'muted' ? 'chart__bar chart__bar--muted' : 'chart__bar'}
              />
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + ROW / 2 + 5} class="chart__value">
                {b.text}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
