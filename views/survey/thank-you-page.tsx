import { Layout } from '../layout.js'
import { SurveyHeader, type SurveyHeaderProps } from './survey-header.js'
import type { Locale, Translate } from '../../src/i18n/messages.js'

export type ThankYouPageProps = {
  locale: Locale
  t: Translate
  header: SurveyHeaderProps
  organisationName: string
  count: number | null
  surveyHref: string
  /** The organisation's public results page; left out on a kiosk, which must stay on the survey. */
  resultsHref?: string
  /** Kiosk mode: return to a fresh form after this many seconds (a meta refresh: no script needed). */
  kioskReturnSeconds?: number
}

export function ThankYouPage(p: ThankYouPageProps) {
  return (
    <Layout
      locale={p.locale}
      title={`${p.t('thanks.title')} – ${p.organisationName}`}
      refresh={p.kioskReturnSeconds ? { seconds: p.kioskReturnSeconds, url: p.surveyHref } : undefined}
    >
      <SurveyHeader {...p.header} />
      <div class="panel" role="status">
        <h1 class="heading-l">{p.t('thanks.title')}</h1>
        <p>{p.t('thanks.recorded')}</p>
      </div>
      <p>{p.t('thanks.whatHappens', { organisation: p.organisationName })}</p>
      {p.count !== null && <p>{p.t('thanks.count', { count: p.count.toLocaleString('th-TH') })}</p>}
      {p.kioskReturnSeconds && <p>{p.t('thanks.kioskReturn', { seconds: p.kioskReturnSeconds })}</p>}
      {p.resultsHref && (
        <p>
          <a href={p.resultsHref}>{p.t('thanks.results')}</a>
        </p>
      )}
      <p>
        <a href={p.surveyHref}>{p.kioskReturnSeconds ? p.t('thanks.kioskAgain') : p.t('thanks.again')}</a>
      </p>
    </Layout>
  )
}
