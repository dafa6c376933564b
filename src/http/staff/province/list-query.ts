/**
 * The province list's query string: filters, sort, page and round. Anything
 * odd falls back to its default rather than failing, as a bookmark may be old.
 */
import { z } from 'zod'
import type { LguSort } from '../../../db/queries/collection.js'
import { ORGANISATION_TYPES, type OrganisationType } from '../../../domain/organisation-types.js'

export const PAGE_SIZE = 50

export type ListQuery = { q: string; district: string; type: OrganisationType | ''; sort: LguSort; page: number; round: string }

const listQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  district: z
    .string()
    .regex(/^\d{4}$/)
    .catch(''),
  type: z.union([z.enum(ORGANISATION_TYPES), z.literal('')]).catch(''),
  sort: z.enum(['name', 'responses']).catch('name'),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  round: z
    .string()
    .regex(/^\d{1,15}$/)
    .catch(''),
})

export function readListQuery(query: Record<string, string>): ListQuery {
  return listQuerySchema.parse(query)
}

/** The link to another page of the same list: only the fields that differ from their defaults. */
export function listHref(path: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.district) params.set('district', query.district)
  if (query.type) params.set('type', query.type)
  if (query.sort !== 'name') params.set('sort', query.sort)
  if (query.round) params.set('round', query.round)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
