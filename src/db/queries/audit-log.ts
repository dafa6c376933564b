/**
 * Reading the audit log, newest first, for the DLA's audit page. There is
 * deliberately nothing here that writes: entries are added by `recordAudit`
 * and the database refuses updates and deletes.
 *
 * @example
 * const { rows, total } = listAuditEntries(db, { action: 'user_created', from: new Date(...) }, { page: 1, pageSize: 50 })
 */
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../client.js'
import { auditLog, organisations, provinces, users } from '../schema.js'
import { type OrganisationType } from '../../domain/organisation-types.js'
import type { AuditAction } from '../../domain/audit-actions.js'

export type AuditFilter = {
  action?: AuditAction
  /** Part of the actor's username, in any case. */
  actor?: string
  /** From this instant (inclusive) … */
  from?: Date
  /** … to this instant (exclusive). */
  to?: Date
}

export type AuditRow = {
  id: number
  at: Date
  actorUsername: string | null
  action: string
  targetType: string | null
  targetId: string | null
  /** The username of a target account, while the account exists. */
  targetUsername: string | null
  province: { code: string; nameTh: string; nameEn: string } | null
  organisation: { id: number; dlaCode: string; type: OrganisationType; nameTh: string } | null
  detail: unknown
}

const targetUser = alias(users, 'target_user')

const selectEntries = (db: Db) =>
  db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUsername: auditLog.actorUsername,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      detail: auditLog.detail,
      targetUsername: targetUser.username,
      provinceCode: provinces.code,
      provinceNameTh: provinces.nameTh,
      provinceNameEn: provinces.nameEn,
      organisationId: organisations.id,
      orgDlaCode: organisations.dlaCode,
      orgType: organisations.type,
      orgNameTh: organisations.nameTh,
    })
    .from(auditLog)
    .leftJoin(targetUser, and(eq(auditLog.targetType, 'user'), sql`${targetUser.id} = cast(${auditLog.targetId} as integer)`))
    .leftJoin(provinces, eq(provinces.code, auditLog.provinceCode))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`

function filterSql(filter: AuditFilter): SQL | undefined {
  const actor = filter.actor?.trim().toLowerCase()
  return and(
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    actor ? sql`lower(${auditLog.actorUsername}) like ${contains(actor)} escape '\\'` : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  )
}

/** One page of entries, newest first, with the total for paging. */
export function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
): { rows: AuditRow[]; total: number } {
  const where = filterSql(filter)
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0
  const rows = selectEntries(db)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .all()
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorUsername: r.actorUsername,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      targetUsername: r.targetUsername,
      detail: r.detail,
      province: r.provinceCode ? { code: r.provinceCode, nameTh: r.provinceNameTh ?? '', nameEn: r.provinceNameEn ?? '' } : null,
      organisation:
        r.organisationId !== null && r.orgDlaCode && r.orgType && r.orgNameTh
          ? { id: r.organisationId, dlaCode: r.orgDlaCode, type: r.orgType, nameTh: r.orgNameTh }
          : null,
    })),
  }
}
