/**
 * A valid survey submission, accepted without Hono: the Node-level path of
 * `node-shortcut.ts` hands over the code, the body and two headers, and gets
 * back the 303 to the thank-you page, complete, once the response is on disk.
 * It applies the survey route's own rules (`submission.ts`), cookies and
 * headers. Anything that is not a plain valid submission from a phone (a
 * kiosk, a mistake to show, a closed survey, a client over its limit, a
 * failed write) is left to the survey route, which gives the full answer.
 */
import { parse } from 'hono/utils/cookie'
import { canonicalServicePointCode } from '../../domain/service-point-code.js'
import type { RateLimiter } from '../../security/rate-limit.js'
import { chooseLocale } from '../locale.js'
import { SECURITY_HEADERS } from '../security-headers.js'
import { parseSurveyForm } from './form-body.js'
import { KIOSK_COOKIE } from './kiosk.js'
import { surveyPath } from './present.js'
import { decideSubmission, storeSubmission, type StoreDeps, type SubmissionDeps } from './submission.js'

export type AcceptSubmissionDeps = SubmissionDeps & StoreDeps & { rateLimiter: RateLimiter; now: () => number }

/** A url-encoded POST to `/s/:code`: the code, the body as text, the `Cookie` header and the client's address. */
export type SubmissionRequest = { code: string; body: string; cookie: string | undefined; address: string }

/** The headers of the 303 that answers it. */
export type AcceptSubmission = (request: SubmissionRequest) => Promise<Record<string, string | string[]> | undefined>

export function acceptSurveySubmission(deps: AcceptSubmissionDeps): AcceptSubmission {
  return async ({ code, body, cookie, address }) => {
    if (canonicalServicePointCode(code) !== code || (cookie && parse(cookie, KIOSK_COOKIE)[KIOSK_COOKIE])) return undefined
    const form = parseSurveyForm(body)
    const now = deps.now()
    const decision = decideSubmission(deps, code, form, now)
    if (decision.kind !== 'valid') return undefined
    // Over the limit, the survey route counts the attempt again and shows why.
    if (!deps.rateLimiter.allow(address)) return undefined
    const { locale, setCookie: languageCookie } = chooseLocale(cookie, form.lang)
    let answered: string | undefined
    try {
      answered = await storeSubmission(deps, decision, { code, now, locale, kiosk: false, cookie })
    } catch (error) {
      // The route tries once more (a repeat of the same submission is stored once) and says so if that fails too.
      console.error('response not stored:', error)
      return undefined
    }
    const cookies = [languageCookie, answered].filter((c): c is string => c !== undefined)
    return { ...SECURITY_HEADERS, location: `${surveyPath(code)}/thanks`, 'set-cookie': cookies }
  }
}
