/**
 * Horizontal bars as a list: each row's name and figure are real text (they wrap on a 360 px
 * phone, print, and are what screen readers read), and under them a small SVG draws the bar
 * and, when the figure has one, its margin of error as a whisker. The drawings are hidden from
 * assistive technology: the text beside them says everything they show. A row without a figure
 * (withheld, too few answers) has words and no drawing, so a hidden figure is never drawn.
 * Colours are SVG presentation attributes: no stylesheet is needed to read the chart.
 */
import { barLength, interval, ticks } from './geometry.js'

export type BarRow = {
  key: string
  label: string
  href?: string
  /** Null: no bar, only `text`, which then says why. */
  value: number | null
  /** The 95 % margin of error, in the value's units; drawn as a whisker around the bar's end. */
  margin?: number | null
  /** The figure in words, e.g. "85.66 ± 3.21"; or why there is none. */
  text: string
  /** `reference`: a figure to compare with (the province, the country), drawn thinner and grey. */
  tone?: 'default' | 'reference'
}

export type BarListProps = {
  id: string
  title: string
  rows: BarRow[]
  /** The scale's top: 100 for percentages. */
  max?: number
  /** Numbered list, for charts ranked highest first. */
  ordered?: boolean
  /** A sentence under the bars: what the whisker means, which rows are left out. */
  note?: string
  /** A ranking cut in two: rows after `after` are numbered from `resumeAt`, with `text` between. */
  gap?: { after: number; resumeAt: number; text: string }
  /** How the scale's tick values are written. */
  tickText?: (value: number) => string
}

const BAR = { default: { height: 16, fill: '#1d4f91' }, reference: { height: 10, fill: '#505a5f' } }
const ROW_HEIGHT = 24
const TRACK_FILL = '#f3f2f1'
const INK = '#0b0c0c'

function Bar({ row, max }: { row: BarRow & { value: number }; max: number }) {
  const look = BAR[row.tone ?? 'default']
  const y = (ROW_HEIGHT - look.height) / 2
  const mid = ROW_HEIGHT / 2
  const length = barLength(row.value, max)
  const span = interval(row.value, row.margin ?? null, max)
  return (
    <svg aria-hidden="true" focusable="false" width="100%" height={ROW_HEIGHT} class="bar-list__svg">
      <rect x="0" y={y} width="100%" height={look.height} fill={TRACK_FILL} />
      <rect x="0" y={y} width={`${length}%`} height={look.height} fill={look.fill} data-bar-length={length} />
      {span && (
        // Drawn twice, white under black, so the whisker shows on the bar and on the empty track alike.
        <g data-interval={`${span.from}-${span.to}`}>
          {['#ffffff', INK].map((stroke, i) => (
            <g stroke={stroke} stroke-width={i === 0 ? 4 : 2}>
              <line x1={`${span.from}%`} x2={`${span.to}%`} y1={mid} y2={mid} />
              <line x1={`${span.from}%`} x2={`${span.from}%`} y1={2} y2={ROW_HEIGHT - 2} />
              <line x1={`${span.to}%`} x2={`${span.to}%`} y1={2} y2={ROW_HEIGHT - 2} />
            </g>
          ))}
        </g>
      )}
    </svg>
  )
}

function Scale({ max, tickText, indented }: { max: number; tickText: (value: number) => string; indented: boolean }) {
  return (
    // A block around the drawing: padding on the SVG itself would not move its percentage positions.
    <div class={indented ? 'bar-list__scale bar-list__scale--indented' : 'bar-list__scale'}>
      <svg aria-hidden="true" focusable="false" width="100%" height="18" font-size="12" class="bar-list__svg">
        {ticks(max, max / 4).map((tick) => (
          <text x={`${tick.at}%`} y="13" text-anchor={tick.anchor} fill="#505a5f">
            {tickText(tick.value)}
          </text>
        ))}
      </svg>
    </div>
  )
}

function Row({ row, max }: { row: BarRow; max: number }) {
  return (
    <li data-bar={row.key} class={row.tone === 'reference' ? 'bar-list__row bar-list__row--reference' : 'bar-list__row'}>
      <span class="bar-list__label">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</span>{' '}
      {row.value === null ? <em class="bar-list__value">{row.text}</em> : <strong class="bar-list__value">{row.text}</strong>}
      {row.value !== null && <Bar row={{ ...row, value: row.value }} max={max} />}
    </li>
  )
}

export function BarList({ id, title, rows, max = 100, ordered = false, note, gap, tickText = String }: BarListProps) {
  const list = (part: BarRow[], start?: number) =>
    ordered ? (
      <ol class="bar-list__rows" aria-labelledby={`${id}-title`} start={start}>
        {part.map((row) => (
          <Row row={row} max={max} />
        ))}
      </ol>
    ) : (
      <ul class="bar-list__rows" aria-labelledby={`${id}-title`}>
        {part.map((row) => (
          <Row row={row} max={max} />
        ))}
      </ul>
    )
  return (
    <div id={id} class="bar-list" data-chart={id}>
      <p class="bar-list__title" id={`${id}-title`}>
        <strong>{title}</strong>
      </p>
      {rows.some((r) => r.value !== null) && <Scale max={max} tickText={tickText} indented={ordered} />}
      {gap ? (
        <>
          {list(rows.slice(0, gap.after))}
          <p class="bar-list__gap">{gap.text}</p>
          {list(rows.slice(gap.after), gap.resumeAt)}
        </>
      ) : (
        list(rows)
      )}
      {note && <p class="hint">{note}</p>}
    </div>
  )
}
