/**
 * Starting a background job from a form, the same way for every kind: the job row, its
 * `job_started` audit entry, a nudge to the runner, and the officer sent to the job's page.
 */
import { recordAudit } from '../../../db/queries/audit.js'
import { createJob } from '../../../db/queries/jobs.js'
import type { JobKind } from '../../../domain/jobs.js'
import { formatScopeKey, type ScopeKey } from '../../../domain/scope.js'
import { staffOf, type StaffContext } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { seeOther } from '../dla/common.js'

export type JobStart = {
  kind: JobKind
  scope: ScopeKey
  options: Record<string, unknown>
  /** What the audit entry adds to the kind and scope. */
  detail: Record<string, unknown>
}

export function startJob(c: StaffContext, { db, now, jobs }: Pick<StaffAreaDeps, 'db' | 'now' | 'jobs'>, start: JobStart) {
  const { user } = staffOf(c)
  const at = new Date(now())
  const scope = formatScopeKey(start.scope)
  const id = createJob(db, { kind: start.kind, startedBy: user.id, scope, options: start.options }, at)
  recordAudit(
    db,
    {
      action: 'job_started',
      actor: user,
      targetType: 'job',
      targetId: id,
      provinceCode: start.scope.kind === 'province' ? start.scope.provinceCode : null,
      detail: { kind: start.kind, scope, ...start.detail },
    },
    at,
  )
  jobs.wake()
  return seeOther(c, `/staff/jobs/${id}`)
}
