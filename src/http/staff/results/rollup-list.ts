/**
 * One page of a province's LGUs with results: filtered by district and type, sorted by name,
 * responses or percent in either direction, 50 a page. Pure; the whole province is already in
 * memory (a few hundred LGUs at most), because sorting by percent needs every LGU's figure.
 */
import type { OrganisationSummary } from '../../../domain/results/rollups.js'
import { PAGE_SIZE, type RollupQuery } from './rollup-query.js'

/** Thai dictionary order (a leading vowel sorts by the consonant after it), then the DLA code. */
const thai = new Intl.Collator('th')
const byName = (a: OrganisationSummary, b: OrganisationSummary) =>
  thai.compare(a.nameTh, b.nameTh) || a.dlaCode.localeCompare(b.dlaCode)

/** The figure a row sorts by; rows without one (none, too few) sort after every row with one, both ways. */
function sortValue(o: OrganisationSummary, sort: RollupQuery['sort']): number | null {
  if (sort === 'n') return o.respondents
  return o.headline?.percent ?? null
}

export function sortOrganisations(
  orgs: readonly OrganisationSummary[],
  sort: RollupQuery['sort'],
  dir: RollupQuery['dir'],
): OrganisationSummary[] {
  const sign = dir === 'asc' ? 1 : -1
  return [...orgs].sort((a, b) => {
    if (sort === 'name') return sign * byName(a, b)
    const x = sortValue(a, sort)
    const y = sortValue(b, sort)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

export type LguPage = { rows: OrganisationSummary[]; total: number; page: number }

/** The page asked for; a page past the end (an old link, a narrower filter) gives the last page. */
export function listOrganisations(orgs: readonly OrganisationSummary[], q: RollupQuery): LguPage {
  const matching = orgs.filter((o) => (!q.district || o.districtCode === q.district) && (!q.type || o.type === q.type))
  const lastPage = Math.max(1, Math.ceil(matching.length / PAGE_SIZE))
  const page = Math.min(q.page, lastPage)
  const rows = sortOrganisations(matching, q.sort, q.dir).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
  return { rows, total: matching.length, page }
}
