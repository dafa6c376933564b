/**
 * Percent bars as server-rendered SVG that needs no stylesheet: colours are presentation
 * attributes (allowed by the CSP, unlike inline styles), sizes are percentages of the page
 * width, and text keeps the page's own size, so it reads the same on a 360 px phone and a
 * desktop. Each row writes its label above the bar and the figure beside it; a withheld row
 * has no bar, only the words. Screen readers get the whole chart as one labelled image.
 */
export type PercentBar = { label: string; percent: number | null; text: string }
export type PercentBarsProps = { id: string; title: string; bars: PercentBar[] }

const ROW = 56
const TRACK = 78 // % of the width; the figure is written after it

export function PercentBars({ id, title, bars }: PercentBarsProps) {
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}`
  return (
    // A div, not a figure: a figure's default 40 px side margins would squeeze a phone screen.
    <div id={id}>
      <p>
        <strong>{title}</strong>
      </p>
      <svg role="img" aria-label={summary} width="100%" height={bars.length * ROW} font-size="15">
        {bars.map((b, i) => {
          const top = i * ROW
          const length = b.percent === null ? 0 : (Math.max(0, Math.min(100, b.percent)) / 100) * TRACK
          return (
            <g>
              <text x="0" y={top + 18} fill="#0b0c0c">
                {b.label}
              </text>
              {b.percent === null ? (
                <text x="0" y={top + 42} fill="#505a5f" font-style="italic">
                  {b.text}
                </text>
              ) : (
                <>
                  <rect x="0" y={top + 26} width={`${TRACK}%`} height="20" fill="#f3f2f1" />
                  <rect x="0" y={top + 26} width={`${length.toFixed(2)}%`} height="20" fill="#1d4f91" />
                  <text x={`${TRACK + 2}%`} y={top + 42} fill="#0b0c0c" font-weight="bold">
                    {b.text}
                  </text>
                </>
              )}
            </g>
          )
        })}
      </svg>
    </div>
  )
}
