/** The downloads: national results export (P4), raw responses (P5) and one organisation's 100 posters (P7). */
import type { Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { timeGet } from './load.js'
import { sampleRss, type Running } from './servers.js'

export async function measureResultsExports(app: Running, staff: Record<string, string>, data: Dataset): Promise<Measure[]> {
  const rows: Measure[] = []
  for (const format of ['csv', 'xlsx'] as const) {
    const t = await timeGet(
      `${app.url}/staff/exports/results.${format}?round=${data.roundId}&scope=national&audience=machines`,
      staff,
      3,
      1,
    )
    rows.push({
      id: 'P4',
      name: `Export of all organisations (${format.toUpperCase()})`,
      value: `${(t.ms.median / 1000).toFixed(2)} s (status ${t.status}, ${t.bytes} bytes)`,
      ceiling: '',
      ratio: null,
      target: '≤ 1 s',
      met: t.status === 200 && t.ms.median <= 1000,
    })
  }
  return rows
}

export type RawExport = { seconds: number; peakMb: number; status: number }

/** Every response of the round as CSV, once (millions of rows are their own warm-up), with the server's peak RSS meanwhile. */
export async function timeRawExport(app: Running, staff: Record<string, string>, data: Dataset): Promise<RawExport> {
  const rss = sampleRss(app.pid)
  const raw = await timeGet(
    `${app.url}/staff/exports/raw.csv?round=${data.roundId}&scope=national&audience=machines`,
    staff,
    1,
    0,
  )
  return { seconds: raw.ms.median / 1000, peakMb: rss.stop(), status: raw.status }
}

/** P5: rows a second on the national dataset (every response is one row), and whether memory stays flat against the small one. */
export function rawExportRow(big: RawExport, small: RawExport, responses: number): Measure {
  const rowsPerSecond = big.status === 200 ? responses / big.seconds : 0
  return {
    id: 'P5',
    name: 'Raw response export (rows/s), peak RSS big vs small',
    value: `${big.seconds.toFixed(1)} s, ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s, ${big.peakMb.toFixed(0)} MB (status ${big.status})`,
    ceiling: `${small.peakMb.toFixed(0)} MB at small (status ${small.status})`,
    ratio: null,
    target: '≥ 100,000 rows/s, memory flat',
    met: rowsPerSecond >= 100_000 && big.peakMb <= small.peakMb * 1.5,
  }
}

export async function measurePosterPdf(app: Running, staff: Record<string, string>, data: Dataset): Promise<Measure> {
  const posters = await timeGet(`${app.url}/staff/organisations/${data.posterOrganisationId}/posters.pdf`, staff, 3, 1)
  return {
    id: 'P7',
    name: 'Bulk poster PDF, 100 posters',
    value: `${(posters.ms.median / 1000).toFixed(2)} s (status ${posters.status}, ${(posters.bytes / 1024).toFixed(0)} KB)`,
    ceiling: '',
    ratio: null,
    target: '≤ 3 s',
    met: posters.status === 200 && posters.ms.median <= 3000,
  }
}
