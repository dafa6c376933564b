/**
 * Backups every BACKUP_INTERVAL_MINUTES while the server runs. A failed backup
 * is logged with what it was doing and the next one is tried on time; it never
 * stops the server. One backup at a time.
 */
import { mkdir } from 'node:fs/promises'
import type { Db } from './client.js'
import { takeBackup, type BackupResult } from './backup.js'

export type BackupScheduleOptions = {
  dir: string
  intervalMinutes: number
  keep: number
  log?: (line: string) => void
  logError?: (line: string, error: unknown) => void
  now?: () => Date
}

export const describeBackup = (b: BackupResult) =>
  `backup written: ${b.file} (${(b.bytes / 2 ** 20).toFixed(1)} MB; copied in ${(b.copyMs / 1000).toFixed(1)} s, checked in ${(b.checkMs / 1000).toFixed(1)} s)`

export function startBackupSchedule(db: Db, options: BackupScheduleOptions) {
  const { dir, intervalMinutes, keep, log = console.log, logError = console.error, now } = options
  const intervalMs = intervalMinutes * 60_000
  let running: Promise<void> | undefined
  let controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  let stopped = false

  const run = (): Promise<void> => {
    if (running) {
      log(`backup skipped: the one started earlier is still running (${dir})`)
      return running
    }
    controller = new AbortController()
    const signal = controller.signal
    running = (async () => {
      try {
        await mkdir(dir, { recursive: true })
        const started = performance.now()
        // The copy is the part that shares the event loop with submissions; the check after it runs beside.
        const onCopied = () =>
          log(`backup copied in ${((performance.now() - started) / 1000).toFixed(1)} s, checking it (${dir})`)
        log(describeBackup(await takeBackup(db, { dir, keep, now, signal, onCopied })))
      } catch (error) {
        if (signal.aborted) log(`backup stopped: the server is shutting down (${dir})`)
        else
          logError(
            `backup failed (the next is due in ${intervalMinutes} min): database ${db.$client.name}, folder ${dir}:`,
            error,
          )
      } finally {
        running = undefined
      }
    })()
    return running
  }

  // Each start is due an interval after the previous start, so backups stay BACKUP_INTERVAL_MINUTES apart.
  let due = Date.now() + intervalMs
  const plan = () => {
    if (stopped) return
    timer = setTimeout(
      () => {
        due += intervalMs * Math.max(1, Math.ceil((Date.now() - due) / intervalMs))
        void run()
        plan()
      },
      Math.max(0, due - Date.now()),
    )
  }
  plan()

  return {
    /** Takes a backup now (or waits for the one running); resolves when it is written or has failed. */
    now: run,
    /** Stops the schedule and any backup under way (its partial file is removed). */
    async stop() {
      stopped = true
      clearTimeout(timer)
      controller.abort()
      await running
    },
  }
}
