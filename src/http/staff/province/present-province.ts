/**
 * Turns what the LGU list read into the view's props: words in the page's
 * language, Thai number formats, and links that keep the filters.
 * Pure: no database, no request.
 */
import type { ProvinceSummary, RoundOption } from '../../../db/queries/collection.js'
import { LGU_SORTS, type LguRow } from '../../../db/queries/lgu-list.js'
import { FOLLOW_UP_STATUSES } from '../../../domain/follow-up.js'
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Locale } from '../../../i18n/messages.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { formatCount } from '../../../i18n/format.js'
import type { LguListingProps } from '../../../../views/staff/province/lgu-listing.js'
import { roundOptions } from '../lgu/round-choice.js'
import { listHref, listSearch, PAGE_SIZE, type ListQuery, type ListQueryProblem } from './list-query.js'

type Place = { code: string; nameTh: string; nameEn: string }

export type LguListingInput = {
  locale: Locale
  now: number
  /** The page's path; the CSV is at the same path with `.csv` (national) or `/follow-up.csv` (province). */
  path: string
  csvPath: string
  query: ListQuery
  problems: ListQueryProblem[]
  rounds: RoundOption[]
  round: RoundOption | undefined
  includeFlagged: boolean
  minResponses: number
  /** The national list's province filter. */
  provinces?: Place[]
  /** A province's districts, when one province is shown. */
  districts?: Place[]
  summary: ProvinceSummary | undefined
  list: { total: number; rows: LguRow[] }
}

export function presentLguListing(input: LguListingInput): LguListingProps {
  const { locale, query, list, round } = input
  const en = locale === 'en'
  const t = provinceTranslator(locale)
  const common = staffTranslator(locale)
  const all = { value: '', label: common('staff.filter.all') }
  const places = (rows: Place[]) => [all, ...rows.map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameTh }))]
  const problem = (name: ListQueryProblem) => (input.problems.includes(name) ? t(`province.error.${name}`) : undefined)
  const count = (key: 'lgus' | 'withPoints' | 'withResponses' | 'responses') => formatCount(input.summary?.[key] ?? 0)
  const search = listSearch({ ...query, page: 1 }, 1)
  return {
    t,
    locale,
    action: input.path,
    filters: {
      q: query.q,
      province: input.provinces && { value: query.province, options: places(input.provinces), error: problem('province') },
      district: input.districts && { value: query.district, options: places(input.districts) },
      type: {
        value: query.type,
        options: [
          all,
          ...ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: en ? ORGANISATION_TYPE_LABELS[type].en : ORGANISATION_TYPE_LABELS[type].registry,
          })),
        ],
      },
      status: {
        value: query.status,
        options: [all, ...FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`province.status.${s}`) }))],
        error: problem('status'),
      },
      sort: { value: query.sort, options: LGU_SORTS.map((s) => ({ value: s, label: t(`province.sort.${s}`) })) },
      round: round && { value: String(round.id), options: roundOptions(input.rounds, locale, input.now) },
    },
    labels: { apply: common('staff.filter.apply'), errorPrefix: common('staff.error.inlinePrefix') },
    invalid: input.problems.length > 0,
    summary: input.summary
      ? t('province.summary', {
          lgus: count('lgus'),
          withPoints: count('withPoints'),
          withResponses: count('withResponses'),
          responses: count('responses'),
        })
      : '',
    notes: [
      round ? t(input.includeFlagged ? 'province.flaggedIncludedNote' : 'province.flaggedNote') : t('province.noRound'),
      t('province.sampleNote', { min: formatCount(input.minResponses) }),
    ],
    download: { href: search ? `${input.csvPath}?${search}` : input.csvPath, text: t('province.download') },
    showProvince: input.provinces !== undefined,
    rows: list.rows.map((r) => ({
      ...r,
      href: `/staff/organisations/${r.id}`,
      name: organisationDisplayName(r.type, r.nameTh, locale),
      province: en ? r.provinceEn : r.provinceTh,
      district: en ? r.districtEn : r.districtTh,
    })),
    pagination: {
      hrefFor: (page) => listHref(input.path, query, page),
      page: query.page,
      pageSize: PAGE_SIZE,
      total: list.total,
      t: common,
    },
  }
}
