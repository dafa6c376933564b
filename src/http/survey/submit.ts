/**
 * A survey POST, answered: refused when a page of another site sent it,
 * refused unread when too large or not a form, decided (`submission.ts`),
 * counted once against the client's limit (a kiosk is not one client), stored
 * once, and answered with the 303 to the thank-you page, or with the form
 * again saying what went wrong.
 */
import type { Config } from '../../config.js'
import type { RateLimiter } from '../../security/rate-limit.js'
import { addressOf } from '../client-address.js'
import { isLocale } from '../../i18n/messages.js'
import { otherLocale } from '../locale.js'
import { isCrossSite } from '../fetch-site.js'
import { servedOverHttps } from '../public-base-url.js'
import { redirect, type SurveyAnswer } from './answer.js'
import { isFormBody, parseSurveyForm } from './form-body.js'
import type { KioskSessions } from './kiosk.js'
import { surveyPath } from './present.js'
import type { Reply, SurveyPages } from './survey-pages.js'
import { TOO_LARGE, type SurveyHeaders, type SurveyRequest } from './survey-request.js'
import { decideStep } from './large-step.js'
import { decideSubmission, storeSubmission, type StoreDeps, type SubmissionDeps } from './submission.js'

export type SubmitDeps = SubmissionDeps &
  Pick<StoreDeps, 'submit' | 'anomalies'> & {
    rateLimiter: RateLimiter
    kiosks: KioskSessions
    config: Pick<Config, 'TRUST_PROXY' | 'MIN_FILL_SECONDS' | 'PUBLIC_BASE_URL'>
    now: () => number
  }

/** The page language and its cookie, from the `Cookie` header and the language asked for. */
export type ReplyTo = (headers: SurveyHeaders, asked: string | undefined) => Reply

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value)

export function createSubmit(deps: SubmitDeps, pages: SurveyPages, replyTo: ReplyTo) {
  const { config } = deps
  const storeDeps: StoreDeps = {
    submit: deps.submit,
    anomalies: deps.anomalies,
    minFillSeconds: config.MIN_FILL_SECONDS,
    secureCookies: servedOverHttps(config),
  }

  return async (code: string, askedLang: string | undefined, request: SurveyRequest): Promise<SurveyAnswer> => {
    const { headers, body } = request
    // A resident's form is posted from its own page; a page of another site posting one is not a resident.
    if (isCrossSite(headers['sec-fetch-site'])) return pages.status(replyTo(headers, askedLang), 'crossSite', 403)
    if (body === TOO_LARGE) return pages.status(replyTo(headers, askedLang), 'tooLarge', 413)
    // Only `application/x-www-form-urlencoded` is a survey form.
    if (!isFormBody(headers['content-type'])) return pages.status(replyTo(headers, askedLang), 'badRequest', 415)
    const form = parseSurveyForm(typeof body === 'string' ? body : (body?.toString('utf8') ?? ''))
    // A large-type screen's language switch posts the screen's own language: the reply is in the other one.
    const switchedTo = form.large?.go === 'lang' && isLocale(form.lang) ? otherLocale(form.lang) : undefined
    const reply = replyTo(headers, switchedTo ?? form.lang ?? askedLang)

    const now = deps.now()
    const decision = decideSubmission(deps, code, form, now)
    if (decision.kind === 'closed') {
      const { state, closedRound: round } = decision
      // A finalised round says so: its results are out and it will never take answers again.
      const key = round?.finalisedAt ? 'finalised' : 'closed'
      if (round) return pages.status(reply, key, 410, { round: reply.locale === 'en' ? round.nameEn : round.nameTh })
      return pages.closed(state, reply, code)
    }
    const thanks = `${surveyPath(code)}/thanks`
    // A bot filled the field people cannot see: let it think it succeeded, store nothing.
    if (decision.kind === 'bot') return redirect(303, thanks, reply.cookies)
    // A large-type screen's Back or Next: that screen again or the next, nothing stored.
    if (form.large && form.large.go !== 'send') {
      const step = decideStep(deps, decision.survey, form, now)
      return pages.largeStep(decision.survey, reply, step.status, step.view)
    }
    if (decision.kind === 'again') return pages.formAgain(decision.survey, reply, decision.status, decision.again, form.large)

    const { survey, values, firstShownAt } = decision
    const cookie = headers.cookie
    const kiosk = deps.kiosks.of(cookie, survey.point.id)
    const address = () => addressOf(headerText(headers['x-forwarded-for']), request.remoteAddress, config.TRUST_PROXY)
    if (!kiosk && !deps.rateLimiter.allow(address()))
      return pages.formAgain(survey, reply, 429, { values, formError: 'error.form.rateLimited', firstShownAt }, form.large)
    let answered: string | undefined
    try {
      answered = await storeSubmission(storeDeps, decision, { code, now, locale: reply.locale, kioskId: kiosk?.id, cookie })
    } catch (error) {
      console.error(`survey ${code}: response ${decision.submissionId} for round ${survey.round.id} not stored:`, error)
      return pages.formAgain(survey, reply, 503, { values, formError: 'error.form.unavailable', firstShownAt }, form.large)
    }
    return redirect(303, thanks, answered ? [...reply.cookies, answered] : reply.cookies)
  }
}
