/** The decision form of the review queue, and the query of its pages. */
import { z } from 'zod'
import { FLAG_DECISIONS, MAX_DECISION_REASON } from '../../../domain/flag-review.js'

const id = z.string().regex(/^[1-9]\d{0,14}$/)

/** Zod messages are message keys of the review translator. */
export const decisionSchema = z.object({
  round: id.transform(Number),
  decision: z.enum(FLAG_DECISIONS, { message: 'review.error.decision' }),
  reason: z
    .string({ message: 'review.error.reason' })
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'review.error.reason').max(MAX_DECISION_REASON, 'review.error.reasonLong')),
  /** One answer of the group; the whole group when absent. */
  response: z.union([z.literal(''), id]).optional(),
})

export const REVIEW_PAGE_SIZE = 25

/** `?page=` as a page number, 1 for anything else. */
export function pageParam(text: string | undefined): number {
  return text && /^[1-9]\d{0,5}$/.test(text) ? Number(text) : 1
}
