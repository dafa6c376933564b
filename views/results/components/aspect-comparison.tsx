/**
 * An organisation's figures by aspect beside its province's and the country's in the same round:
 * a dot plot (one track per figure, one marker per group) and the table it is drawn from, which
 * is its text alternative. Goes right under the headline chart, on the staff and public pages.
 */
import { DotPlot, type DotPlotProps } from '../../components/charts/dot-plot.js'

export type AspectComparisonProps = {
  heading: string
  /** Column headers after the figure's: this organisation, its province, the country. */
  figureHeader: string
  chart: DotPlotProps
  /** Each figure's row: its name and one cell per group ("85.66 ± 3.21", or why there is none). */
  rows: { key: string; label: string; cells: string[] }[]
  note?: string
  /** 3 inside a page's results section (public), 2 on its own (staff). */
  level?: 2 | 3
}

export function AspectComparison(p: AspectComparisonProps) {
  return (
    <section aria-labelledby="aspect-comparison-title" id="aspect-comparison">
      {p.level === 3 ? (
        <h3 id="aspect-comparison-title">{p.heading}</h3>
      ) : (
        <h2 class="heading-m" id="aspect-comparison-title">
          {p.heading}
        </h2>
      )}
      <DotPlot {...p.chart} />
      <div class="table-wrap">
        <table class="table table--compact" aria-labelledby="aspect-comparison-title" data-comparison-table="">
          <thead>
            <tr>
              <th scope="col">{p.figureHeader}</th>
              {p.chart.series.map((s) => (
                <th scope="col" class="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row) => (
              <tr data-row={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell) => (
                  <td class="num">{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.note && <p class="hint">{p.note}</p>}
    </section>
  )
}
