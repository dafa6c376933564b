/** The measures of issue 8, each against its target, on the datasets run.ts built. */
import type autocannon from 'autocannon'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { measureBackupLoad } from './backup-measure.js'
import { measureAnnualReport } from './report-measure.js'
import { BENCH_PASSWORD, type Dataset } from './dataset.js'
import { load, timeGet, type Figure } from './load.js'
import { APP_ENV, sampleRss, startOptions, startServer, untilCounted, type Running } from './servers.js'
import { FORM_HEADERS, submissions } from './submissions.js'

export type Measure = {
  id: string
  name: string
  value: string
  ceiling: string
  ratio: number | null
  target: string
  met: boolean | null
}
export type BenchResults = {
  machine: Record<string, string | number>
  responses: { small: number; big: number }
  measures: Measure[]
}

type Context = {
  small: Dataset
  big: Dataset
  responses: { small: number; big: number }
  dir: string
  seconds: number
  runs: number
  log: (l: string) => void
}

const fmt = (f: Figure, unit = '') => `${f.median.toFixed(0)}${unit} (${f.min.toFixed(0)}–${f.max.toFixed(0)})`

async function signIn(app: Running): Promise<Record<string, string>> {
  const res = await fetch(`${app.url}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ username: 'bench-dla', password: BENCH_PASSWORD }),
  })
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' }
}

const startApp = (data: Dataset, env: Record<string, string> = {}) =>
  startServer('src/server.js', { ...APP_ENV, ...env, DATABASE_PATH: data.path }, startOptions())

function pagePaths(data: Dataset) {
  return {
    organisation: `/staff/organisations/${data.sampleOrganisationId}/results?round=${data.roundId}`,
    province: `/staff/provinces/${data.sampleProvince}/results?round=${data.roundId}`,
    national: `/staff/national/results?round=${data.roundId}`,
  }
}

export async function measureAll(ctx: Context): Promise<BenchResults> {
  const { big, small, seconds, runs, log } = ctx
  const measures: Measure[] = []
  const add = (m: Measure) => (
    measures.push(m),
    log(`  ${m.id} ${m.name}: ${m.value} (target ${m.target}) ${m.met === null ? '' : m.met ? 'met' : 'MISSED'}`)
  )

  log('Ceilings…')
  const ceiling = await startServer('src/bench/ceiling-server.js', { CEILING_DB: join(ctx.dir, 'ceiling.db') })
  const staticCeiling = await load({
    url: ceiling.url,
    connections: 10,
    seconds,
    runs,
    requests: [{ method: 'GET', path: '/static-page' }],
  })
  const insertCeiling = await load({
    url: ceiling.url,
    connections: 50,
    seconds,
    runs,
    requests: [{ method: 'POST', path: '/insert', headers: FORM_HEADERS, body: '_token=x&overall=5' }],
  })
  await ceiling.stop()

  log('The app on the national dataset…')
  let app = await startApp(big)
  // After the server has started: it creates the form-token key on a new database.
  const submission = submissions(big)

  // As every phone's browser asks: gzip accepted. (Without it the 27 KB page, not the server, is what the load generator measures.)
  const p1 = await load({
    url: app.url,
    connections: 10,
    seconds,
    runs,
    requests: [
      {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate' },
        setupRequest: (req) => ({ ...req, path: `/s/${submission.code()}` }),
      },
    ],
  })
  add({
    id: 'P1',
    name: 'GET survey page, fresh token (req/s)',
    value: fmt(p1.rps),
    ceiling: fmt(staticCeiling.rps),
    ratio: p1.rps.median / staticCeiling.rps.median,
    target: '≥ 0.40 × static',
    met: p1.rps.median / staticCeiling.rps.median >= 0.4,
  })

  const staff = await signIn(app)
  // One page at a time: timings taken side by side would include each other's work.
  const bigPages: Record<string, Awaited<ReturnType<typeof timeGet>>> = {}
  for (const [k, p] of Object.entries(pagePaths(big))) bigPages[k] = await timeGet(app.url + p, staff)

  for (const format of ['csv', 'xlsx'] as const) {
    const t = await timeGet(
      `${app.url}/staff/exports/results.${format}?round=${big.roundId}&scope=national&audience=machines`,
      staff,
      3,
      1,
    )
    add({
      id: 'P4',
      name: `Export of all organisations (${format.toUpperCase()})`,
      value: `${(t.ms.median / 1000).toFixed(2)} s (status ${t.status}, ${t.bytes} bytes)`,
      ceiling: '',
      ratio: null,
      target: '≤ 1 s',
      met: t.status === 200 && t.ms.median <= 1000,
    })
  }

  // The raw export on a fresh server too, as on the small dataset below: the memory compared is the export's.
  await app.stop()
  app = await startApp(big)
  const rawStaff = await signIn(app)
  const rawRss = sampleRss(app.pid)
  const raw = await timeGet(
    `${app.url}/staff/exports/raw.csv?round=${big.roundId}&scope=national&audience=machines`,
    rawStaff,
    1,
    0,
  )
  const rawPeak = rawRss.stop()

  const weight = await pageWeight(app, submission.code())
  add({
    id: 'P6',
    name: 'Survey page weight (HTML + CSS + JS, gzip)',
    value: `${(weight.bytes / 1024).toFixed(1)} KB, ${weight.foreign} other-host URLs`,
    ceiling: '',
    ratio: null,
    target: '≤ 14 KB, none',
    met: weight.bytes <= 14 * 1024 && weight.foreign === 0,
  })

  const posters = await timeGet(`${app.url}/staff/organisations/${big.posterOrganisationId}/posters.pdf`, rawStaff, 3, 1)
  add({
    id: 'P7',
    name: 'Bulk poster PDF, 100 posters',
    value: `${(posters.ms.median / 1000).toFixed(2)} s (status ${posters.status}, ${(posters.bytes / 1024).toFixed(0)} KB)`,
    ceiling: '',
    ratio: null,
    target: '≤ 3 s',
    met: posters.status === 200 && posters.ms.median <= 3000,
  })
  // The annual report on a fresh server too: its peak RSS is the report's, not the exports' before it.
  await app.stop()
  app = await startApp(big)
  const report = await measureAnnualReport(app, big, await signIn(app))
  add({
    id: 'P11',
    name: 'National annual report PDF (background job), peak RSS',
    value: `${(report.ms / 1000).toFixed(1)} s, ${report.peakMb.toFixed(0)} MB (${report.status}, ${(report.bytes / 1024).toFixed(0)} KB)`,
    ceiling: '',
    ratio: null,
    target: '≤ 60 s, ≤ 250 MB',
    met: report.status === 'done' && report.ms <= 60_000 && report.peakMb <= 250,
  })

  // Submissions last: they add rows and leave the server busy writing, which would colour the other figures.
  // A fresh server for them, so P8 is the memory of taking submissions, not of the exports before.
  await app.stop()
  app = await startApp(big)
  const rss = sampleRss(app.pid)
  const submitting: autocannon.Request[] = [
    {
      method: 'POST',
      headers: FORM_HEADERS,
      setupRequest: (req) => {
        const { path, body } = submission.next()
        return { ...req, path, body }
      },
    },
  ]
  const p2 = await load({ url: app.url, connections: 50, seconds, runs, requests: submitting })
  const peakRss = rss.stop()
  // The tallies are counted after the responses are stored, when the writer is idle: after a burst, how long that takes.
  const counting = await untilCounted(big.path)
  add({
    id: 'P2',
    name: 'POST submission, durable (req/s)',
    value: fmt(p2.rps),
    ceiling: fmt(insertCeiling.rps),
    ratio: p2.rps.median / insertCeiling.rps.median,
    target: '≥ 0.60 × insert',
    met: p2.rps.median / insertCeiling.rps.median >= 0.6,
  })
  add({
    id: 'P2b',
    name: 'POST p99 latency at 50 connections (ms)',
    value: fmt(p2.p99, ' ms'),
    ceiling: fmt(insertCeiling.p99, ' ms'),
    ratio: null,
    target: '≤ 50 ms',
    met: p2.p99.median <= 50,
  })
  add({
    id: 'P2c',
    name: 'Tallies counted after the P2 load',
    ceiling: '',
    ratio: null,
    target: '(measured)',
    met: null,
    value: `${counting.left.toLocaleString('en')} responses in ${(counting.ms / 1000).toFixed(1)} s (${Math.round(counting.left / (counting.ms / 1000)).toLocaleString('en')}/s)`,
  })
  add({
    id: 'P8',
    name: 'Server memory during P2 (RSS)',
    value: `${peakRss.toFixed(0)} MB`,
    ceiling: '',
    ratio: null,
    target: '≤ 150 MB',
    met: peakRss <= 150,
  })
  if (p1.errors + p2.errors > 0) log(`  (4xx/5xx, errors or timeouts during P1/P2: ${p1.errors + p2.errors})`)

  // P2 runs with the anomaly rules on (the default); the same load with them off shows what they cost.
  await app.stop()
  app = await startApp(big, { ANOMALY_RULES: 'off' })
  const p2Off = await load({ url: app.url, connections: 50, seconds, runs, requests: submitting })
  await untilCounted(big.path)
  add({
    id: 'P2r',
    name: 'POST submission, anomaly rules off (req/s); P2 has them on',
    value: fmt(p2Off.rps),
    ceiling: fmt(insertCeiling.rps),
    ratio: p2Off.rps.median / insertCeiling.rps.median,
    target: `(measured) P2 ÷ this: ${(p2.rps.median / p2Off.rps.median).toFixed(2)}; P2 ≥ 0.75 × insert`,
    met: null,
  })

  await app.stop()

  log('Submissions during backups of the national dataset…')
  for (const measure of await measureBackupLoad({ data: big, requests: submitting, dir: ctx.dir, seconds, runs, log }))
    add(measure)

  log('The app on the small dataset…')
  app = await startApp(small)
  const smallStaff = await signIn(app)
  const smallRss = sampleRss(app.pid)
  const smallRaw = await timeGet(
    `${app.url}/staff/exports/raw.csv?round=${small.roundId}&scope=national&audience=machines`,
    smallStaff,
    1,
    0,
  )
  const smallRawPeak = smallRss.stop()
  for (const [key, path] of Object.entries(pagePaths(small))) {
    const at10k = await timeGet(app.url + path, smallStaff)
    const atBig = bigPages[key]!
    const ratio = atBig.ms.median / at10k.ms.median
    add({
      id: 'P3',
      name: `${key} results page (ms), big vs small`,
      value: `${fmt(atBig.ms, ' ms')} (status ${atBig.status})`,
      ceiling: `${fmt(at10k.ms, ' ms')} (status ${at10k.status})`,
      ratio,
      target: '≤ 1.2 × small',
      met: atBig.status === 200 && ratio <= 1.2,
    })
  }
  await app.stop()

  // Rows exported = responses in the round (every response is one row).
  const rowsPerSecond = raw.status === 200 ? ctx.responses.big / (raw.ms.median / 1000) : 0
  add({
    id: 'P5',
    name: 'Raw response export (rows/s), peak RSS big vs small',
    value: `${(raw.ms.median / 1000).toFixed(1)} s, ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s, ${rawPeak.toFixed(0)} MB (status ${raw.status})`,
    ceiling: `${smallRawPeak.toFixed(0)} MB at small (status ${smallRaw.status})`,
    ratio: null,
    target: '≥ 100,000 rows/s, memory flat',
    met: rowsPerSecond >= 100_000 && rawPeak <= smallRawPeak * 1.5,
  })

  const cpu = cpus()
  return {
    machine: {
      cores: cpu.length,
      cpu: cpu[0]?.model ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
    },
    responses: ctx.responses,
    measures,
  }
}

/** The survey page as a phone first loads it: HTML, CSS and JS, each gzip-compressed; and any URL to another host. */
async function pageWeight(app: Running, code: string): Promise<{ bytes: number; foreign: number }> {
  const html = await (await fetch(`${app.url}/s/${code}`)).text()
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map((m) => m[1]!)
  const bodies = [html, ...(await Promise.all(assets.map(async (a) => (await fetch(app.url + a)).text())))]
  const bytes = bodies.reduce((sum, b) => sum + gzipSync(Buffer.from(b)).length, 0)
  const foreign = [...html.matchAll(/(?:src|href|action)="((?:https?:)?\/\/[^"]*)"/g)].length
  return { bytes, foreign }
}
