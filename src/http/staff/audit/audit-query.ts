/**
 * The audit page's address as a filter: action, part of the actor's username,
 * and a range of Asia/Bangkok days. Odd values are ignored, except a date that
 * cannot be read, which the page reports next to its field.
 */
import { z } from 'zod'
import { AUDIT_ACTIONS } from '../../../domain/audit-actions.js'
import type { AuditFilter } from '../../../db/queries/audit-log.js'
import { fromBangkokWallClock } from '../../../domain/thai-time.js'

const DAY_MS = 24 * 3600_000

const query = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  from: z.string().trim().max(20).optional().catch(undefined),
  to: z.string().trim().max(20).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
})

/**
 * The first instant of a Bangkok day given as `YYYY-MM-DD`. A year past 2400 is
 * taken as Buddhist Era, as people type it when the browser shows a text box.
 */
export function bangkokDayStart(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return undefined
  const year = Number(m[1]) > 2400 ? Number(m[1]) - 543 : Number(m[1])
  const ms = fromBangkokWallClock({ year, month: Number(m[2]), day: Number(m[3]) })
  return ms === undefined ? undefined : new Date(ms)
}

export type AuditQuery = {
  filter: AuditFilter
  page: number
  /** What the form shows again. */
  values: { action: string; actor: string; from: string; to: string }
  /** Field → problem key (`date`, `range`). */
  errors: Record<string, string>
}

export function parseAuditQuery(raw: Record<string, string>): AuditQuery {
  const q = query.parse(raw)
  const errors: Record<string, string> = {}
  const from = q.from ? bangkokDayStart(q.from) : undefined
  const toStart = q.to ? bangkokDayStart(q.to) : undefined
  if (q.from && !from) errors.from = 'date'
  if (q.to && !toStart) errors.to = 'date'
  const to = toStart && new Date(toStart.getTime() + DAY_MS)
  if (from && to && from >= to) errors.to = 'range'
  return {
    filter: {
      action: q.action,
      actor: q.actor || undefined,
      from: errors.from ? undefined : from,
      to: errors.to ? undefined : to,
    },
    page: q.page,
    values: { action: q.action ?? '', actor: q.actor ?? '', from: q.from ?? '', to: q.to ?? '' },
    errors,
  }
}

/** The address of another page of the same filter. */
export function auditHref(values: AuditQuery['values'], page: number): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `/staff/audit?${search}` : '/staff/audit'
}
