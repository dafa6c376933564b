/**
 * Runs background jobs inside the server, one at a time, oldest first. Each kind writes its
 * result to a temporary name in the job files folder, renamed when complete, so a file that
 * exists is whole. Between steps a job awaits `pause()`, which gives the event loop back and
 * waits while residents' submissions are being written (as background counting and the
 * retention run do). Nothing survives a restart: `start()` marks what was left interrupted.
 *
 * @example
 * const runner = createJobRunner({ db, dir, kinds: { poster_bundle: posterBundleJob(db) }, busy })
 * runner.start()          // the server: recover, clean old files, run whatever is queued from now on
 * await runner.runUntilIdle() // a test: run every queued job to its end
 */
import { untilWriterIdle } from '../db/writer-idle.js'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../db/client.js'
import {
  failJob,
  finishJob,
  forgetJobFile,
  hasQueuedJobs,
  interruptUnfinishedJobs,
  jobFilesFinishedBefore,
  jobsWithFilesOf,
  setJobProgress,
  takeNextJob,
  type Job,
} from '../db/queries/jobs.js'
import type { JobKind } from '../domain/jobs.js'

export type JobStep = {
  /** Where to write the result; renamed to its final name once `run` resolves. */
  path: string
  progress: (done: number, total: number) => void
  pause: () => Promise<void>
}

export type JobKindRunner = {
  extension: string
  run: (job: Job, step: JobStep) => Promise<void>
  /** When the result file must go, for a kind whose file outlives its purpose before `keepDays` (letters and their codes). */
  fileDueAt?: (job: Job) => number
}

export type JobRunnerOptions = {
  db: Db
  dir: string
  kinds: Record<JobKind, JobKindRunner>
  /** Whether the survey's writer has submissions in hand; jobs wait while it does. */
  busy: () => boolean
  keepDays: number
  now?: () => number
  logError?: (line: string, error: unknown) => void
}

const DAY_MS = 24 * 3600_000
const CLEAN_EVERY_MS = 6 * 3600_000
const PART = '.part'

/** Progress is written at most this often, so a big job is not a stream of tiny transactions. */
const PROGRESS_EVERY_MS = 250

export function createJobRunner({ db, dir, kinds, busy, keepDays, now = Date.now, logError = console.error }: JobRunnerOptions) {
  let running: Promise<void> | undefined
  let started = false
  let stopped = false
  let cleaner: NodeJS.Timeout | undefined
  const dueCleans = new Set<NodeJS.Timeout>()
  const earlyKinds = (Object.keys(kinds) as JobKind[]).filter((kind) => kinds[kind].fileDueAt)

  const pause = async () => {
    if (!(await untilWriterIdle(busy, () => stopped))) throw new Error('the server is stopping')
  }

  const runOne = async (job: Job) => {
    const kind = kinds[job.kind]
    const name = `job-${job.id}.${kind.extension}`
    const temp = join(dir, name + PART)
    let lastWrite = 0
    try {
      await mkdir(dir, { recursive: true })
      await kind.run(job, {
        path: temp,
        pause,
        progress: (done, total) => {
          if (done < total && now() - lastWrite < PROGRESS_EVERY_MS) return
          lastWrite = now()
          setJobProgress(db, job.id, done, total)
        },
      })
      await rename(temp, join(dir, name))
      finishJob(db, job.id, name, new Date(now()))
      if (kind.fileDueAt) cleanAt(kind.fileDueAt(job))
    } catch (error) {
      await rm(temp, { force: true })
      // A stop leaves the job running: the next start marks it interrupted, and its page says so.
      if (stopped) return
      logError(`job ${job.id} (${job.kind}) failed:`, error)
      failJob(db, job.id, error instanceof Error ? error.message : String(error), new Date(now()))
    }
  }

  const drain = async () => {
    for (let job = takeNextJob(db, new Date(now())); job && !stopped; job = takeNextJob(db, new Date(now()))) await runOne(job)
  }

  /** Starts working through the queue unless already doing so; resolves when the queue is empty. */
  const runUntilIdle = (): Promise<void> => {
    running ??= drain().finally(() => (running = undefined))
    return running.then(() => (hasQueuedJobs(db) && !stopped ? runUntilIdle() : undefined))
  }

  /** Deletes result files older than `keepDays` or past their kind's own due time, and any temporary file no job is writing. */
  const clean = async () => {
    const due = [
      ...jobFilesFinishedBefore(db, new Date(now() - keepDays * DAY_MS)),
      ...jobsWithFilesOf(db, earlyKinds).filter((job) => kinds[job.kind].fileDueAt!(job) <= now()),
    ]
    for (const file of due) {
      await rm(join(dir, file.resultFile!), { force: true })
      forgetJobFile(db, file.id)
    }
    if (running) return
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names.filter((n) => n.endsWith(PART))) await rm(join(dir, name), { force: true })
  }

  /** A started runner cleans again when a file falls due, rather than up to CLEAN_EVERY_MS later. */
  function cleanAt(at: number) {
    if (!started || stopped) return
    const timer = setTimeout(
      () => {
        dueCleans.delete(timer)
        void clean().catch((error: unknown) => logError(`cleaning ${dir} failed:`, error))
      },
      Math.max(0, at - now()) + 1000,
    )
    timer.unref()
    dueCleans.add(timer)
  }

  return {
    /** A route queued a job: run it now if the runner is started (a test drives it with `runUntilIdle`). */
    wake() {
      if (started && !stopped) void runUntilIdle()
    },
    runUntilIdle,
    clean,
    /** Server start: jobs of the previous process are interrupted; old files go; the queue runs from now on. */
    async start() {
      interruptUnfinishedJobs(db, new Date(now()))
      started = true
      await clean().catch((error: unknown) => logError(`cleaning the job files folder ${dir} failed:`, error))
      cleaner = setInterval(
        () => void clean().catch((error: unknown) => logError(`cleaning ${dir} failed:`, error)),
        CLEAN_EVERY_MS,
      )
      cleaner.unref()
    },
    /** The job under way stops at its next pause; its temporary file is removed. */
    async stop() {
      stopped = true
      clearInterval(cleaner)
      for (const timer of dueCleans) clearTimeout(timer)
      await running
    },
  }
}

export type JobRunner = ReturnType<typeof createJobRunner>
