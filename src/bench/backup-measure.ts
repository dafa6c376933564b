/**
 * P12: submissions per second while the server takes online backups of the
 * national dataset, against the same load without them, on one server in one
 * run; and how long a backup takes under that load. Each backup is asked for
 * with SIGUSR2, the next as soon as the previous is written, so the load meets
 * a backup throughout; the server's own log line gives each one's times.
 */
import type autocannon from 'autocannon'
import { join } from 'node:path'
import type { Dataset } from './dataset.js'
import { loadUntil, summarise } from './load.js'
import type { Measure } from './measures.js'
import { APP_ENV, startOptions, startServer, untilCounted } from './servers.js'

type Options = {
  data: Dataset
  requests: autocannon.Request[]
  dir: string
  seconds: number
  runs: number
  log: (line: string) => void
}

type Taken = { copyS: number; checkS: number; mb: number }

const WRITTEN = /^backup written: .* \(([\d.]+) MB; copied in ([\d.]+) s, checked in ([\d.]+) s\)$/
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

export async function measureBackupLoad({ data, requests, dir, seconds, runs, log }: Options): Promise<Measure[]> {
  let waiting: { resolve: (t: Taken) => void; reject: (e: Error) => void } | undefined
  const onLine = (line: string) => {
    const written = WRITTEN.exec(line)
    if (written) waiting?.resolve({ mb: Number(written[1]), copyS: Number(written[2]), checkS: Number(written[3]) })
    else if (line.startsWith('backup ')) waiting?.reject(new Error(line))
  }
  const app = await startServer(
    'src/server.js',
    { ...APP_ENV, DATABASE_PATH: data.path, BACKUP_DIR: join(dir, 'backups'), BACKUP_KEEP: '1', BACKUP_INTERVAL_MINUTES: '1440' },
    startOptions(),
    onLine,
  )
  const backup = () =>
    new Promise<Taken>((resolve, reject) => {
      waiting = { resolve, reject }
      process.kill(app.pid, 'SIGUSR2')
    })

  const without: number[] = []
  const during: number[] = []
  const taken: Taken[] = []
  let errors = 0
  try {
    for (let run = 0; run < runs; run++) {
      const plain = await loadUntil({ url: app.url, connections: 50, requests }, () => sleep(seconds * 1000))
      without.push(plain.rps)
      await untilCounted(data.path)
      const loaded = await loadUntil({ url: app.url, connections: 50, requests }, async () => {
        const started = performance.now()
        do taken.push(await backup())
        while (performance.now() - started < seconds * 1000)
      })
      during.push(loaded.rps)
      errors += plain.errors + loaded.errors
      log(`  run ${run + 1}: ${plain.rps.toFixed(0)}/s without, ${loaded.rps.toFixed(0)}/s during ${taken.length} backups so far`)
      await untilCounted(data.path)
    }
  } finally {
    await app.stop()
  }
  if (errors > 0) log(`  (4xx/5xx, errors or timeouts during P12: ${errors})`)

  const w = summarise(without)
  const d = summarise(during)
  const copy = summarise(taken.map((t) => t.copyS))
  const check = summarise(taken.map((t) => t.checkS))
  const range = (f: { median: number; min: number; max: number }, digits: number) =>
    `${f.median.toFixed(digits)} (${f.min.toFixed(digits)}–${f.max.toFixed(digits)})`
  return [
    {
      id: 'P12',
      name: 'POST submissions during online backups (req/s)',
      value: `${range(d, 0)} during ${taken.length} backups`,
      ceiling: `${range(w, 0)} without`,
      ratio: d.median / w.median,
      target: '≥ 0.80 × without',
      met: d.median / w.median >= 0.8,
    },
    {
      id: 'P12b',
      name: 'Online backup under that load: copy, then integrity check',
      value: `${taken[0]?.mb.toFixed(0) ?? '?'} MB: copy ${range(copy, 1)} s, check ${range(check, 1)} s`,
      ceiling: '',
      ratio: null,
      target: '(measured)',
      met: null,
    },
  ]
}
