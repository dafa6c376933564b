/**
 * P10: the national poster bundle (every active service point's poster, one PDF per organisation
 * in a ZIP) as a DLA officer makes it: the form posted, the background job polled until done,
 * timed from the post; the server's peak RSS throughout. P10b: the P2 load (50 connections,
 * `seconds`) once on the quiet server and once from the moment the job starts, on the same
 * server: submissions must not starve behind the posters.
 */
import Database from 'better-sqlite3'
import { csrfOf, download, postForm, signIn, startApp, untilJobEnds, type Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { load, loadUntil } from './load.js'
import { sampleRss, untilCounted } from './servers.js'
import { submissionRequests } from './submission-measure.js'

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/** Entries in a ZIP, from its end-of-central-directory record in the file's last bytes. */
export function zipEntries(tail: Buffer): number | undefined {
  for (let at = tail.length - 22; at >= 0; at--) if (tail.readUInt32LE(at) === 0x06054b50) return tail.readUInt16LE(at + 10)
  return undefined
}

function activePoints(path: string): { organisations: number; points: number } {
  const db = new Database(path, { readonly: true })
  try {
    return db
      .prepare('select count(distinct organisation_id) as organisations, count(*) as points from service_points where active = 1')
      .get() as { organisations: number; points: number }
  } finally {
    db.close()
  }
}

type Options = { data: Dataset; seconds: number; log: (line: string) => void }

export async function measurePosterBundle({ data, seconds, log }: Options): Promise<Measure[]> {
  const expected = activePoints(data.path)
  const app = await startApp(data)
  try {
    const staff = await signIn(app)
    const requests = submissionRequests(data)
    const quiet = await load({ url: app.url, connections: 50, seconds, runs: 1, requests })
    await untilCounted(data.path)

    const csrf = await csrfOf(app, staff, '/staff/posters/bundle')
    const rss = sampleRss(app.pid)
    const started = performance.now()
    const res = await postForm(app, staff, '/staff/posters/bundle', csrf, { province: 'all', size: 'a4', per: 'organisation' })
    const job = res.headers.get('location')
    const ended = job ? untilJobEnds(app, staff, job) : Promise.resolve(`not started (${res.status})`)
    const during = await loadUntil({ url: app.url, connections: 50, requests }, () => sleep(seconds * 1000))
    log(`  P10: ${quiet.rps.median.toFixed(0)}/s quiet, ${during.rps.toFixed(0)}/s during the bundle; waiting for the bundle…`)
    const status = await ended
    const ms = performance.now() - started
    const peakMb = rss.stop()
    const file = status === 'done' ? await download(await fetch(`${app.url}${job}/file`, { headers: staff }), 65_557) : undefined
    const entries = file ? zipEntries(file.tail) : undefined
    if (quiet.errors + during.errors > 0)
      log(`  (4xx/5xx, errors or timeouts during P10's loads: ${quiet.errors + during.errors})`)
    const ratio = during.rps / quiet.rps.median
    return [
      {
        id: 'P10',
        name: 'National poster bundle (background job), peak RSS',
        value:
          `${(ms / 1000).toFixed(0)} s, ${peakMb.toFixed(0)} MB (${status}; ${expected.points.toLocaleString('en')} posters, ` +
          `${entries?.toLocaleString('en') ?? '?'} PDFs for ${expected.organisations.toLocaleString('en')} organisations, ` +
          `${((file?.bytes ?? 0) / 2 ** 20).toFixed(0)} MB ZIP)`,
        ceiling: '',
        ratio: null,
        target: '≤ 5 min, ≤ 250 MB',
        met: status === 'done' && entries === expected.organisations && ms <= 300_000 && peakMb <= 250,
      },
      {
        id: 'P10b',
        name: 'POST submissions while the bundle is made (req/s)',
        value: `${during.rps.toFixed(0)} during`,
        ceiling: `${quiet.rps.median.toFixed(0)} quiet`,
        ratio,
        target: '≥ 0.5 × quiet',
        met: ratio >= 0.5,
      },
    ]
  } finally {
    await app.stop()
  }
}
