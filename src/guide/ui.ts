/**
 * The app's own labels, named in guide steps by their message keys, so a step says exactly what the
 * page shows in the reader's language and a renamed key fails to compile. `ui.lgu('lgu.points.add')`
 * writes `[[lgu:lgu.points.add]]` into the step; `resolveLabels` turns it into the label at render time.
 */
import { translator, type Locale, type MessageKey } from '../i18n/messages.js'
import { staffTranslator, type StaffMessageKey } from '../i18n/staff-messages.js'
import { apiTokensTranslator, type ApiTokensKey } from '../i18n/staff/api-tokens.js'
import { auditTranslator, type AuditMessageKey } from '../i18n/staff/audit.js'
import { commentsTranslator, type CommentsMessageKey } from '../i18n/staff/comments.js'
import { dlaTranslator, type DlaMessageKey } from '../i18n/staff/dla.js'
import { exportsTranslator, type ExportsMessageKey } from '../i18n/staff/exports.js'
import { jobsTranslator, type JobsMessageKey } from '../i18n/staff/jobs.js'
import { kioskTranslator, type KioskMessageKey } from '../i18n/staff/kiosks.js'
import { lguTranslator, type LguMessageKey } from '../i18n/staff/lgu.js'
import { onboardingTranslator, type OnboardingMessageKey } from '../i18n/staff/onboarding.js'
import { pointUploadTranslator, type PointUploadMessageKey } from '../i18n/staff/point-upload.js'
import { provinceTranslator, type ProvinceMessageKey } from '../i18n/staff/province.js'
import { resultsTranslator, type ResultsMessageKey } from '../i18n/staff/results.js'
import { rollupTranslator, type RollupMessageKey } from '../i18n/staff/rollups.js'
import { transactionsTranslator, type TransactionsMessageKey } from '../i18n/staff/transactions.js'
import { usersTranslator, type UsersMessageKey } from '../i18n/staff/users.js'
import { actionsTranslator, type ActionsMessageKey } from '../i18n/staff/actions.js'
import { alertsTranslator, type AlertsMessageKey } from '../i18n/staff/alerts.js'
import { reportsTranslator, type ReportsMessageKey } from '../i18n/staff/reports.js'
import { reviewTranslator, type ReviewMessageKey } from '../i18n/staff/review.js'

type Lookup = (locale: Locale) => (key: string) => string | undefined

const areas = {
  public: translator as Lookup,
  staff: staffTranslator as Lookup,
  tokens: apiTokensTranslator as Lookup,
  audit: auditTranslator as Lookup,
  comments: commentsTranslator as Lookup,
  dla: dlaTranslator as Lookup,
  exports: exportsTranslator as Lookup,
  jobs: jobsTranslator as Lookup,
  kiosks: kioskTranslator as Lookup,
  lgu: lguTranslator as Lookup,
  onboarding: onboardingTranslator as Lookup,
  points: pointUploadTranslator as Lookup,
  province: provinceTranslator as Lookup,
  results: resultsTranslator as Lookup,
  rollups: rollupTranslator as Lookup,
  transactions: transactionsTranslator as Lookup,
  users: usersTranslator as Lookup,
  actions: actionsTranslator as Lookup,
  alerts: alertsTranslator as Lookup,
  reports: reportsTranslator as Lookup,
  review: reviewTranslator as Lookup,
}
type Area = keyof typeof areas

const ref =
  <K extends string>(area: Area) =>
  (key: K) =>
    `[[${area}:${key}]]`

export const ui = {
  public: ref<MessageKey>('public'),
  staff: ref<StaffMessageKey>('staff'),
  tokens: ref<ApiTokensKey>('tokens'),
  audit: ref<AuditMessageKey>('audit'),
  comments: ref<CommentsMessageKey>('comments'),
  dla: ref<DlaMessageKey>('dla'),
  exports: ref<ExportsMessageKey>('exports'),
  jobs: ref<JobsMessageKey>('jobs'),
  kiosks: ref<KioskMessageKey>('kiosks'),
  lgu: ref<LguMessageKey>('lgu'),
  onboarding: ref<OnboardingMessageKey>('onboarding'),
  points: ref<PointUploadMessageKey>('points'),
  province: ref<ProvinceMessageKey>('province'),
  results: ref<ResultsMessageKey>('results'),
  rollups: ref<RollupMessageKey>('rollups'),
  transactions: ref<TransactionsMessageKey>('transactions'),
  users: ref<UsersMessageKey>('users'),
  actions: ref<ActionsMessageKey>('actions'),
  alerts: ref<AlertsMessageKey>('alerts'),
  reports: ref<ReportsMessageKey>('reports'),
  review: ref<ReviewMessageKey>('review'),
}

const REFERENCE = /\[\[(\w+):([\w.-]+)\]\]/g

/** A piece of a step: plain words, or one of the app's labels (shown as the page shows it). */
export type StepPart = { text: string; label: boolean }

/** The label a reference names, its `{placeholders}` shown as "…"; undefined when there is no such label. */
export function uiLabel(area: string, key: string, locale: Locale): string | undefined {
  const lookup = (areas as Record<string, Lookup | undefined>)[area]
  const text = lookup?.(locale)(key)
  return typeof text === 'string' ? text.replace(/\{\w+\}/g, '…') : undefined
}

/** Splits a step into words and labels. A reference to a missing label throws: the guide tests catch it first. */
export function resolveLabels(step: string, locale: Locale): StepPart[] {
  const parts: StepPart[] = []
  let last = 0
  for (const match of step.matchAll(REFERENCE)) {
    const [whole, area = '', key = ''] = match
    if (match.index > last) parts.push({ text: step.slice(last, match.index), label: false })
    const label = uiLabel(area, key, locale)
    if (label === undefined) throw new Error(`The guide names a label that does not exist: ${whole}`)
    parts.push({ text: label, label: true })
    last = match.index + whole.length
  }
  if (last < step.length) parts.push({ text: step.slice(last), label: false })
  return parts
}

/** Every label reference in a text, for the tests. */
export const labelReferences = (text: string) => [...text.matchAll(REFERENCE)].map(([whole, area, key]) => ({ whole, area, key }))
