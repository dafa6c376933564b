/**
 * Groups of LGUs side by side (districts, types, provinces): how many take part, how many
 * have the minimum of responses, the responses, and the pooled result. A total row is optional.
 */
import { ResultCells, type ResultCellsProps } from './result-cells.js'

export type GroupResultRow = ResultCellsProps & {
  key: string
  name: string
  href?: string
  lgus: string
  meeting: string
  n: string
}

export type GroupResultsTableProps = {
  /** Written as `data-table`, for tests. */
  id: string
  caption: string
  headers: { name: string; lgus: string; meeting: string; n: string; percent: string; band: string; points?: string }
  rows: GroupResultRow[]
  total?: GroupResultRow
}

function Row({ row, points }: { row: GroupResultRow; points: boolean }) {
  return (
    <tr data-group={row.key}>
      <th scope="row">{row.href ? <a href={row.href}>{row.name}</a> : row.name}</th>
      <td class="num" data-col="lgus">
        {row.lgus}
      </td>
      <td class="num" data-col="meeting">
        {row.meeting}
      </td>
      <td class="num" data-col="n">
        {row.n}
      </td>
      <ResultCells percent={row.percent} band={row.band} points={points ? (row.points ?? '') : undefined} status={row.status} />
    </tr>
  )
}

export function GroupResultsTable({ id, caption, headers, rows, total }: GroupResultsTableProps) {
  const points = headers.points !== undefined
  return (
    <div class="table-wrap">
      <table class="table" data-table={id}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.name}</th>
            <th scope="col" class="num">
              {headers.lgus}
            </th>
            <th scope="col" class="num">
              {headers.meeting}
            </th>
            <th scope="col" class="num">
              {headers.n}
            </th>
            <th scope="col" class="num">
              {headers.percent}
            </th>
            <th scope="col">{headers.band}</th>
            {points && (
              <th scope="col" class="num">
                {headers.points}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row row={row} points={points} />
          ))}
        </tbody>
        {total && (
          <tfoot>
            <Row row={total} points={points} />
          </tfoot>
        )}
      </table>
    </div>
  )
}
