/**
 * A group's pooled result (a province, the country): one row of figures, the counts of LGUs
 * and the distribution of LGUs by band as a bar chart. A group below the minimum shows a tag
 * with words instead of figures.
 */
import { BarChart, type BarChartProps } from '../../components/charts/bar-chart.js'

export type Figure = { key: string; label: string; value: string }

export type RollupSummaryProps = {
  id: string
  heading: string
  /** Empty when the group has too few responses or none; `status` then says why. */
  figures: Figure[]
  status?: string
  counts: string
  chart: BarChartProps
}

export function RollupSummary(p: RollupSummaryProps) {
  return (
    <section aria-labelledby={`${p.id}-heading`} data-rollup={p.id}>
      <h2 class="heading-m" id={`${p.id}-heading`}>
        {p.heading}
      </h2>
      {p.status && (
        <p>
          <strong class="tag tag--red" data-status="group">
            {p.status}
          </strong>
        </p>
      )}
      {p.figures.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                {p.figures.map((f) => (
                  <th scope="col" class="num">
                    {f.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {p.figures.map((f) => (
                  <td class="num" data-fig={f.key}>
                    {f.key === 'percent' ? <strong>{f.value}</strong> : f.value}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p data-counts="">{p.counts}</p>
      <BarChart {...p.chart} />
    </section>
  )
}
