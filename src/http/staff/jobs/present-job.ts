/** A job record in the reader's words: its title, status, progress line and what to do next. */
import type { Job } from '../../../db/queries/jobs.js'
import { jobFailureCode, jobPercent } from '../../../domain/jobs.js'
import { parseScopeKey } from '../../../domain/scope.js'
import { formatCount, formatDateTime } from '../../../i18n/format.js'
import type { Locale, Translate } from '../../../i18n/messages.js'
import type { JobsMessageKey } from '../../../i18n/staff/jobs.js'
import type { StaffMessageKey } from '../../../i18n/staff-messages.js'
import type { JobView } from '../../../../views/staff/jobs/job-progress.js'

export type ProvinceNames = Map<string, { nameTh: string; nameEn: string }>

type T = Translate<JobsMessageKey | StaffMessageKey>

export function jobScopeText(scope: string, provinces: ProvinceNames, locale: Locale, t: T): string {
  const key = parseScopeKey(scope)
  if (key?.kind === 'province') {
    const province = provinces.get(key.provinceCode)
    return t('jobs.scope.province', { name: (locale === 'en' ? province?.nameEn : province?.nameTh) ?? key.provinceCode })
  }
  return t('jobs.scope.national')
}

/** Where to start a job of this kind again, with the same choices. */
export function startAgainHref(job: Job): string {
  // The letters' codes are gone with their batch: new letters are the only way again.
  if (job.kind === 'letters_pdf') return '/staff/onboarding'
  const key = parseScopeKey(job.scope)
  const province = key?.kind === 'province' ? key.provinceCode : 'all'
  if (job.kind === 'annual_report')
    return `/staff/reports/annual?province=${province}&round=${String(job.options?.roundId ?? '')}&edition=${job.options?.edition === 'public' ? 'public' : 'staff'}`
  const size = typeof job.options?.size === 'string' ? job.options.size : 'a4'
  return `/staff/posters/bundle?province=${key?.kind === 'province' ? key.provinceCode : 'all'}&size=${size}`
}

export function presentJob(job: Job, ctx: { locale: Locale; t: T; provinces: ProvinceNames; keepDays: number }): JobView {
  const { locale, t } = ctx
  const letters = job.kind === 'letters_pdf'
  const progressText =
    job.total === null
      ? t(letters ? 'jobs.progress.letters.counting' : 'jobs.progress.counting')
      : t(letters ? 'jobs.progress.letters' : 'jobs.progress', { done: formatCount(job.done), total: formatCount(job.total) })
  const failure = jobFailureCode(job.error)
  const message = {
    queued: () => t('jobs.queued.body'),
    running: () => t('jobs.running.body'),
    done: () =>
      job.resultFile === null
        ? letters
          ? t('jobs.done.lettersExpired')
          : t('jobs.done.expired', { days: ctx.keepDays })
        : job.total === 0
          ? t('jobs.done.empty')
          : t('jobs.done.body', { at: job.finishedAt ? formatDateTime(job.finishedAt, locale) : '' }),
    failed: () => (failure ? t(`jobs.failed.${failure}`) : t('jobs.failed.body', { error: job.error ?? '' })),
    interrupted: () => t('jobs.interrupted.body'),
  }[job.status]()
  const retry = job.status === 'failed' || job.status === 'interrupted' || (job.status === 'done' && job.resultFile === null)
  return {
    id: job.id,
    title: t(`jobs.kind.${job.kind}`, { scope: jobScopeText(job.scope, ctx.provinces, locale, t) }),
    status: job.status,
    statusLabel: t(`jobs.status.${job.status}`),
    startedAt: formatDateTime(job.createdAt, locale),
    progressText,
    percent: job.status === 'done' ? 100 : jobPercent(job.done, job.total),
    message,
    downloadHref: job.status === 'done' && job.resultFile ? `/staff/jobs/${job.id}/file` : undefined,
    downloadLabel: job.kind === 'poster_bundle' ? undefined : t('jobs.done.download.pdf'),
    startAgainHref: retry ? startAgainHref(job) : undefined,
    startAgainLabel: letters ? t('jobs.issueNew') : undefined,
  }
}
