/**
 * The audit log: who did what, when. Append-only (database triggers refuse
 * updates and deletes); readers filter it, nobody edits it.
 */
import type { Db } from '../client.js'
import { auditLog } from '../schema.js'
import type { AuditAction } from '../../domain/audit-actions.js'

export type AuditEntry = {
  action: AuditAction
  actor?: { id: number; username: string } | null
  /** For a failed sign-in there is no actor, only the name that was tried. */
  actorUsername?: string
  targetType?: string
  targetId?: string | number
  provinceCode?: string | null
  organisationId?: number | null
  detail?: Record<string, unknown>
}

export function recordAudit(db: Db, entry: AuditEntry, now = new Date()): void {
  db.insert(auditLog)
    .values({
      at: now,
      actorUserId: entry.actor?.id ?? null,
      actorUsername: entry.actor?.username ?? entry.actorUsername ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      provinceCode: entry.provinceCode ?? null,
      organisationId: entry.organisationId ?? null,
      detail: entry.detail ?? null,
    })
    .run()
}
