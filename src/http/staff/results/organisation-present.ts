/**
 * Turns what the organisation results route read (the organisation, its rounds, the engine's
 * results, names, population, the population form) into the page's plain props.
 * Pure: no database, no request.
 */
import type { OrganisationSummary, RoundOption } from '../../../db/queries/collection.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { allItems, type Definition } from '../../../domain/questionnaire/definition.js'
import { percentOf, yamaneSampleSize } from '../../../domain/scoring/index.js'
import type { Locale } from '../../../i18n/messages.js'
import { resultsTranslator } from '../../../i18n/staff/results.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import type { OrganisationResults } from '../../../domain/results/organisation-results.js'
import type { LevelLabel } from '../../../../views/results/components/stats-table.js'
import type { OrganisationResultsPageProps } from '../../../../views/results/organisation/organisation-results-page.js'
import type { OverallMethod } from '../../../../views/results/organisation/overall-section.js'
import { lguTranslator } from '../../../i18n/staff/lgu.js'
import { roundOptions, roundWindow } from '../lgu/round-choice.js'
import { headlineColumns, pointRows, serviceRows, trendBars, trendRows } from './organisation-present-groups.js'
import type { PointName, ServiceName } from '../../../db/queries/organisation-details.js'
import type { GroupRollup } from '../../../domain/results/rollups.js'
import { presentHeadline } from './organisation-headline.js'
import type { RoundFigureSet } from '../../../results/trends.js'
import { presentRoundsTrend } from '../../results-trends.js'
import { presentAspectComparison } from '../../results-comparison.js'

export type ResultsPageInput = {
  locale: Locale
  now: number
  organisation: OrganisationSummary
  rounds: RoundOption[]
  round: RoundOption | undefined
  /** Undefined when there is no round (or its questionnaire cannot be read). */
  results: OrganisationResults | undefined
  /** The organisation's province and the country pooled in the same round, to set its figures against. */
  comparison?: { province: GroupRollup; country: GroupRollup }
  /** The round's figures by aspect and those of comparable earlier rounds (Thai method only). */
  trend?: { current: RoundFigureSet; earlier: RoundFigureSet[] }
  /** The province's and the country's figures by aspect in the same round. */
  groupFigures?: { province: RoundFigureSet | undefined; country: RoundFigureSet | undefined }
  names: { points: PointName[]; services: ServiceName[] }
  population: number | null
  minimum: number
  includeFlagged: boolean
  csrfToken: string
  /** The population field as typed, and its error message after a failed save. */
  form: { value: string; error?: string }
  done?: 'population' | 'populationCleared'
}

export const resultsHref = (organisationId: number, roundId?: number) =>
  `/staff/organisations/${organisationId}/results${roundId === undefined ? '' : `?round=${roundId}`}`

/** The level words of the scale the scored questions use, 5 → 1 ("มากที่สุด" … "น้อยที่สุด"). */
function levelLabels(definition: Definition, itemId: string | undefined, locale: Locale): LevelLabel[] {
  const item = allItems(definition).find((i) => i.id === itemId)
  const scale = item?.kind === 'rating' ? definition.scales[item.scale] : undefined
  return [5, 4, 3, 2, 1].map((value) => ({
    value,
    label: scale?.levels.find((l) => l.value === value)?.label[locale] ?? String(value),
  }))
}

function overallMethod(results: OrganisationResults, locale: Locale): OverallMethod {
  const { result } = results.whole
  if (result.method === 'arta-csm') return { kind: 'arta-csm', result }
  if (result.method === 'a11-trust') return { kind: 'a11-trust', result }
  const scoring = results.definition.scoring
  const overallId = scoring.method === 'thai-mean' ? scoring.overallItem : undefined
  const firstAspectItem = scoring.method === 'thai-mean' ? scoring.aspects[0]?.items[0] : undefined
  const overallText = allItems(results.definition).find((i) => i.id === overallId)?.text[locale]
  return {
    kind: 'thai-mean',
    levels: levelLabels(results.definition, overallId ?? firstAspectItem, locale),
    overallItem: result.overallItem && overallText ? { label: overallText, stats: result.overallItem } : undefined,
    pooled: result.overall,
    bandsSource: results.options.bands.source[locale],
  }
}

export function presentOrganisationResults(input: ResultsPageInput): OrganisationResultsPageProps {
  const { locale, organisation: org, round, results, minimum } = input
  const t = resultsTranslator(locale)
  const common = staffTranslator(locale)
  const name = organisationDisplayName(org.type, org.nameTh, locale)
  const roundQuery = round ? `?round=${round.id}` : ''
  const respondents = results?.whole.respondents ?? 0
  const method = results?.whole.result.method
  const target = input.population === null ? undefined : yamaneSampleSize(input.population)
  const overall = results && overallMethod(results, locale)

  return {
    locale,
    heading: t('results.heading', { name }),
    back: { href: `/staff/organisations/${org.id}${roundQuery}`, text: t('results.back', { name }) },
    errorSummary: {
      title: common('staff.error.summaryTitle'),
      errors: input.form.error ? [{ href: '#population', text: input.form.error }] : [],
    },
    links: [
      { href: `/staff/organisations/${org.id}/comments${roundQuery}`, text: t('results.links.comments') },
      { href: `/staff/organisations/${org.id}/transactions${roundQuery}`, text: t('results.links.transactions') },
    ],
    final: round && round.finalisedAt !== null,
    roundPicker: round && {
      action: resultsHref(org.id),
      label: lguTranslator(locale)('lgu.round.label'),
      submit: lguTranslator(locale)('lgu.round.show'),
      errorPrefix: common('staff.error.inlinePrefix'),
      options: roundOptions(input.rounds, locale, input.now),
      value: String(round.id),
      note: roundWindow(round, locale),
    },
    headline:
      results &&
      presentHeadline({
        locale,
        results,
        minimum,
        provinceName: locale === 'en' ? org.provinceEn : org.provinceTh,
        comparison: input.comparison,
      }),
    aspectComparison: presentAspectComparison({
      locale,
      organisation: input.trend?.current,
      audience: 'staff',
      province: input.groupFigures?.province,
      country: input.groupFigures?.country,
      provinceName: locale === 'en' ? org.provinceEn : org.provinceTh,
      minimum,
    }),
    roundsTrend: presentRoundsTrend({ locale, trend: input.trend, audience: 'staff', minimum }),
    questionnaire: results && t('results.questionnaire', { title: results.definition.title[locale] }),
    overall: round && {
      respondents,
      flaggedExcluded: input.includeFlagged ? null : (results?.flaggedRespondents ?? 0),
      minimum,
      method: overall,
    },
    aspects:
      results && respondents > 0 && results.whole.result.method === 'thai-mean' && overall?.kind === 'thai-mean'
        ? {
            levels: overall.levels,
            overall: results.whole.result.overall,
            aspects: results.whole.result.aspects.map((a) => ({
              id: a.id,
              label: a.label[locale],
              stats: a.stats,
              items: a.items.map((i) => ({ id: i.id, label: i.text[locale], stats: i.stats })),
            })),
          }
        : undefined,
    groups:
      results && method
        ? {
            minimum,
            columns: headlineColumns(method, locale),
            figureNote: t(`results.groups.figureNote.${method}`),
            points: pointRows(input.names.points, results.byServicePoint, locale),
            services: serviceRows(input.names.points, input.names.services, results.byService, locale),
          }
        : undefined,
    trend:
      results && method
        ? {
            chartTitle: t(`results.trend.chart.${method}`),
            bars: trendBars(results.byMonth, minimum, locale),
            columns: headlineColumns(method, locale),
            rows: trendRows(results.byMonth, locale),
            minimum,
          }
        : undefined,
    sample: {
      population: input.population,
      respondents,
      notice: input.done ? t(`results.done.${input.done}`) : undefined,
      target:
        target === undefined || target === 0
          ? undefined
          : { n: target, percent: respondents === 0 ? null : percentOf(respondents, target), reached: respondents >= target },
      form: {
        action: `/staff/organisations/${org.id}/population`,
        csrfToken: input.csrfToken,
        round: round ? String(round.id) : undefined,
        value: input.form.value,
        error: input.form.error,
        errorPrefix: common('staff.error.inlinePrefix'),
      },
    },
  }
}
