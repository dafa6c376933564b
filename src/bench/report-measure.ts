/**
 * P11: the national annual report (src/reports/) on the national dataset, as a DLA officer makes
 * it: the form posted, the job run in the server's background, its page polled until done. Timed
 * from the post to the finished file; the server's peak RSS sampled throughout.
 */
import type { Dataset } from './dataset.js'
import { sampleRss, type Running } from './servers.js'

export type ReportRun = { ms: number; peakMb: number; status: string; bytes: number }

export async function measureAnnualReport(app: Running, data: Dataset, staff: Record<string, string>): Promise<ReportRun> {
  const form = await (await fetch(`${app.url}/staff/reports/annual`, { headers: staff })).text()
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? ''
  const rss = sampleRss(app.pid)
  const started = performance.now()
  const res = await fetch(`${app.url}/staff/reports/annual`, {
    method: 'POST',
    redirect: 'manual',
    headers: staff,
    body: new URLSearchParams({ _csrf: csrf, round: String(data.roundId), province: 'all', edition: 'staff' }),
  })
  const job = res.headers.get('location')
  let status = job ? 'queued' : `not started (${res.status})`
  while (job && (status === 'queued' || status === 'running')) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const answer = await fetch(`${app.url}${job}/progress`, { headers: staff })
    const progress = await answer.text()
    status = /data-status="([a-z]+)"/.exec(progress)?.[1] ?? `unknown (${answer.status})`
  }
  const ms = performance.now() - started
  const peakMb = rss.stop()
  const file = status === 'done' ? await fetch(`${app.url}${job}/file`, { headers: staff }) : undefined
  const bytes = file ? (await file.arrayBuffer()).byteLength : 0
  return { ms, peakMb, status, bytes }
}
