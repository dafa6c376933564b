/**
 * The survey's pages as complete answers: the form (from the page cache, or
 * shown again with the resident's answers and what is wrong), the thank-you
 * page, the privacy notice and the plain status pages for every "cannot".
 */
import type { Config } from '../../config.js'
import { translator, type Locale, type Translate } from '../../i18n/messages.js'
import type { FormTokens } from '../../security/form-token.js'
import { ClosedPointPage } from '../../../views/survey/closed-point-page.js'
import { PrivacyPage } from '../../../views/survey/privacy-page.js'
import { SurveyPage } from '../../../views/survey/survey-page.js'
import { LargeStepPage } from '../../../views/survey/large-step-page.js'
import { firstStepWithError, stepIndex, surveySteps } from '../../domain/questionnaire/steps.js'
import { ThankYouPage } from '../../../views/survey/thank-you-page.js'
import type { KioskReturnProps } from '../../../views/survey/kiosk-return.js'
import { acceptsGzip } from '../accepts-gzip.js'
import { publicResultsPath } from '../public/paths.js'
import { statusPage, type StatusKey } from '../status.js'
import { FORM_HEADERS, GZIP_FORM_HEADERS, htmlAnswer, renderHtml, withCookies } from './answer.js'
import type { AnswerHeaders, SurveyAnswer } from './answer.js'
import type { KioskSessions } from './kiosk.js'
import type { OpenSurvey, SurveyLoader, SurveyState } from './load-survey.js'
import { surveyPageKey, TOKEN_SLOT, type PageCache } from './page-cache.js'
import { organisationName, presentHeader, presentPrivacy, presentSurvey, surveyPath } from './present.js'
import type { Rerender } from './submission.js'
import type { LargeStepView } from './large-step.js'
import { presentLargeStep } from './present-large.js'
import type { SurveyPoint } from '../../db/queries/survey.js'
import { actionTopics } from '../../domain/action-topics.js'
import { actionsPublicTranslator } from '../../i18n/actions-public.js'
import { presentPublicActions } from '../public/present-actions.js'
import { residentGuideHref } from '../guide/paths.js'

/** What every page of one request shares: its language, the cookie that remembers a newly chosen one, and its Accept-Encoding. */
export type Reply = { locale: Locale; cookies: readonly string[]; acceptEncoding: string | undefined }

export type SurveyPagesDeps = {
  loader: SurveyLoader
  tokens: FormTokens
  pages: PageCache
  kiosks: KioskSessions
  config: Pick<Config, 'EXCLUDE_FLAGGED' | 'RESPONSE_RETENTION_FISCAL_YEARS'>
  now: () => number
}

/** The thank-you page stays light: a few changes, thumbnails at most. */
const THANKS_ACTIONS = 3

/** How long a kiosk shows the thank-you page before a fresh form for the next resident. */
const KIOSK_RETURN_SECONDS = 8

export type ClosedState = Exclude<SurveyState, { kind: 'open' }>

const SECONDS_SLOT = '{seconds}'

function kioskReturn(href: string, t: Translate): KioskReturnProps {
  // The sentence is split around its number, which the countdown script changes every second.
  const [before = '', after = ''] = t('thanks.kioskReturn', { seconds: SECONDS_SLOT }).split(SECONDS_SLOT)
  return {
    href,
    seconds: KIOSK_RETURN_SECONDS,
    countdown: { before, after },
    labels: {
      again: t('thanks.kioskAgain'),
      pause: t('thanks.kioskPause'),
      resume: t('thanks.kioskResume'),
      paused: t('thanks.kioskPaused'),
    },
  }
}

export function createSurveyPages({ loader, tokens, pages, kiosks, config, now }: SurveyPagesDeps) {
  const retentionFiscalYears = config.RESPONSE_RETENTION_FISCAL_YEARS
  const surveyPage = (survey: OpenSurvey, locale: Locale, token: string, again?: Rerender) => (
    <SurveyPage {...presentSurvey({ ...survey, ...again, locale, t: translator(locale), token })} />
  )

  /** A screen of large-type mode; it carries the journey's token, or a new one when the posted one was refused. */
  const largeStep = (survey: OpenSurvey, reply: Reply, code: number, view: LargeStepView) => {
    const token = view.token ?? tokens.issue(survey.round.id, view.firstShownAt ?? now(), survey.point.id)
    const { locale } = reply
    const page = <LargeStepPage {...presentLargeStep({ ...survey, locale, t: translator(locale), token, view })} />
    return htmlAnswer(code, page, { ...reply, noStore: true })
  }

  const status = (reply: Reply, key: StatusKey, code: number, vars: Record<string, string> = {}) =>
    htmlAnswer(code, statusPage(reply.locale, key, vars), { ...reply, noStore: true })

  /** The first visitor since a change renders the page once, with a slot where each visitor's token goes. */
  const renderAndKeep = async (
    survey: OpenSurvey,
    locale: Locale,
    key: string,
    token: string,
    gzip: boolean,
    headers: AnswerHeaders,
  ) => {
    pages.keep(key, await renderHtml(surveyPage(survey, locale, TOKEN_SLOT)))
    return { status: 200, headers, body: pages.page(key, token, gzip)! }
  }

  /** A switched-off point: the organisation's other points that take answers, in the page's language. */
  const closedPointPage = (point: SurveyPoint, locale: Locale) => {
    const t = translator(locale)
    const organisation = organisationName(point, locale)
    const nameOf = (p: { nameTh: string; nameEn: string | null }) => (locale === 'en' && p.nameEn ? p.nameEn : p.nameTh)
    const others = loader
      .activePointsOf(point.organisationId)
      .map((other) => ({ href: surveyPath(other.code), text: nameOf(other) }))
    return (
      <ClosedPointPage
        locale={locale}
        header={presentHeader(point, locale, t, surveyPath(point.code))}
        title={t('status.inactive.title')}
        body={t('status.inactive.body', { organisation, point: nameOf(point) })}
        others={{ heading: t('status.inactive.others', { organisation }), links: others }}
        site={{ href: '/', text: t('site.name') }}
      />
    )
  }

  /** Every state other than an open survey gets its own plain page. */
  const closed = (state: ClosedState, reply: Reply, code: string) => {
    if (state.kind === 'not_found') return status(reply, 'notFound', 404, { code })
    const organisation = organisationName(state.point, reply.locale)
    if (state.kind === 'inactive') return htmlAnswer(410, closedPointPage(state.point, reply.locale), { ...reply, noStore: true })
    return status(reply, 'noRound', 404, { organisation })
  }

  return {
    status,

    /** A fresh form, as most residents get it: synchronous when the page is in the cache. */
    form(survey: OpenSurvey, reply: Reply): SurveyAnswer | Promise<SurveyAnswer> {
      const token = tokens.issue(survey.round.id, now(), survey.point.id)
      const gzip = acceptsGzip(reply.acceptEncoding)
      const key = surveyPageKey(survey, reply.locale)
      const headers = withCookies(gzip ? GZIP_FORM_HEADERS : FORM_HEADERS, reply.cookies)
      const body = pages.page(key, token, gzip)
      return body ? { status: 200, headers, body } : renderAndKeep(survey, reply.locale, key, token, gzip, headers)
    },

    largeStep,

    /**
     * The form shown again with the resident's answers and what is wrong: never cached. A large-type
     * submission comes back as the screen it was sent from, or the first screen with a wrong answer.
     */
    formAgain(survey: OpenSurvey, reply: Reply, code: 400 | 422 | 429 | 503, again: Rerender, large?: { step?: string }) {
      if (large) {
        const steps = surveySteps(survey.definition, survey)
        const index = again.errors?.length ? firstStepWithError(steps, again.errors) : stepIndex(large.step, steps.length)
        return largeStep(survey, reply, code, { ...again, index })
      }
      const token = tokens.issue(survey.round.id, again.firstShownAt ?? now(), survey.point.id)
      return htmlAnswer(code, surveyPage(survey, reply.locale, token, again), { ...reply, noStore: true })
    },

    closed,

    thanks(code: string, reply: Reply, cookie: string | undefined) {
      const state = loader.load(code, now())
      if (state.kind === 'not_found') return closed(state, reply, code)
      const { locale } = reply
      const t = translator(locale)
      const count = state.kind === 'open' ? loader.responseCount(state.round.id, state.point, !config.EXCLUDE_FLAGGED) : null
      const kiosk = kiosks.of(cookie, state.point.id)
      const path = surveyPath(code)
      const said = actionsPublicTranslator(locale)
      const topics = state.kind === 'open' ? actionTopics(state.definition) : []
      const actions = presentPublicActions(loader.actionsAt(state.point.id, THANKS_ACTIONS), {
        locale,
        dlaCode: state.point.dlaCode,
        // The topic as the questionnaire the resident just answered names it.
        topicOf: (a) => topics.find((t) => t.value === a.topic)?.label,
        showWhere: false,
        small: true,
      })
      const freshForm = `${path}?lang=th${kiosk && kiosks.large(cookie) ? '&large=1' : ''}`
      const page = (
        <ThankYouPage
          locale={locale}
          t={t}
          header={presentHeader(state.point, locale, t, `${path}/thanks`)}
          organisationName={organisationName(state.point, locale)}
          count={count}
          surveyHref={kiosk ? freshForm : path}
          resultsHref={kiosk ? undefined : publicResultsPath(state.point.dlaCode)}
          kiosk={kiosk ? kioskReturn(freshForm, t) : undefined}
          guide={kiosk ? undefined : { href: residentGuideHref(locale), text: t('home.guide') }}
          actions={{
            heading: said('actions.heading'),
            intro: said('actions.introPoint'),
            saidLabel: said('actions.said'),
            didLabel: said('actions.did'),
            actions,
          }}
        />
      )
      return htmlAnswer(200, page, { ...reply, noStore: true })
    },

    privacy(code: string, reply: Reply) {
      const state = loader.load(code, now())
      if (state.kind !== 'open') return closed(state, reply, code)
      const { locale } = reply
      const page = (
        <PrivacyPage
          {...presentPrivacy(state.definition, state.point, locale, translator(locale), retentionFiscalYears)}
          backHref={surveyPath(code)}
        />
      )
      return htmlAnswer(200, page, reply)
    },
  }
}

export type SurveyPages = ReturnType<typeof createSurveyPages>
