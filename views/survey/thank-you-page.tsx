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
}

export function ThankYouPage(p: ThankYouPageProps) {
  return (
    <Layout locale={p.locale} title={`${p.t('thanks.title')} – ${p.organisationName}`}>
      <SurveyHeader {...p.header} />
      <div class="panel" role="status">
        <h1 class="heading-l">{p.t('thanks.title')}</h1>
        <p>{p.t('thanks.recorded')}</p>
      </div>
      <p>{p.t('thanks.whatHappens', { organisation: p.organisationName })}</p>
      {p.count !== null && <p>{p.t('thanks.count', { count: p.count.toLocaleString('th-TH') })}</p>}
      <p>
        <a href={p.surveyHref}>{p.t('thanks.again')}</a>
      </p>
    </Layout>
  )
}
