/**
 * The people-served form: which month boxes a round has, what each box's name
 * is, and what a box accepts. Pure: no database, no request.
 *
 * A box is named `count-<pointId>-<YYYY-MM>`. It takes a whole number from 0
 * to 1,000,000, written with or without grouping commas or Thai digits; an
 * empty box means "not known" (and removes a stored number).
 */
import { bangkokMonth } from '../../../domain/thai-time.js'

export const MAX_SERVED = 1_000_000

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

/**
 * The Bangkok months of a round's window that have begun, oldest first: from
 * the month it opens to the month it closes in, or this month if sooner.
 */
export function roundMonths(round: { opensAt: number; closesAt: number }, now: number): string[] {
  if (now < round.opensAt) return []
  const last = bangkokMonth(Math.min(now, round.closesAt - 1))
  const months: string[] = []
  for (let m = bangkokMonth(round.opensAt); m <= last; m = nextMonth(m)) months.push(m)
  return months
}

export const servedField = (pointId: number, month: string) => `count-${pointId}-${month}`

const FIELD = /^count-([1-9]\d{0,14})-((?:2\d{3})-(?:0[1-9]|1[0-2]))$/

/** A box's point and month, or undefined when the name is not one this form makes. */
export function parseServedField(name: string): { pointId: number; month: string } | undefined {
  const m = FIELD.exec(name)
  return m ? { pointId: Number(m[1]), month: m[2]! } : undefined
}

export type ServedError = 'notNumber' | 'notWhole' | 'negative' | 'tooLarge'

const THAI_DIGITS = /[๐-๙]/g

/** What a box says: a count, `null` for "not known", or why it cannot be taken. */
export function readServedCount(raw: string): { ok: true; count: number | null } | { ok: false; error: ServedError } {
  const text = raw.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[\s,]/g, '')
  if (text === '') return { ok: true, count: null }
  if (/^-\d+(\.\d*)?$/.test(text)) return { ok: false, error: 'negative' }
  if (/^(\d+\.\d*|\.\d+)$/.test(text)) return { ok: false, error: 'notWhole' }
  if (!/^\d+$/.test(text)) return { ok: false, error: 'notNumber' }
  const count = Number(text)
  return count > MAX_SERVED ? { ok: false, error: 'tooLarge' } : { ok: true, count }
}

export type ServedBox = { name: string; pointId: number; month: string; raw: string }

/**
 * The boxes of a posted form. `undefined` when a box names something the page
 * never offers (a malformed name, a month that has not begun): the caller
 * answers 404 and writes nothing. Other fields (`_csrf`, `round`) are ignored.
 */
export function readServedBoxes(body: Record<string, string>, thisMonth: string): ServedBox[] | undefined {
  const boxes: ServedBox[] = []
  for (const [name, raw] of Object.entries(body)) {
    if (!name.startsWith('count-')) continue
    const field = parseServedField(name)
    if (!field || field.month > thisMonth) return undefined
    boxes.push({ name, ...field, raw })
  }
  return boxes
}
