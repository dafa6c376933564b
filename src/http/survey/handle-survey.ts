/**
 * The resident survey as one framework-free handler: given what a request is
 * (`survey-request.ts`), it gives the complete answer (status, headers, body)
 * for every outcome: the form, the redirects, the form again with what is
 * wrong (400, 422, 429, 503), the kiosk link, the thank-you and privacy pages
 * and the status pages (closed, not found, too large, not a form).
 *
 * Two thin adapters carry requests to it and answers back: Hono's route
 * (`survey-routes.ts`, what `app.request()` and any Fetch host reach) and, in
 * production, the Node listener (`../node-listener.ts`), which skips building
 * Fetch Request and Response objects on the two requests residents make most.
 *
 * @example
 * const survey = createSurveyHandler(deps)
 * const route = survey.route('GET', '/s/KRB1001')
 * const answer = route && (await survey.answer(route, { headers: {}, remoteAddress: '192.0.2.1' }))
 */
import { chooseLocale, rememberedLocale } from '../locale.js'
import { servedOverHttps } from '../public-base-url.js'
import { redirect, withTransportSecurity, type SurveyAnswer } from './answer.js'
import { surveyPath } from './present.js'
import { createSubmit, type SubmitDeps } from './submit.js'
import { createSurveyPages, type Reply, type SurveyPagesDeps } from './survey-pages.js'
import { queryValue, surveyRoute, type SurveyHeaders, type SurveyRequest, type SurveyRoute } from './survey-request.js'
import { canonicalServicePointCode } from '../../domain/service-point-code.js'
import type { Config } from '../../config.js'

export type SurveyDeps = SurveyPagesDeps &
  SubmitDeps & { config: Pick<Config, 'MAX_BODY_BYTES' | 'EXCLUDE_FLAGGED' | 'PUBLIC_BASE_URL'> }

const NO_COOKIES: readonly string[] = Object.freeze([])

/** The page language and its cookie (Secure when `secure`), from the request's headers and the language asked for. */
const replies =
  (secure: boolean) =>
  (headers: SurveyHeaders, asked: string | undefined): Reply => {
    const acceptEncoding = headers['accept-encoding']
    // The usual case, no language asked for: no cookie to set.
    if (asked === undefined) return { locale: rememberedLocale(headers.cookie), cookies: NO_COOKIES, acceptEncoding }
    const { locale, setCookie } = chooseLocale(headers.cookie, asked, secure)
    return { locale, cookies: setCookie ? [setCookie] : NO_COOKIES, acceptEncoding }
  }

export function createSurveyHandler(deps: SurveyDeps) {
  const { loader, kiosks, now } = deps
  const overHttps = servedOverHttps(deps.config)
  const replyTo = replies(overHttps)
  // Over HTTPS every answer also tells the browser to come back only over HTTPS.
  const finished = (answer: SurveyAnswer | Promise<SurveyAnswer>) =>
    !overHttps ? answer : answer instanceof Promise ? answer.then(withTransportSecurity) : withTransportSecurity(answer)
  const pages = createSurveyPages(deps)
  const submit = createSubmit(deps, pages, replyTo)
  const lang = (route: SurveyRoute) => queryValue(route.query, 'lang')

  const answerOf = (route: SurveyRoute, request: SurveyRequest): SurveyAnswer | Promise<SurveyAnswer> => {
    const { headers } = request
    switch (route.kind) {
      case 'form': {
        const reply = replyTo(headers, lang(route))
        const state = loader.load(route.code, now())
        if (state.kind !== 'open') return pages.closed(state, reply, route.code)
        return queryValue(route.query, 'large') === '1'
          ? pages.largeStep(state, reply, 200, { index: 0 })
          : pages.form(state, reply)
      }
      case 'submit':
        return submit(route.code, lang(route), request)
      case 'thanks':
        return pages.thanks(route.code, replyTo(headers, lang(route)), headers.cookie)
      case 'privacy':
        return pages.privacy(route.code, replyTo(headers, lang(route)))
      case 'canonical':
        return redirect(301, route.location)
      case 'unknownCode':
        return pages.status(replyTo(headers, lang(route)), 'notFound', 404, { code: route.shown })
      case 'search': {
        const query = new URLSearchParams(route.query)
        const typed = query.get('code') ?? ''
        const code = canonicalServicePointCode(typed)
        const asked = query.get('lang') ?? undefined
        if (!code) return pages.status(replyTo(headers, asked), 'notFound', 404, { code: typed.slice(0, 20) })
        return redirect(303, `${surveyPath(code)}${asked ? `?lang=${encodeURIComponent(asked)}` : ''}`)
      }
      case 'kiosk': {
        const large = queryValue(route.query, 'large') === '1'
        const opened = kiosks.open(route.token, large)
        if (!opened) return pages.status(replyTo(headers, lang(route)), 'kioskRevoked', 410)
        return redirect(303, `${opened.path}?lang=th${large ? '&large=1' : ''}`, opened.setCookies)
      }
    }
  }

  /** A failure nobody planned for: logged with what was asked, answered with the plain error page. */
  const failed = (route: SurveyRoute, request: SurveyRequest, error: unknown) => {
    const what = 'code' in route ? `${route.kind} ${route.code}` : route.kind
    console.error(`survey ${what}: no answer:`, error)
    return pages.status(replyTo(request.headers, undefined), 'error', 500)
  }

  return {
    /** The survey route a request is for (from its method and its path and query), or undefined for any other page. */
    route: surveyRoute,
    /** Adapters stop reading a submission's body past this many bytes. */
    maxBodyBytes: deps.config.MAX_BODY_BYTES,
    /** The complete answer; synchronous when it can be (the survey form from the cache). */
    answer(route: SurveyRoute, request: SurveyRequest): SurveyAnswer | Promise<SurveyAnswer> {
      try {
        const answer = answerOf(route, request)
        return finished(answer instanceof Promise ? answer.catch((error: unknown) => failed(route, request, error)) : answer)
      } catch (error) {
        return finished(failed(route, request, error))
      }
    },
  }
}

export type SurveyHandler = ReturnType<typeof createSurveyHandler>
