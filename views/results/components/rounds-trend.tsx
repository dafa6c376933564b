/**
 * "เทียบกับรอบก่อน": each headline figure in the chosen round and the earlier rounds that used a
 * comparable questionnaire, as a chart over rounds with its table beside it (the table is the
 * chart's text alternative), the change against each earlier round and whether it is larger
 * than the margins of error. On the staff and public results of an organisation, a province and
 * the country; every figure arrives already formatted, or as the words saying it is withheld.
 */
import { TrendChart, type TrendChartProps } from '../../components/charts/trend-chart.js'

export type TrendRowView = {
  round: string
  current: boolean
  /** "85.66 ± 3.21", or why there is none. */
  percent: string
  /** The mean and, in brackets, the answers behind it: "4.28 (120)"; for a proportion, "96 จาก 120". */
  mean: string
  /** "−10.00 (เกิน)": points and the verdict; on the chosen round, words saying it is the one. */
  change: string
}

export type TrendFigureView = { key: string; title: string; chart: TrendChartProps; rows: TrendRowView[] }

export type RoundsTrendProps = {
  heading: string
  intro: string
  /** Said instead of the figures when no earlier round compares. */
  empty?: string
  headers: { round: string; percent: string; mean: string; change: string }
  figures: TrendFigureView[]
  notes: string[]
}

export function RoundsTrend(p: RoundsTrendProps) {
  return (
    <section aria-labelledby="rounds-trend-title" id="rounds-trend" class="rounds-trend">
      <h2 class="heading-m" id="rounds-trend-title">
        {p.heading}
      </h2>
      <p>{p.empty ?? p.intro}</p>
      {p.figures.map((f) => (
        <div class="rounds-trend__figure" data-trend-figure={f.key}>
          <h3 id={`trend-${f.key}-title`}>{f.title}</h3>
          <div class="rounds-trend__body">
            <TrendChart {...f.chart} />
            <div class="table-wrap">
              <table class="table table--compact" aria-labelledby={`trend-${f.key}-title`} data-trend-table={f.key}>
                <thead>
                  <tr>
                    <th scope="col">{p.headers.round}</th>
                    <th scope="col" class="num">
                      {p.headers.percent}
                    </th>
                    <th scope="col" class="num">
                      {p.headers.mean}
                    </th>
                    <th scope="col" class="num">
                      {p.headers.change}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {f.rows.map((r) => (
                    <tr data-round={r.round} aria-current={r.current ? 'true' : undefined}>
                      <th scope="row">{r.current ? <strong>{r.round}</strong> : r.round}</th>
                      <td class="num">{r.percent}</td>
                      <td class="num">{r.mean}</td>
                      <td class="num">{r.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      ))}
      {p.figures.length > 0 && p.notes.map((note) => <p class="hint">{note}</p>)}
    </section>
  )
}
