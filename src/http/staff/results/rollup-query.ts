/**
 * The province results page's query string: round, filters, sort and page. Anything odd falls
 * back to its default rather than failing, as a bookmark may be old.
 *
 * @example
 * readRollupQuery({ sort: 'percent' })  // { sort: 'percent', dir: 'desc', page: 1, … }
 * rollupHref('/staff/provinces/81/results', query, { page: 2 })
 */
import { z } from 'zod'
import { ORGANISATION_TYPES, type OrganisationType } from '../../../domain/organisation-types.js'

export const PAGE_SIZE = 50
export const SORTS = ['name', 'n', 'percent'] as const
export type RollupSort = (typeof SORTS)[number]
export type SortDir = 'asc' | 'desc'

export type RollupQuery = {
  round: string
  district: string
  type: OrganisationType | ''
  sort: RollupSort
  dir: SortDir
  page: number
}

/** Names read A→Z; figures are most often wanted largest first. */
export const defaultDir = (sort: RollupSort): SortDir => (sort === 'name' ? 'asc' : 'desc')

const schema = z.object({
  round: z
    .string()
    .regex(/^\d{1,15}$/)
    .catch(''),
  district: z
    .string()
    .regex(/^\d{4}$/)
    .catch(''),
  type: z.union([z.enum(ORGANISATION_TYPES), z.literal('')]).catch(''),
  sort: z.enum(SORTS).catch('name'),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
})

export function readRollupQuery(query: Record<string, string>): RollupQuery {
  const q = schema.parse(query)
  return { ...q, dir: q.dir ?? defaultDir(q.sort) }
}

/** A link to the same page with some fields changed: only the fields that differ from their defaults. */
export function rollupHref(path: string, query: RollupQuery, change: Partial<RollupQuery> = {}): string {
  const q = { ...query, ...change }
  const params = new URLSearchParams()
  if (q.round) params.set('round', q.round)
  if (q.district) params.set('district', q.district)
  if (q.type) params.set('type', q.type)
  if (q.sort !== 'name') params.set('sort', q.sort)
  if (q.dir !== defaultDir(q.sort)) params.set('dir', q.dir)
  if (q.page > 1) params.set('page', String(q.page))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
