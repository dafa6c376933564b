/**
 * The LGU list's query string: filters, sort, page and round. The older fields fall
 * back to their defaults rather than failing, as a bookmark may be old; the
 * follow-up filter and the province are checked, since a list that silently
 * dropped them would send officers phoning the wrong organisations.
 */
import { z } from 'zod'
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../domain/follow-up.js'
import { LGU_SORTS, type LguSort } from '../../../db/queries/lgu-list.js'
import { ORGANISATION_TYPES, type OrganisationType } from '../../../domain/organisation-types.js'

export const PAGE_SIZE = 50

export type ListQuery = {
  q: string
  district: string
  type: OrganisationType | ''
  status: FollowUpStatus | ''
  /** Only on the national list. */
  province: string
  sort: LguSort
  page: number
  round: string
}

export type ListQueryProblem = 'status' | 'province'

const forgivingSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  district: z
    .string()
    .regex(/^\d{4}$/)
    .catch(''),
  type: z.union([z.enum(ORGANISATION_TYPES), z.literal('')]).catch(''),
  sort: z.enum(LGU_SORTS).catch('name'),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  round: z
    .string()
    .regex(/^\d{1,15}$/)
    .catch(''),
})

const strictFields = {
  status: z.union([z.enum(FOLLOW_UP_STATUSES), z.literal('')]).default(''),
  province: z.union([z.string().regex(/^\d{2}$/), z.literal('')]).default(''),
}

/** The list's settings, and which checked fields were wrong (each then left unset). */
export function readListQuery(query: Record<string, string>): { query: ListQuery; problems: ListQueryProblem[] } {
  const problems: ListQueryProblem[] = []
  const strict = (name: ListQueryProblem) => {
    const parsed = strictFields[name].safeParse(query[name])
    if (parsed.success) return parsed.data
    problems.push(name)
    return ''
  }
  const status = strict('status') as ListQuery['status']
  const province = strict('province')
  return { query: { ...forgivingSchema.parse(query), status, province }, problems }
}

/** The query string of the same list: only the fields that differ from their defaults. */
export function listSearch(query: ListQuery, page: number): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.province) params.set('province', query.province)
  if (query.district) params.set('district', query.district)
  if (query.type) params.set('type', query.type)
  if (query.status) params.set('status', query.status)
  if (query.sort !== 'name') params.set('sort', query.sort)
  if (query.round) params.set('round', query.round)
  if (page > 1) params.set('page', String(page))
  return params.toString()
}

/** The link to another page of the same list. */
export function listHref(path: string, query: ListQuery, page: number): string {
  const search = listSearch(query, page)
  return search ? `${path}?${search}` : path
}
