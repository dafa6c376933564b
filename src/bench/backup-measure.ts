/**
 * P12: submissions per second while the server copies its database for online
 * backups, against the same load without, on one server in one run; P12b how
 * long a backup takes. Each backup is asked for with SIGUSR2, the next as soon
 * as the previous is written, until the load has run `seconds`. The copy is the
 * part on the server's event loop; the integrity check that follows runs in a
 * worker at the lowest priority, so under a load that takes every core it would
 * wait for the load to end: the last check finishes after it. The server's own
 * log lines give each backup's times.
 */
import type autocannon from 'autocannon'
import { join } from 'node:path'
import type { Dataset } from './dataset.js'
import { loadUntil, summarise } from './load.js'
import type { Measure } from './bench-app.js'
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
  const waiting: { kind: 'copied' | 'written'; resolve: (line: string) => void; reject: (e: Error) => void }[] = []
  const onLine = (line: string) => {
    if (!line.startsWith('backup ')) return
    const kind = line.startsWith('backup copied') ? 'copied' : line.startsWith('backup written') ? 'written' : undefined
    const at = waiting.findIndex((w) => w.kind === kind)
    if (at >= 0) waiting.splice(at, 1)[0]!.resolve(line)
    else if (!kind) waiting.splice(0).forEach((w) => w.reject(new Error(line)))
  }
  const next = (kind: 'copied' | 'written') => new Promise<string>((resolve, reject) => waiting.push({ kind, resolve, reject }))
  const app = await startServer(
    'src/server.js',
    { ...APP_ENV, DATABASE_PATH: data.path, BACKUP_DIR: join(dir, 'backups'), BACKUP_KEEP: '1', BACKUP_INTERVAL_MINUTES: '1440' },
    startOptions(),
    onLine,
  )
  const taken = async (written: Promise<string>): Promise<Taken> => {
    const match = WRITTEN.exec(await written)!
    return { mb: Number(match[1]), copyS: Number(match[2]), checkS: Number(match[3]) }
  }

  const without: number[] = []
  const during: number[] = []
  const backups: Taken[] = []
  let errors = 0
  try {
    for (let run = 0; run < runs; run++) {
      const plain = await loadUntil({ url: app.url, connections: 50, requests }, () => sleep(seconds * 1000))
      without.push(plain.rps)
      await untilCounted(data.path)
      // Load while copies are taken back to back; the check of the last one finishes after the load.
      let last: Promise<string> | undefined
      const loaded = await loadUntil({ url: app.url, connections: 50, requests }, async () => {
        const started = performance.now()
        for (;;) {
          const copied = next('copied')
          last = next('written')
          process.kill(app.pid, 'SIGUSR2')
          await copied
          if (performance.now() - started >= seconds * 1000) return
          backups.push(await taken(last))
          last = undefined
        }
      })
      if (last) backups.push(await taken(last))
      during.push(loaded.rps)
      errors += plain.errors + loaded.errors
      log(
        `  run ${run + 1}: ${plain.rps.toFixed(0)}/s without, ${loaded.rps.toFixed(0)}/s during copies (${backups.length} backups so far)`,
      )
      await untilCounted(data.path)
    }
  } finally {
    await app.stop()
  }
  if (errors > 0) log(`  (4xx/5xx, errors or timeouts during P12: ${errors})`)

  const w = summarise(without)
  const d = summarise(during)
  const copy = summarise(backups.map((t) => t.copyS))
  const check = summarise(backups.map((t) => t.checkS))
  const range = (f: { median: number; min: number; max: number }, digits: number) =>
    `${f.median.toFixed(digits)} (${f.min.toFixed(digits)}–${f.max.toFixed(digits)})`
  return [
    {
      id: 'P12',
      name: 'POST submissions while backups are copied (req/s)',
      value: `${range(d, 0)} during ${backups.length} backups`,
      ceiling: `${range(w, 0)} without`,
      ratio: d.median / w.median,
      target: '≥ 0.80 × without',
      met: d.median / w.median >= 0.8,
    },
    {
      id: 'P12b',
      name: 'Online backup: copy under that load, then integrity check',
      value: `${backups[0]?.mb.toFixed(0) ?? '?'} MB: copy ${range(copy, 1)} s, check ${range(check, 1)} s`,
      ceiling: '',
      ratio: null,
      target: '(measured)',
      met: null,
    },
  ]
}
