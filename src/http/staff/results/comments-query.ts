/**
 * The comments page's query string: words, service point, page and round.
 * Anything odd falls back to its default rather than failing, as a bookmark
 * may be old.
 */
import { z } from 'zod'

export const COMMENTS_PAGE_SIZE = 20

export type CommentsQuery = { q: string; point: string; page: number; round: string }

const commentsQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  point: z
    .string()
    .regex(/^[1-9]\d{0,14}$/)
    .catch(''),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  round: z
    .string()
    .regex(/^\d{1,15}$/)
    .catch(''),
})

export function readCommentsQuery(query: Record<string, string>): CommentsQuery {
  return commentsQuerySchema.parse(query)
}

/** The link to a page of the same list: only the fields that differ from their defaults. */
export function commentsHref(path: string, query: CommentsQuery, page: number): string {
  const params = new URLSearchParams()
  if (query.round) params.set('round', query.round)
  if (query.q) params.set('q', query.q)
  if (query.point) params.set('point', query.point)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
