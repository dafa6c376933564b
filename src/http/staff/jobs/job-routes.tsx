/**
 * Background jobs as their starter sees them: the list of recent jobs, each job's page (works
 * without JavaScript: a refresh link; htmx polls the progress fragment), and its result file.
 * Anyone else's job is simply not there (404).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { jobFilesDir } from '../../../config.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { jobOf, recentJobsOf, type Job } from '../../../db/queries/jobs.js'
import { listProvinces } from '../../../db/queries/staff-users.js'
import { parseScopeKey } from '../../../domain/scope.js'
import { contentDisposition } from '../../../exports/results-export.js'
import { jobsTranslator } from '../../../i18n/staff/jobs.js'
import { letterBatchOf } from '../../../jobs/letters-pdf-job.js'
import { lettersFileName } from '../../../letters/letter-batches.js'
import { bundleFileName } from '../../../posters/bundle-names.js'
import { reportFileName } from '../../../reports/report-file-name.js'
import { reportsTranslator } from '../../../i18n/staff/reports.js'
import { ANNUAL_REPORT_PATH } from '../reports/annual-report-routes.js'
import { JobListPage } from '../../../../views/staff/jobs/job-list-page.js'
import { JobPage } from '../../../../views/staff/jobs/job-page.js'
import { JobProgress } from '../../../../views/staff/jobs/job-progress.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { idParam } from '../dla/common.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { presentJob, type ProvinceNames } from './present-job.js'
import { presentPublishing } from './present-publishing.js'

export function jobRoutes({ db, config, now, letters }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const dir = jobFilesDir(config)
  const keepDays = config.JOB_FILES_KEEP_DAYS

  const context = (c: StaffContext) => {
    const locale = staffLocale(c)
    const provinces: ProvinceNames = new Map(listProvinces(db).map((p) => [p.code, p]))
    return { locale, t: jobsTranslator(locale), provinces, keepDays }
  }
  const labelsOf = (t: ReturnType<typeof jobsTranslator>) => ({
    progress: t('jobs.progress.label'),
    refresh: t('jobs.refresh'),
    download: t('jobs.done.download'),
    startAgain: t('jobs.startAgain'),
  })
  /** A letters file is gone the moment its batch is, whether or not the cleaning has reached it yet. */
  const current = (job: Job): Job =>
    job.kind === 'letters_pdf' && job.resultFile !== null && letters.expiresAt(letterBatchOf(job)) <= now()
      ? { ...job, resultFile: null }
      : job
  const ownJob = (c: StaffContext): Job | undefined => {
    const id = idParam(c)
    const job = id === undefined ? undefined : jobOf(db, id, staffOf(c).user.id)
    return job && current(job)
  }

  app.get('/staff/jobs', (c) => {
    const ctx = context(c)
    const { t } = ctx
    const { user } = staffOf(c)
    const jobs = recentJobsOf(db, user.id).map((job) => presentJob(current(job), ctx))
    const startLinks =
      user.role === 'lgu'
        ? []
        : [
            { href: '/staff/posters/bundle', label: t('bundle.link') },
            { href: ANNUAL_REPORT_PATH, label: reportsTranslator(ctx.locale)('report.link') },
          ]
    const labels = {
      title: t('jobs.list.title'),
      intro: t('jobs.list.intro', { days: keepDays }),
      empty: t('jobs.list.empty'),
      job: t('jobs.col.job'),
      started: t('jobs.col.started'),
      status: t('jobs.col.status'),
    }
    return renderStaffPage(c, labels.title, <JobListPage jobs={jobs} labels={labels} startLinks={startLinks} />)
  })

  app.get('/staff/jobs/:id', (c) => {
    const job = ownJob(c)
    if (!job) return renderStaffStatus(c, 'notFound', 404)
    const ctx = context(c)
    const view = presentJob(job, ctx)
    const labels = { ...labelsOf(ctx.t), started: ctx.t('jobs.col.started'), back: ctx.t('jobs.back') }
    const publish = staffOf(c).user.role === 'dla' ? presentPublishing(db, job, ctx.locale, staffOf(c).csrfToken) : undefined
    return renderStaffPage(c, view.title, <JobPage job={view} labels={labels} publish={publish} />)
  })

  app.get('/staff/jobs/:id/progress', (c) => {
    const job = ownJob(c)
    if (!job) return renderStaffStatus(c, 'notFound', 404)
    const ctx = context(c)
    c.header('Cache-Control', 'no-store')
    return c.html(<JobProgress job={presentJob(job, ctx)} labels={labelsOf(ctx.t)} selfHref={`/staff/jobs/${job.id}`} />)
  })

  app.get('/staff/jobs/:id/file', async (c) => {
    const job = ownJob(c)
    if (!job || job.status !== 'done' || !job.resultFile) return renderStaffStatus(c, 'notFound', 404)
    const path = join(dir, job.resultFile)
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    )
    if (size === undefined) return renderStaffStatus(c, 'notFound', 404)
    const key = parseScopeKey(job.scope)
    const province = key?.kind === 'province' ? context(c).provinces.get(key.provinceCode)?.nameTh : undefined
    const pdf = job.kind !== 'poster_bundle'
    const name = {
      annual_report: () => reportFileName(key ?? { kind: 'national' }, String(job.options?.edition ?? 'staff'), province),
      poster_bundle: () => bundleFileName(key ?? { kind: 'national' }, province),
      letters_pdf: () => {
        const ascii = `${lettersFileName(job.createdAt.getTime())}.pdf`
        return { ascii, thai: ascii }
      },
    }[job.kind]()
    if (job.kind === 'letters_pdf')
      recordAudit(
        db,
        { action: 'activation_letters_downloaded', actor: staffOf(c).user, detail: { format: 'pdf', count: job.total ?? 0 } },
        new Date(now()),
      )
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
      'Content-Type': pdf ? 'application/pdf' : 'application/zip',
      'Content-Length': String(size),
      'Content-Disposition': contentDisposition(name),
      'Cache-Control': 'no-store',
    })
  })

  return app
}
