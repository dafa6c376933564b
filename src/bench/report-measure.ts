/**
 * P11: the national annual report (src/reports/) on the national dataset, as a DLA officer makes
 * it: the form posted, the job run in the server's background, its page polled until done. Timed
 * from the post to the finished file; the server's peak RSS sampled throughout. On a fresh
 * server: its peak RSS is the report's, not that of the measures before it.
 */
import { csrfOf, download, postForm, signIn, startApp, untilJobEnds, type Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { sampleRss } from './servers.js'

export async function measureAnnualReport(data: Dataset): Promise<Measure> {
  const app = await startApp(data)
  try {
    const staff = await signIn(app)
    const csrf = await csrfOf(app, staff, '/staff/reports/annual')
    const rss = sampleRss(app.pid)
    const started = performance.now()
    const res = await postForm(app, staff, '/staff/reports/annual', csrf, {
      round: String(data.roundId),
      province: 'all',
      edition: 'staff',
    })
    const job = res.headers.get('location')
    const status = job ? await untilJobEnds(app, staff, job) : `not started (${res.status})`
    const ms = performance.now() - started
    const peakMb = rss.stop()
    const bytes = status === 'done' ? (await download(await fetch(`${app.url}${job}/file`, { headers: staff }))).bytes : 0
    return {
      id: 'P11',
      name: 'National annual report PDF (background job), peak RSS',
      value: `${(ms / 1000).toFixed(1)} s, ${peakMb.toFixed(0)} MB (${status}, ${(bytes / 1024).toFixed(0)} KB)`,
      ceiling: '',
      ratio: null,
      target: '≤ 60 s, ≤ 250 MB',
      met: status === 'done' && ms <= 60_000 && peakMb <= 250,
    }
  } finally {
    await app.stop()
  }
}
