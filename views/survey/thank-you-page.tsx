import { Layout } from '../layout.js'
import { KioskReturn, type KioskReturnProps } from './kiosk-return.js'
import { SurveyHeader, type SurveyHeaderProps } from './survey-header.js'
import type { Locale, Translate } from '../../src/i18n/messages.js'
import { ActionList, type PublicAction } from '../public/action-list.js'

export type ThankYouPageProps = {
  locale: Locale
  t: Translate
  header: SurveyHeaderProps
  organisationName: string
  count: number | null
  surveyHref: string
  /** The organisation's public results page; left out on a kiosk, which must stay on the survey. */
  resultsHref?: string
  /** Kiosk mode: the way back to a fresh form for the next resident, in place of the plain link. */
  kiosk?: KioskReturnProps
  /** "You said, we did" at this point: its latest changes in progress or done. */
  actions?: { heading: string; intro: string; saidLabel: string; didLabel: string; actions: PublicAction[] }
  /** The residents' questions and answers; not on a kiosk, which stays on the survey. */
  guide?: { href: string; text: string }
}

export function ThankYouPage(p: ThankYouPageProps) {
  return (
    <Layout
      locale={p.locale}
      title={`${p.t('thanks.title')} – ${p.organisationName}`}
      scripts={p.kiosk ? ['/static/kiosk.js'] : []}
    >
      <SurveyHeader {...p.header} />
      <div class="panel" role="status">
        <h1 class="heading-l">{p.t('thanks.title')}</h1>
        <p>{p.t('thanks.recorded')}</p>
      </div>
      <p>{p.t('thanks.whatHappens', { organisation: p.organisationName })}</p>
      {p.count !== null && <p>{p.t('thanks.count', { count: p.count.toLocaleString('th-TH') })}</p>}
      {p.resultsHref && (
        <p>
          <a href={p.resultsHref}>{p.t('thanks.results')}</a>
        </p>
      )}
      {p.actions && <ActionList {...p.actions} />}
      {p.kiosk ? (
        <KioskReturn {...p.kiosk} />
      ) : (
        <p>
          <a href={p.surveyHref}>{p.t('thanks.again')}</a>
        </p>
      )}
      {p.guide && (
        <p class="survey-footer">
          <a href={p.guide.href}>{p.guide.text}</a>
        </p>
      )}
    </Layout>
  )
}
