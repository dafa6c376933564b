/**
 * `npm run drill [-- --responses 100000 --before 5 --after 10]`: the restore
 * drill of docs/operations.md. A primary server takes submissions on a national
 * dataset; it takes a backup under that load; the load goes on; the primary is
 * killed as a crash would. The newest backup is restored (`npm run restore`'s
 * compiled command) on a standby path, a standby server starts on it, and the
 * drill prints
 *
 * - RPO: the acknowledged answers the standby lacks, and how old the oldest of
 *   them was when the primary died (the data lost, in time);
 * - RTO: from the primary's death to a standby that serves the form and stores
 *   an answer, step by step.
 *
 * Everything runs on loopback in a temporary folder, removed afterwards.
 */
import Database from 'better-sqlite3'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { projectPath } from '../project-files.js'
import { buildDataset } from './dataset.js'
import { APP_ENV, startOptions, startServer, type Running } from './servers.js'
import { FORM_HEADERS, submissions } from './submissions.js'

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '100000' },
    before: { type: 'string', default: '5' },
    after: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
})
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const log = (line: string) => console.log(line)

const dir = mkdtempSync(join(tmpdir(), 'survey-drill-'))
const backupDir = join(dir, 'backups')
mkdirSync(backupDir)

/** Residents answering as fast as the server takes them; every acknowledged (303) answer is noted with its time. */
function residents(app: Running, data: Awaited<ReturnType<typeof buildDataset>>, connections: number) {
  const next = submissions(data)
  const acknowledged = new Map<string, number>()
  let running = true
  const lane = async () => {
    while (running) {
      const { path, body, submissionId } = next.next()
      try {
        const res = await fetch(app.url + path, { method: 'POST', headers: FORM_HEADERS, body, redirect: 'manual' })
        if (res.status === 303) acknowledged.set(submissionId, Date.now())
        await res.arrayBuffer()
      } catch {
        // The primary has gone: its unanswered submissions were never acknowledged.
      }
    }
  }
  const lanes = Promise.all(Array.from({ length: connections }, lane))
  return {
    acknowledged,
    async stop() {
      running = false
      await lanes
    },
  }
}

try {
  log(`Building the primary's database (${Number(values.responses).toLocaleString('en')} responses)…`)
  const data = await buildDataset(join(dir, 'primary.db'), Number(values.responses), log)
  let backupWritten: (line: string) => void = () => {}
  const primary = await startServer(
    'src/server.js',
    { ...APP_ENV, DATABASE_PATH: data.path, BACKUP_DIR: backupDir, BACKUP_INTERVAL_MINUTES: '1440' },
    startOptions(),
    (line) => /^backup (written|failed|skipped|stopped)/.test(line) && backupWritten(line),
  )
  log(`Primary serving at ${primary.url}; residents answering on ${values.connections} connections.`)
  const load = residents(primary, data, Number(values.connections))
  await sleep(Number(values.before) * 1000)

  const askedAt = Date.now()
  const line = await new Promise<string>((resolve) => {
    backupWritten = resolve
    process.kill(primary.pid, 'SIGUSR2')
  })
  const writtenAt = Date.now()
  if (!line.startsWith('backup written')) throw new Error(line)
  log(`  ${line}`)
  await sleep(Number(values.after) * 1000)

  await primary.kill()
  const failedAt = Date.now()
  await load.stop()
  log(`Primary killed (SIGKILL) ${s(failedAt - writtenAt)} after the backup was written.`)

  // The standby's side: from here on, the clock is the RTO.
  const newest = readdirSync(backupDir)
    .filter((name) => /-\d{8}T\d{6}Z\.db$/.test(name))
    .sort()
    .pop()!
  const standbyPath = join(dir, 'standby', 'app.db')
  const restoreStarted = Date.now()
  const restore = await promisify(execFile)(
    process.execPath,
    [projectPath('dist', 'src/cli/restore.js'), join(backupDir, newest)],
    {
      env: { ...process.env, DATABASE_PATH: standbyPath },
    },
  )
  const restoredAt = Date.now()
  log(`  ${restore.stdout.trim().split('\n')[0]}`)
  const standby = await startServer('src/server.js', { ...APP_ENV, DATABASE_PATH: standbyPath }, startOptions())
  const listeningAt = Date.now()
  const form = await fetch(`${standby.url}/s/${data.codes[0]}`)
  const answer = submissions({ ...data, path: standbyPath }).next()
  const stored = await fetch(standby.url + answer.path, {
    method: 'POST',
    headers: FORM_HEADERS,
    body: answer.body,
    redirect: 'manual',
  })
  const servingAt = Date.now()
  if (form.status !== 200 || stored.status !== 303) throw new Error(`standby answered ${form.status} and ${stored.status}`)
  await standby.stop()

  const restored = new Database(standbyPath, { readonly: true })
  const present = restored.prepare('select 1 from responses where submission_id = ?').pluck()
  const missing = [...load.acknowledged].filter(([id]) => present.get(id) === undefined).map(([, at]) => at)
  const lostBeforeBackup = missing.filter((at) => at < askedAt).length
  restored.close()
  const oldestMissing = Math.min(...missing)

  log('')
  log(`Acknowledged answers during the drill: ${load.acknowledged.size.toLocaleString('en')}`)
  log(
    `RPO: ${missing.length.toLocaleString('en')} acknowledged answers missing on the standby, ` +
      (missing.length ? `the oldest acknowledged ${s(failedAt - oldestMissing)} before the failure` : 'none lost') +
      ` (${lostBeforeBackup} of them acknowledged before the backup was asked for).`,
  )
  log(`RTO: ${s(servingAt - failedAt)} from the failure to a standby serving the form and storing an answer:`)
  log(`  restore (copy, integrity check, swap in): ${s(restoredAt - restoreStarted)}`)
  log(`  standby start (migrations, listen):       ${s(listeningAt - restoredAt)}`)
  log(`  first form and first stored answer:       ${s(servingAt - listeningAt)}`)
  log(`  (choosing the backup: ${s(restoreStarted - failedAt)}; a person noticing the failure is not counted)`)
  process.exitCode = lostBeforeBackup === 0 ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
