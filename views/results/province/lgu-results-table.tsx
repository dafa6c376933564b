/**
 * Every LGU of a province with its result. Name, responses and percent headers are links that
 * sort (plain links without JavaScript, swapped in place by htmx); LGUs with no or too few
 * responses carry a tag with words instead of figures.
 */
import { ResultCells, type ResultCellsProps } from './result-cells.js'

export type SortHeader = { label: string; href: string; sorted?: 'ascending' | 'descending'; sortedText?: string }

export type LguResultRow = ResultCellsProps & {
  dlaCode: string
  href: string
  name: string
  district: string
  type: string
  n: string
}

export type LguResultsTableProps = {
  caption: string
  headers: {
    name: SortHeader
    code: string
    district: string
    type: string
    n: SortHeader
    percent: SortHeader
    band: string
    points?: string
  }
  rows: LguResultRow[]
  empty: string
  /** htmx target the header links swap, e.g. "#province-results". */
  hxTarget: string
}

function SortableHeader({ header, numeric, hxTarget }: { header: SortHeader; numeric?: boolean; hxTarget: string }) {
  const arrow = header.sorted === 'ascending' ? ' ▲' : header.sorted === 'descending' ? ' ▼' : ''
  return (
    <th scope="col" class={numeric ? 'num' : undefined} aria-sort={header.sorted}>
      <a href={header.href} hx-get={header.href} hx-target={hxTarget} hx-select={hxTarget} hx-swap="outerHTML" hx-push-url="true">
        {header.label}
        {arrow && <span aria-hidden="true">{arrow}</span>}
        {header.sortedText && <span class="visually-hidden"> {header.sortedText}</span>}
      </a>
    </th>
  )
}

export function LguResultsTable({ caption, headers, rows, empty, hxTarget }: LguResultsTableProps) {
  if (rows.length === 0) return <p>{empty}</p>
  return (
    <div class="table-wrap">
      <table class="table" data-table="lgus">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortableHeader header={headers.name} hxTarget={hxTarget} />
            <th scope="col">{headers.code}</th>
            <th scope="col">{headers.district}</th>
            <th scope="col">{headers.type}</th>
            <SortableHeader header={headers.n} numeric hxTarget={hxTarget} />
            <SortableHeader header={headers.percent} numeric hxTarget={hxTarget} />
            <th scope="col">{headers.band}</th>
            {headers.points !== undefined && (
              <th scope="col" class="num">
                {headers.points}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-lgu={r.dlaCode}>
              <th scope="row">
                <a href={r.href}>{r.name}</a>
              </th>
              <td>{r.dlaCode}</td>
              <td>{r.district}</td>
              <td>{r.type}</td>
              <td class="num" data-col="n">
                {r.n}
              </td>
              <ResultCells percent={r.percent} band={r.band} points={r.points} status={r.status} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
