/**
 * What the province page and DLA's national LGU list share: reading the query
 * string into the list's filter and round, and answering the follow-up CSV.
 */
import { Readable } from 'node:stream'
import { allRounds, roundsFor, type RoundOption } from '../../../db/queries/collection.js'
import { allLgus, listLgus, type LguListQuery } from '../../../db/queries/lgu-list.js'
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, type OrganisationType } from '../../../domain/organisation-types.js'
import { CSV_CONTENT_TYPE } from '../../../exports/csv.js'
import { followUpCsvStream } from '../../../exports/follow-up-csv.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffOf, type StaffContext } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { chooseRound } from '../lgu/round-choice.js'
import { ListProblemPage } from '../../../../views/staff/province/list-problem-page.js'
import { PAGE_SIZE, readListQuery, type ListQuery, type ListQueryProblem } from './list-query.js'

/** What people type when they search by type: the full Thai type name ("องค์การบริหารส่วนตำบล…"). */
const TYPE_WORDS = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, ORGANISATION_TYPE_LABELS[type].th])) as Record<
  OrganisationType,
  string
>

export type LguListing = {
  query: ListQuery
  problems: ListQueryProblem[]
  rounds: RoundOption[]
  round: RoundOption | undefined
  includeFlagged: boolean
  list: LguListQuery
}

/** One province's list, or (no `provinceCode`) the national one, whose province is a filter. */
export function readLguListing(deps: StaffAreaDeps, c: StaffContext, provinceCode?: string): LguListing {
  const { query, problems } = readListQuery(c.req.query())
  const rounds = provinceCode ? roundsFor(deps.db, { provinceCode }) : allRounds(deps.db)
  const round = chooseRound(rounds, query.round, deps.now())
  const includeFlagged = !deps.config.EXCLUDE_FLAGGED
  const list: LguListQuery = {
    filter: {
      provinceCode: provinceCode ?? (query.province || undefined),
      districtCode: query.district || undefined,
      type: query.type || undefined,
      q: query.q || undefined,
      status: query.status || undefined,
      sort: query.sort,
    },
    roundId: round?.id ?? null,
    includeFlagged,
    minResponses: deps.config.RESULTS_MIN_RESPONSES,
    typeWords: TYPE_WORDS,
  }
  return { query, problems, rounds, round, includeFlagged, list }
}

/** A page of the list; a page past the end (an old link, a narrower filter) shows the last page. */
export function readPage(deps: StaffAreaDeps, c: StaffContext, listing: LguListing) {
  const { scope } = staffOf(c)
  if (listing.problems.length > 0) return { total: 0, rows: [] }
  const read = (page: number) => listLgus(deps.db, scope, { ...listing.list, page, pageSize: PAGE_SIZE })
  const list = read(listing.query.page)
  const lastPage = Math.max(1, Math.ceil(list.total / PAGE_SIZE))
  return listing.query.page > lastPage ? read((listing.query.page = lastPage)) : list
}

/** The whole filtered list as CSV, or, when the query string is wrong, a page saying what. */
export function followUpCsv(deps: StaffAreaDeps, c: StaffContext, listing: LguListing, fileScope: string) {
  const locale = staffLocale(c)
  if (listing.problems.length > 0) {
    const t = provinceTranslator(locale)
    return renderStaffPage(
      c,
      t('province.download'),
      <ListProblemPage
        title={t('province.download')}
        messages={listing.problems.map((p) => t(`province.error.${p}`))}
        back={{ href: new URL(c.req.url).pathname.replace(/(\/follow-up)?\.csv$/, ''), text: t('province.backToList') }}
      />,
      400,
    )
  }
  const rows = allLgus(deps.db, staffOf(c).scope, listing.list)
  const status = listing.query.status ? `-${listing.query.status}` : ''
  return c.body(Readable.toWeb(followUpCsvStream(rows, locale)) as ReadableStream, 200, {
    'Content-Type': CSV_CONTENT_TYPE,
    'Content-Disposition': `attachment; filename="follow-up-${fileScope}${status}${listing.round ? `-round-${listing.round.id}` : ''}.csv"`,
    'Cache-Control': 'no-store',
  })
}
