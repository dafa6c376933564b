/**
 * Turns what the province page read into the view's props: words in the
 * page's language, Thai number formats, and paging links that keep the filters.
 * Pure: no database, no request.
 */
import type { LguRow, ProvinceSummary, RoundOption } from '../../../db/queries/collection.js'
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Locale } from '../../../i18n/messages.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { formatCount } from '../../../i18n/format.js'
import type { ProvincePageProps } from '../../../../views/staff/province/province-page.js'
import { roundOptions } from '../lgu/round-choice.js'
import { listHref, PAGE_SIZE, type ListQuery } from './list-query.js'

export type ProvincePageInput = {
  locale: Locale
  now: number
  province: { code: string; nameTh: string; nameEn: string }
  /** DLA gets a link back to the national overview. */
  national: boolean
  query: ListQuery
  rounds: RoundOption[]
  round: RoundOption | undefined
  includeFlagged: boolean
  districts: { code: string; nameTh: string; nameEn: string }[]
  summary: ProvinceSummary | undefined
  list: { total: number; rows: LguRow[] }
}

export function presentProvincePage(input: ProvincePageInput): Omit<ProvincePageProps, 'alerts'> {
  const { locale, query, list, round } = input
  const en = locale === 'en'
  const t = provinceTranslator(locale)
  const common = staffTranslator(locale)
  const path = `/staff/provinces/${input.province.code}`
  const all = { value: '', label: common('staff.filter.all') }
  const count = (key: 'lgus' | 'withPoints' | 'withResponses' | 'responses') => formatCount(input.summary?.[key] ?? 0)
  return {
    t,
    locale,
    title: t('province.title', { province: en ? input.province.nameEn : input.province.nameTh }),
    back: input.national ? { href: '/staff/national', text: t('province.backToNational') } : undefined,
    action: path,
    filters: {
      q: query.q,
      district: {
        value: query.district,
        options: [all, ...input.districts.map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameTh }))],
      },
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
      sort: {
        value: query.sort,
        options: (['name', 'responses'] as const).map((s) => ({ value: s, label: t(`province.sort.${s}`) })),
      },
      round: round && { value: String(round.id), options: roundOptions(input.rounds, locale, input.now) },
    },
    labels: { apply: common('staff.filter.apply'), errorPrefix: common('staff.error.inlinePrefix') },
    summary: t('province.summary', {
      lgus: count('lgus'),
      withPoints: count('withPoints'),
      withResponses: count('withResponses'),
      responses: count('responses'),
    }),
    note: round ? t(input.includeFlagged ? 'province.flaggedIncludedNote' : 'province.flaggedNote') : t('province.noRound'),
    rows: list.rows.map((r) => ({
      ...r,
      href: `/staff/organisations/${r.id}`,
      name: organisationDisplayName(r.type, r.nameTh, locale),
      district: en ? r.districtEn : r.districtTh,
    })),
    pagination: {
      hrefFor: (page) => listHref(path, query, page),
      page: query.page,
      pageSize: PAGE_SIZE,
      total: list.total,
      t: common,
    },
  }
}
