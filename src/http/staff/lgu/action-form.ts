/**
 * The "You said, we did" form: what it accepts and how an action is shown in it. Zod messages
 * are `field.problem` keys of the `actions.error.*` messages. Free text is stored with personal
 * data masked, so a comment pasted in by mistake never reaches a public page.
 */
import { z } from 'zod'
import type { ActionInput, ActionRecord } from '../../../db/queries/service-actions.js'
import { withoutHiddenFormatting } from '../../../domain/hidden-formatting.js'
import { maskPersonalData } from '../../../domain/mask-personal-data.js'
import { ACTION_LIMITS, ACTION_STATUSES, actionDateProblem } from '../../../domain/service-actions.js'

export type ActionFormValues = {
  points: string[]
  topic: string
  residentsSaid: string
  changed: string
  status: string
  plannedOn: string
  startedOn: string
  doneOn: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const realDay = (v: string) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)

const day = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || realDay(v), 'date.invalid')
  .transform((v) => v || null)

const text = (field: string, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => maskPersonalData(withoutHiddenFormatting(v ?? '')).trim())
    .refine((v) => v.length <= max, `${field}.tooLong`)

/** The fields, checked against the organisation's own topics and today's Bangkok date. */
export function actionSchema(topics: Set<string>, today: string) {
  return z
    .object({
      points: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .transform((v) => [...new Set([v ?? []].flat().filter((id) => /^[1-9]\d{0,14}$/.test(id)))].map(Number))
        .refine((ids) => ids.length > 0, 'points.required')
        .refine((ids) => ids.length <= ACTION_LIMITS.points, 'points.tooMany'),
      topic: z
        .string()
        .optional()
        .transform((v) => v || null)
        .refine((v) => v === null || topics.has(v), 'topic.invalid'),
      residentsSaid: text('said', ACTION_LIMITS.said),
      changed: text('changed', ACTION_LIMITS.changed).refine((v) => v.length > 0, 'changed.required'),
      status: z.enum(ACTION_STATUSES, 'status.invalid'),
      plannedOn: day,
      startedOn: day,
      doneOn: day,
    })
    .superRefine((v, ctx) => {
      if (!v.topic && !v.residentsSaid) ctx.addIssue({ code: 'custom', path: ['residentsSaid'], message: 'said.required' })
      const problem = actionDateProblem(v.status, v, today)
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: `${problem.field}.${problem.key}` })
    })
}

export type ActionFields = Omit<ActionInput, 'roundId'>

/** The form's fields, filled from a stored action. */
export function formValuesOf(action: ActionRecord): ActionFormValues {
  return {
    points: action.servicePointIds.map(String),
    topic: action.topic ?? '',
    residentsSaid: action.residentsSaid,
    changed: action.changed,
    status: action.status,
    plannedOn: action.plannedOn ?? '',
    startedOn: action.startedOn ?? '',
    doneOn: action.doneOn ?? '',
  }
}

/** What the person typed, to show again beside the errors. */
export function formValuesFrom(body: Record<string, unknown>): ActionFormValues {
  const one = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '')
  return {
    points: [body.points ?? []].flat().filter((v): v is string => typeof v === 'string'),
    topic: one('topic'),
    residentsSaid: one('residentsSaid'),
    changed: one('changed'),
    status: one('status'),
    plannedOn: one('plannedOn'),
    startedOn: one('startedOn'),
    doneOn: one('doneOn'),
  }
}
