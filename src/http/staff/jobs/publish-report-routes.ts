/**
 * Publishing an annual report: a DLA officer's own finished public edition, for a finalised
 * round, is copied to the published folder and becomes the report the open-data page and the
 * public results pages link for its scope, replacing the one before. A job file expires; the
 * published copy stays until the next one replaces it. Another officer's job is not there (404);
 * a job that cannot be published (another kind, the staff edition, a round not yet final, a file
 * gone) is answered 409 and publishes nothing.
 */
import { copyFile, mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { jobFilesDir, publishedReportsDir } from '../../../config.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { jobOf, type Job } from '../../../db/queries/jobs.js'
import { publishReport } from '../../../db/queries/published-reports.js'
import { findRound } from '../../../db/queries/round-records.js'
import { parseScopeKey } from '../../../domain/scope.js'
import { publishedReportFile } from '../../open-data/paths.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { idParam, seeOther } from '../dla/common.js'
import { requireRole } from '../guards.js'
import { renderStaffStatus } from '../staff-status.js'

export const publishPath = (jobId: number) => `/staff/jobs/${jobId}/publish`

/** Whether a job is a public annual report of a finalised round, ready to publish. */
export function publishable(db: StaffAreaDeps['db'], job: Job): boolean {
  const key = parseScopeKey(job.scope)
  const round = typeof job.options?.roundId === 'number' ? findRound(db, job.options.roundId) : undefined
  return (
    job.kind === 'annual_report' &&
    job.status === 'done' &&
    job.resultFile !== null &&
    job.options?.edition === 'public' &&
    (key?.kind === 'national' || key?.kind === 'province') &&
    round !== undefined &&
    round.finalisedAt !== null
  )
}

export function publishReportRoutes({ db, config, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const path = '/staff/jobs/:id/publish'
  app.use(path, requireRole('dla'))

  app.post(path, async (c) => {
    const { user } = staffOf(c)
    const id = idParam(c)
    const job = id === undefined ? undefined : jobOf(db, id, user.id)
    if (!job) return renderStaffStatus(c, 'notFound', 404)
    const key = parseScopeKey(job.scope)
    if (!publishable(db, job) || !key || key.kind === 'organisation') return renderStaffStatus(c, 'cannotPublish', 409)
    const dir = publishedReportsDir(config)
    const fileName = publishedReportFile(key)
    const part = join(dir, `${fileName}.part`)
    await mkdir(dir, { recursive: true })
    // Copied under a temporary name and renamed: a reader never gets half a file.
    const copied = await copyFile(join(jobFilesDir(config), job.resultFile!), part).then(
      () => true,
      () => false,
    )
    if (!copied) return renderStaffStatus(c, 'cannotPublish', 409)
    await rename(part, join(dir, fileName))
    const at = new Date(now())
    const roundId = job.options!.roundId as number
    publishReport(db, { scope: job.scope, roundId, jobId: job.id, fileName, publishedBy: user.id }, at)
    recordAudit(
      db,
      {
        action: 'report_published',
        actor: user,
        targetType: 'job',
        targetId: job.id,
        provinceCode: key.kind === 'province' ? key.provinceCode : null,
        detail: { scope: job.scope, round: roundId },
      },
      at,
    )
    return seeOther(c, `/staff/jobs/${job.id}`)
  })

  return app
}
