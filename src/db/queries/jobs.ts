/**
 * Background job records: created queued by a route, taken one at a time by the runner
 * (src/jobs/job-runner.ts), their progress and outcome, and the result files due for deletion.
 *
 * @example
 * const id = createJob(db, { kind: 'poster_bundle', startedBy: user.id, scope: 'province:81' }, new Date(now))
 * const job = jobOf(db, id, user.id) // undefined for anyone but its starter
 */
import { and, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm'
import type { JobKind, JobStatus } from '../../domain/jobs.js'
import type { Db } from '../client.js'
import { jobs } from '../schema.js'

export type Job = typeof jobs.$inferSelect

export type NewJob = { kind: JobKind; startedBy: number; scope: string; options?: Record<string, unknown> }

export function createJob(db: Db, job: NewJob, now: Date): number {
  return db
    .insert(jobs)
    .values({ ...job, options: job.options ?? null, status: 'queued', createdAt: now })
    .returning({ id: jobs.id })
    .get().id
}

/** A job as its starter sees it; anyone else finds nothing. */
export function jobOf(db: Db, id: number, userId: number): Job | undefined {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.startedBy, userId)))
    .get()
}

export function recentJobsOf(db: Db, userId: number, limit = 20): Job[] {
  return db.select().from(jobs).where(eq(jobs.startedBy, userId)).orderBy(desc(jobs.id)).limit(limit).all()
}

/** The oldest queued job, marked running in the same statement so it is taken once. */
export function takeNextJob(db: Db, now: Date): Job | undefined {
  return db
    .update(jobs)
    .set({ status: 'running', startedAt: now })
    .where(eq(jobs.id, sql`(select id from jobs where status = 'queued' order by id limit 1)`))
    .returning()
    .get()
}

export function hasQueuedJobs(db: Db): boolean {
  return db.select({ id: jobs.id }).from(jobs).where(eq(jobs.status, 'queued')).limit(1).get() !== undefined
}

export function setJobProgress(db: Db, id: number, done: number, total: number): void {
  db.update(jobs).set({ done, total }).where(eq(jobs.id, id)).run()
}

export function finishJob(db: Db, id: number, resultFile: string, now: Date): void {
  db.update(jobs).set({ status: 'done', resultFile, finishedAt: now }).where(eq(jobs.id, id)).run()
}

export function failJob(db: Db, id: number, error: string, now: Date): void {
  db.update(jobs).set({ status: 'failed', error, finishedAt: now }).where(eq(jobs.id, id)).run()
}

/** At start-up: whatever was queued or running belonged to the previous process and is gone with it. */
export function interruptUnfinishedJobs(db: Db, now: Date): number {
  const unfinished: JobStatus[] = ['queued', 'running']
  return db.update(jobs).set({ status: 'interrupted', finishedAt: now }).where(inArray(jobs.status, unfinished)).run().changes
}

/** Result files of jobs that finished before `before`, still on disk as far as the records know. */
export function jobFilesFinishedBefore(db: Db, before: Date): { id: number; resultFile: string }[] {
  return db
    .select({ id: jobs.id, resultFile: jobs.resultFile })
    .from(jobs)
    .where(and(isNotNull(jobs.resultFile), lt(jobs.finishedAt, before)))
    .all() as { id: number; resultFile: string }[]
}

/** Finished jobs of these kinds whose result file is still on disk as far as the records know. */
export function jobsWithFilesOf(db: Db, kinds: JobKind[]): Job[] {
  if (kinds.length === 0) return []
  return db
    .select()
    .from(jobs)
    .where(and(isNotNull(jobs.resultFile), inArray(jobs.kind, kinds)))
    .all()
}

/** The file was deleted: the job stays in the list, without a download. */
export function forgetJobFile(db: Db, id: number): void {
  db.update(jobs).set({ resultFile: null }).where(eq(jobs.id, id)).run()
}
