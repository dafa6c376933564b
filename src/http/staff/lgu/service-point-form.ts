/**
 * The service point form: what it accepts and how a point is shown in it.
 * Zod messages are keys of the `lgu.error.*` messages, so the summary and the
 * inline errors say the same thing.
 */
import { z } from 'zod'
import type { ServiceLine, ServicePointInput, ServicePointRecord } from '../../../db/queries/service-points.js'
import { isShowableName, showableName } from '../../../domain/names.js'
import {
  OFFICE_HOURS,
  openingHoursFromTyped,
  PERIODS_PER_DAY,
  WEEKDAYS,
  type OpeningHours,
  type TypedPeriod,
  type Weekday,
} from '../../../domain/opening-hours.js'
import { SERVICE_POINT_LIMITS } from '../../../domain/service-point-batch.js'

export const MAX_NAME = SERVICE_POINT_LIMITS.name
export const MAX_SERVICES = SERVICE_POINT_LIMITS.services
/** Generous for 30 lines of Thai and English names. */
export const MAX_SERVICES_TEXT = MAX_SERVICES * (2 * MAX_NAME + 5)

export type ServicePointFormValues = {
  nameTh: string
  nameEn: string
  department: string
  services: string
  /** The "office hours" shortcut ticked. */
  officeHours: boolean
  /** Each period's times as typed, by field name (`periodField`). */
  periods: Record<string, string>
}

/** The field of one time of one period: `mon1From`, `mon2To`. */
export const periodField = (day: Weekday, period: number, side: 'from' | 'to') =>
  `${day}${period + 1}${side === 'from' ? 'From' : 'To'}`

const PERIOD_FIELDS = WEEKDAYS.flatMap((day) =>
  Array.from({ length: PERIODS_PER_DAY }, (_, period) => [periodField(day, period, 'from'), periodField(day, period, 'to')]),
).flat()

/** Longer than any time of day: a paste of something else, told apart from a mistyped time. */
const MAX_TIME_TEXT = 10

const optionalText = (key: string, invisibleKey: string) =>
  z
    .string(key)
    .trim()
    .max(MAX_NAME, key)
    .superRefine(showableName(invisibleKey))
    .optional()
    .transform((v) => (v ? v : null))

/** "ชื่อไทย | English name" per line; blank lines are ignored. */
function parseServiceLines(text: string, ctx: z.RefinementCtx): ServiceLine[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message })
    return []
  }
  if (lines.length > MAX_SERVICES) return fail('services.tooMany')
  const parsed = lines.map((line) => {
    const bar = line.indexOf('|')
    const nameTh = (bar < 0 ? line : line.slice(0, bar)).trim()
    const nameEn = bar < 0 ? '' : line.slice(bar + 1).trim()
    return { nameTh, nameEn: nameEn || null }
  })
  if (parsed.some((s) => !s.nameTh)) return fail('services.missingThai')
  if (parsed.some((s) => s.nameTh.length > MAX_NAME || (s.nameEn?.length ?? 0) > MAX_NAME)) return fail('services.tooLong')
  if (parsed.some((s) => !isShowableName(s.nameTh) || (s.nameEn !== null && !isShowableName(s.nameEn))))
    return fail('services.invisible')
  if (new Set(parsed.map((s) => s.nameTh)).size !== parsed.length) return fail('services.duplicate')
  return parsed
}

const baseSchema = z.object({
  nameTh: z
    .string('nameTh.required')
    .trim()
    .min(1, 'nameTh.required')
    .max(MAX_NAME, 'nameTh.tooLong')
    .superRefine(showableName('nameTh.invisible')),
  nameEn: optionalText('nameEn.tooLong', 'nameEn.invisible'),
  department: optionalText('department.tooLong', 'department.invisible'),
  services: z
    .string('services.tooLong')
    .max(MAX_SERVICES_TEXT, 'services.tooLong')
    .optional()
    .transform((text, ctx) => parseServiceLines(text ?? '', ctx)),
  officeHours: z.string().optional(),
  ...Object.fromEntries(PERIOD_FIELDS.map((f) => [f, z.string().max(MAX_TIME_TEXT, 'hours.time').optional()])),
})

/**
 * The typed week, or the shortcut: stored hours, null for none, or undefined when the form
 * sent no hours at all (a client that knows nothing of them changes nothing).
 */
function openingHoursOf(fields: Record<string, string | undefined>, ctx: z.RefinementCtx): OpeningHours | null | undefined {
  if (fields.officeHours !== undefined) return OFFICE_HOURS
  if (PERIOD_FIELDS.every((f) => fields[f] === undefined)) return undefined
  const typed = Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      Array.from({ length: PERIODS_PER_DAY }, (_, period) => ({
        from: fields[periodField(day, period, 'from')] ?? '',
        to: fields[periodField(day, period, 'to')] ?? '',
      })),
    ]),
  ) as Record<Weekday, TypedPeriod[]>
  const result = openingHoursFromTyped(typed)
  if (result.ok) return result.hours
  for (const p of result.problems)
    ctx.addIssue({ code: 'custom', message: `hours.${p.code}`, path: [periodField(p.day, p.period, p.field)] })
  return null
}

export const servicePointSchema = baseSchema.transform((fields, ctx) => ({
  nameTh: fields.nameTh,
  nameEn: fields.nameEn,
  department: fields.department,
  services: fields.services,
  openingHours: openingHoursOf(fields as unknown as Record<string, string | undefined>, ctx),
})) satisfies z.ZodType<ServicePointInput, unknown>

/** The form's fields, filled from a stored point: its active services, one per line. */
export function formValuesOf(point: ServicePointRecord): ServicePointFormValues {
  return {
    nameTh: point.nameTh,
    nameEn: point.nameEn ?? '',
    department: point.department ?? '',
    services: point.services
      .filter((s) => s.active)
      .map((s) => (s.nameEn ? `${s.nameTh} | ${s.nameEn}` : s.nameTh))
      .join('\n'),
    officeHours: false,
    periods: Object.fromEntries(
      WEEKDAYS.flatMap((day) =>
        (point.openingHours?.[day] ?? []).flatMap(([from, to], period) => [
          [periodField(day, period, 'from'), from],
          [periodField(day, period, 'to'), to],
        ]),
      ),
    ),
  }
}

/** What the person typed, to show again beside the errors. */
export function formValuesFrom(raw: Record<string, string>): ServicePointFormValues {
  return {
    nameTh: raw.nameTh ?? '',
    nameEn: raw.nameEn ?? '',
    department: raw.department ?? '',
    services: raw.services ?? '',
    officeHours: raw.officeHours !== undefined,
    periods: Object.fromEntries(PERIOD_FIELDS.filter((f) => raw[f]).map((f) => [f, raw[f]!])),
  }
}
