/**
 * One organisation's results for a round (staff): round picker, overall result, aspects and
 * questions, per service point and service, month by month, and the sample size. Plain props
 * from `presentOrganisationResults`; each part is its own small component.
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { ErrorSummary, type ErrorLink } from '../../components/error-summary.js'
import { RoundPicker, type RoundPickerProps } from '../../staff/lgu/round-picker.js'
import { ResultsStanding } from '../components/data-notice.js'
import { AspectsSection, type AspectsSectionProps } from './aspects-section.js'
import { HeadlineSection, type HeadlineSectionProps } from './headline-section.js'
import { GroupsSection, type GroupsSectionProps } from './groups-section.js'
import { OverallSection, type OverallSectionProps } from './overall-section.js'
import { SampleSizeSection, type SampleSizeSectionProps } from './sample-size-section.js'
import { TrendSection, type TrendSectionProps } from './trend-section.js'
import { AspectComparison, type AspectComparisonProps } from '../components/aspect-comparison.js'
import { RoundsTrend, type RoundsTrendProps } from '../components/rounds-trend.js'

type Link = { href: string; text: string }

export type OrganisationResultsPageProps = {
  locale: Locale
  heading: string
  back: Link
  errorSummary: { title: string; errors: ErrorLink[] }
  links: Link[]
  /** Absent when the organisation is in no round. */
  roundPicker?: RoundPickerProps
  /** Whether the chosen round's figures are final; absent without a round. */
  final?: boolean
  questionnaire?: string
  /** The figures people look at first, drawn; absent when the method has none to draw. */
  headline?: HeadlineSectionProps
  /** By aspect against the province and the country, right under the headline. */
  aspectComparison?: AspectComparisonProps
  /** The figures beside those of comparable earlier rounds. */
  roundsTrend?: RoundsTrendProps
  overall?: Omit<OverallSectionProps, 'locale'>
  aspects?: Omit<AspectsSectionProps, 'locale'>
  groups?: Omit<GroupsSectionProps, 'locale'>
  trend?: Omit<TrendSectionProps, 'locale'>
  /** With `notice`, the banner after the population was saved: the redirect lands on this section. */
  sample: Omit<SampleSizeSectionProps, 'locale'>
}

export function OrganisationResultsPage(p: OrganisationResultsPageProps) {
  const { locale } = p
  const t = resultsTranslator(locale)
  return (
    <>
      <ErrorSummary title={p.errorSummary.title} errors={p.errorSummary.errors} />
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      <h1 class="heading-l">{p.heading}</h1>
      {/* The headline comes before the round picker: on a phone it is then on the first screen. */}
      {p.final !== undefined && <ResultsStanding locale={locale} final={p.final} />}
      {/* Side by side on a wide screen, so both are on the first screen there too. */}
      <div class="results-lead">
        {p.headline && <HeadlineSection {...p.headline} />}
        {p.aspectComparison && <AspectComparison {...p.aspectComparison} />}
      </div>
      {p.roundPicker ? <RoundPicker {...p.roundPicker} /> : <p class="notice">{t('results.noRound')}</p>}
      {p.questionnaire && <p class="hint">{p.questionnaire}</p>}
      <nav aria-label={t('results.links.label')} class="actions">
        {p.links.map((l) => (
          <a href={l.href}>{l.text}</a>
        ))}
      </nav>
      {p.roundsTrend && <RoundsTrend {...p.roundsTrend} />}
      {p.overall && <OverallSection locale={locale} {...p.overall} />}
      {p.aspects && <AspectsSection locale={locale} {...p.aspects} />}
      {p.groups && <GroupsSection locale={locale} {...p.groups} />}
      {p.trend && <TrendSection locale={locale} {...p.trend} />}
      <SampleSizeSection locale={locale} {...p.sample} />
    </>
  )
}
