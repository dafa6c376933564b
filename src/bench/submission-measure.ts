/**
 * P2 and the rows taken with it: valid submissions per second against the insert ceiling (P2),
 * their p99 latency (P2b), how long counting them into the tallies takes (P2c), the server's
 * peak RSS meanwhile (P8), and the same load with the anomaly rules off (P2r).
 */
import type autocannon from 'autocannon'
import { fmt, startApp, type Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { load, type LoadResult } from './load.js'
import { sampleRss, untilCounted } from './servers.js'
import { FORM_HEADERS, submissions } from './submissions.js'

/**
 * Submissions at random service points, each with a fresh token, as autocannon requests. Only
 * once a server has started on the dataset: it creates the form-token key on a new database.
 */
export function submissionRequests(data: Dataset): autocannon.Request[] {
  const submission = submissions(data)
  return [
    {
      method: 'POST',
      headers: FORM_HEADERS,
      setupRequest: (req) => {
        const { path, body } = submission.next()
        return { ...req, path, body }
      },
    },
  ]
}

type Options = { data: Dataset; insertCeiling: LoadResult; seconds: number; runs: number; log: (line: string) => void }

/** Each on a fresh server, so P8 is the memory of taking submissions, not of the measures before. */
export async function measureSubmissions({ data, insertCeiling, seconds, runs, log }: Options): Promise<Measure[]> {
  let app = await startApp(data)
  const requests = submissionRequests(data)
  const rss = sampleRss(app.pid)
  const p2 = await load({ url: app.url, connections: 50, seconds, runs, requests })
  const peakRss = rss.stop()
  // The tallies are counted after the responses are stored, when the writer is idle: after a burst, how long that takes.
  const counting = await untilCounted(data.path)
  await app.stop()

  // P2 runs with the anomaly rules on (the default); the same load with them off shows what they cost.
  app = await startApp(data, { ANOMALY_RULES: 'off' })
  const p2Off = await load({ url: app.url, connections: 50, seconds, runs, requests })
  await untilCounted(data.path)
  await app.stop()
  if (p2.errors + p2Off.errors > 0) log(`  (4xx/5xx, errors or timeouts during P2: ${p2.errors + p2Off.errors})`)

  return [
    {
      id: 'P2',
      name: 'POST submission, durable (req/s)',
      value: fmt(p2.rps),
      ceiling: fmt(insertCeiling.rps),
      ratio: p2.rps.median / insertCeiling.rps.median,
      target: '≥ 0.60 × insert',
      met: p2.rps.median / insertCeiling.rps.median >= 0.6,
    },
    {
      id: 'P2b',
      name: 'POST p99 latency at 50 connections (ms)',
      value: fmt(p2.p99, ' ms'),
      ceiling: fmt(insertCeiling.p99, ' ms'),
      ratio: null,
      target: '≤ 50 ms',
      met: p2.p99.median <= 50,
    },
    {
      id: 'P2c',
      name: 'Tallies counted after the P2 load',
      ceiling: '',
      ratio: null,
      target: '(measured)',
      met: null,
      value: `${counting.left.toLocaleString('en')} responses in ${(counting.ms / 1000).toFixed(1)} s (${Math.round(counting.left / (counting.ms / 1000)).toLocaleString('en')}/s)`,
    },
    {
      id: 'P8',
      name: 'Server memory during P2 (RSS)',
      value: `${peakRss.toFixed(0)} MB`,
      ceiling: '',
      ratio: null,
      target: '≤ 150 MB',
      met: peakRss <= 150,
    },
    {
      id: 'P2r',
      name: 'POST submission, anomaly rules off (req/s); P2 has them on',
      value: fmt(p2Off.rps),
      ceiling: fmt(insertCeiling.rps),
      ratio: p2Off.rps.median / insertCeiling.rps.median,
      target: `(measured) P2 ÷ this: ${(p2.rps.median / p2Off.rps.median).toFixed(2)}; P2 ≥ 0.75 × insert`,
      met: null,
    },
  ]
}
