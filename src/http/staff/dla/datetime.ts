/**
 * `datetime-local` inputs carry Bangkok wall time ("2025-10-01T00:00"). Thailand
 * keeps UTC+7 all year, so the conversion is a fixed offset, both ways.
 */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** The instant a Bangkok wall time names, or undefined when it is not a real date and time. */
export function parseBangkokLocal(value: string): Date | undefined {
  const m = LOCAL.exec(value.trim())
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number]
  const wall = Date.UTC(y, mo - 1, d, h, mi, s)
  // Date.UTC rolls 31 Feb over into March: refuse what does not round-trip.
  const back = new Date(wall)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined
  return new Date(wall - BANGKOK_OFFSET_MS)
}

/** The Bangkok wall time of an instant, for a `datetime-local` value (to the minute). */
export function toBangkokLocal(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime()
  return new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 16)
}
