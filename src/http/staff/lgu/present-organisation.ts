/**
 * Turns what the organisation home read into the view's props: the name
 * people know, the facts line, the round picker and the banner after a change.
 * Pure: no database, no request.
 */
import type { OrganisationSummary, PointCollection, RoundOption } from '../../../db/queries/collection.js'
import { describeOpeningHours } from './opening-hours-present.js'
import { ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Locale } from '../../../i18n/messages.js'
import { lguTranslator } from '../../../i18n/staff/lgu.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import type { OrganisationPageProps } from '../../../../views/staff/lgu/organisation-page.js'
import { roundOptions, roundWindow } from './round-choice.js'

export type OrganisationPageInput = {
  locale: Locale
  now: number
  organisation: OrganisationSummary
  /** Provincial and DLA officers get a link back to the province's list. */
  showProvinceLink: boolean
  rounds: RoundOption[]
  round: RoundOption | undefined
  points: PointCollection[]
  today: string
  includeFlagged: boolean
  /** `?done=…&point=…` after a change. */
  done: { action?: string; pointId?: string }
}

const DONE = ['created', 'updated', 'deactivated', 'reactivated'] as const

export function presentOrganisationPage(input: OrganisationPageInput): Omit<OrganisationPageProps, 'alerts'> {
  const { locale, organisation: org, round, points } = input
  const t = lguTranslator(locale)
  const en = locale === 'en'
  const pointName = (p: Pick<PointCollection, 'nameTh' | 'nameEn'>) => (en && p.nameEn ? p.nameEn : p.nameTh)
  // The banner names a point of this organisation only, from the rows already read.
  const action = DONE.find((d) => d === input.done.action)
  const changed = points.find((p) => String(p.id) === input.done.pointId)
  return {
    t,
    name: organisationDisplayName(org.type, org.nameTh, locale),
    facts: [
      { label: t('lgu.org.code'), value: org.dlaCode },
      {
        label: t('lgu.org.type'),
        value: en ? ORGANISATION_TYPE_LABELS[org.type].en : ORGANISATION_TYPE_LABELS[org.type].registry,
      },
      { label: t('lgu.org.district'), value: en ? org.districtEn : org.districtTh },
      { label: t('lgu.org.province'), value: en ? org.provinceEn : org.provinceTh },
    ],
    back: input.showProvinceLink
      ? {
          href: `/staff/provinces/${org.provinceCode}`,
          text: t('lgu.org.backToProvince', { province: en ? org.provinceEn : org.provinceTh }),
        }
      : undefined,
    notice: action && changed ? t(`lgu.done.${action}`, { name: pointName(changed), code: changed.code }) : undefined,
    roundPicker: round && {
      action: `/staff/organisations/${org.id}`,
      label: t('lgu.round.label'),
      submit: t('lgu.round.show'),
      errorPrefix: staffTranslator(locale)('staff.error.inlinePrefix'),
      options: roundOptions(input.rounds, locale, input.now),
      value: String(round.id),
      note: roundWindow(round, locale),
    },
    addHref: `/staff/organisations/${org.id}/service-points/new`,
    collection: {
      locale,
      rows: points.map(({ openingHours, ...p }) => ({ ...p, name: pointName(p), hours: describeOpeningHours(t, openingHours) })),
      today: input.today,
      flaggedCounted: input.includeFlagged,
    },
  }
}
