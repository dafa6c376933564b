/**
 * The headline chart of the staff results page: the organisation's percent satisfaction with
 * its margin of error, overall and by aspect, then its province and the country pooled. Below
 * the minimum of responses the organisation's own figures are not drawn (the page's tables
 * still list them for its staff); a group below the minimum has no figure at all.
 * Thai method only: the other methods have no margin of error and are compared by their own tables.
 */
import type { GroupRollup } from '../../../domain/results/rollups.js'
import type { OrganisationResults } from '../../../domain/results/organisation-results.js'
import type { RatingStats } from '../../../domain/scoring/index.js'
import { formatCount } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { resultsTranslator } from '../../../i18n/staff/results.js'
import type { HeadlineSectionProps } from '../../../../views/results/organisation/headline-section.js'
import { groupRow, percentRow } from '../../results-bars.js'

export type HeadlineInput = {
  locale: Locale
  results: OrganisationResults
  minimum: number
  provinceName: string
  comparison: { province: GroupRollup; country: GroupRollup } | undefined
}

export function presentHeadline({
  locale,
  results,
  minimum,
  provinceName,
  comparison,
}: HeadlineInput): HeadlineSectionProps | undefined {
  const { result, respondents } = results.whole
  if (result.method !== 'thai-mean' || respondents === 0) return undefined
  const t = resultsTranslator(locale)
  const withheld = t('results.headline.withheld', { min: formatCount(minimum) })
  const enough = respondents >= minimum
  const row = (key: string, label: string, stats: RatingStats) =>
    stats.kind === 'no-data' || !enough
      ? percentRow(key, label, null, null, enough ? t('results.headline.noData') : withheld)
      : percentRow(key, label, stats.percentSatisfaction, stats.marginOfError, withheld)
  return {
    heading: t('results.headline.title'),
    chart: {
      id: 'headline-chart',
      title: t('results.headline.chart'),
      note: t('results.headline.note'),
      rows: [
        row('overall', t('results.headline.overall'), result.overall),
        ...result.aspects.map((a) => row(`aspect-${a.id}`, a.label[locale], a.stats)),
        groupRow('province', t('results.headline.province', { name: provinceName }), comparison?.province, withheld),
        groupRow('country', t('results.headline.country'), comparison?.country, withheld),
      ],
    },
  }
}
