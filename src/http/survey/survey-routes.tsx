/**
 * The resident survey: GET shows the form, POST validates and stores it, then
 * 303 to the thank-you page. Thin: parsing and rendering here, rules in the
 * domain modules, storage in the data layer.
 */
import { Hono, type Context } from 'hono'
import type { Config } from '../../config.js'
import { canonicalServicePointCode } from '../../domain/service-point-code.js'
import type { NewResponse, WriteOutcome } from '../../db/queries/responses.js'
import { translator, type Locale } from '../../i18n/messages.js'
import type { FormTokens } from '../../security/form-token.js'
import type { RateLimiter } from '../../security/rate-limit.js'
import { SurveyPage } from '../../../views/survey/survey-page.js'
import { ThankYouPage } from '../../../views/survey/thank-you-page.js'
import { PrivacyPage } from '../../../views/survey/privacy-page.js'
import { clientAddress } from '../client-address.js'
import { resolveLocale } from '../locale.js'
import { publicResultsPath } from '../public/paths.js'
import { renderStatus } from '../status.js'
import { formBodyLimit, readSurveyForm } from './form-body.js'
import type { OpenSurvey, SurveyLoader, SurveyState } from './load-survey.js'
import { organisationName, presentHeader, presentSurvey, surveyPath } from './present.js'
import type { KioskSessions } from './kiosk.js'
import { acceptsGzip } from '../accepts-gzip.js'
import { surveyPageKey, TOKEN_SLOT, type PageCache } from './page-cache.js'
import { decideSubmission, storeSubmission, type Rerender } from './submission.js'

export type SurveyRouteDeps = {
  loader: SurveyLoader
  /** Shared with `cachedSurveyForm`, which sends what is kept here. */
  pages: PageCache
  tokens: FormTokens
  rateLimiter: RateLimiter
  submit: (response: NewResponse) => Promise<WriteOutcome>
  kiosks: KioskSessions
  config: Config
  now: () => number
}

/** How long a kiosk shows the thank-you page before a fresh form for the next resident. */
const KIOSK_RETURN_SECONDS = 8

type FormStatus = 200 | 400 | 422 | 429 | 503

/** The canonical code; the middleware below has already refused anything that cannot be one. */
const codeParam = (c: Context) => canonicalServicePointCode(c.req.param('code') ?? '') ?? ''

/** The query string of the request, with its "?", or "". */
const queryOf = (c: Context) => new URL(c.req.url).search

export function surveyRoutes(deps: SurveyRouteDeps) {
  const { loader, tokens, config } = deps
  const app = new Hono()

  const pageCache = deps.pages

  const renderPage = (survey: OpenSurvey, locale: Locale, token: string, again?: Rerender) =>
    <SurveyPage {...presentSurvey({ ...survey, ...again, locale, t: translator(locale), token })} />

  const sendPage = (c: Context, body: Buffer, gzip: boolean, status: FormStatus) => {
    c.header('Vary', 'Accept-Encoding')
    if (gzip) c.header('Content-Encoding', 'gzip')
    // A view, not a copy: the buffer is this response's own.
    return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), status, { 'Content-Type': 'text/html; charset=UTF-8' })
  }

  /** The first visitor since a change renders the page once, with a slot where each visitor's token goes. */
  const renderAndKeep = async (c: Context, key: string, survey: OpenSurvey, locale: Locale, token: string, gzip: boolean, status: FormStatus) => {
    pageCache.keep(key, String(await renderPage(survey, locale, TOKEN_SLOT).toString()))
    return sendPage(c, pageCache.page(key, token, gzip)!, gzip, status)
  }

  const renderForm = (c: Context, survey: OpenSurvey, locale: Locale, status: FormStatus, again?: Rerender) => {
    const token = tokens.issue(survey.round.id, again?.firstShownAt ?? deps.now())
    c.header('Cache-Control', 'no-store')
    // A form shown again carries the resident's answers and errors: never cached.
    if (again) return c.html(renderPage(survey, locale, token, again), status)
    const gzip = acceptsGzip(c.req.header('accept-encoding'))
    const key = surveyPageKey(survey, locale)
    const body = pageCache.page(key, token, gzip)
    return body ? sendPage(c, body, gzip, status) : renderAndKeep(c, key, survey, locale, token, gzip, status)
  }

  /** Every state other than an open survey gets its own plain page. */
  const renderClosed = (c: Context, state: Exclude<SurveyState, { kind: 'open' }>, locale: Locale, code: string) => {
    if (state.kind === 'not_found') return renderStatus(c, locale, 'notFound', 404, { code })
    const organisation = organisationName(state.point, locale)
    if (state.kind === 'inactive')
      return renderStatus(c, locale, 'inactive', 410, { organisation, point: locale === 'en' && state.point.nameEn ? state.point.nameEn : state.point.nameTh })
    return renderStatus(c, locale, 'noRound', 404, { organisation })
  }

  // Typed codes are forgiving (lower case, O for 0): send people to the one true URL.
  app.use('/s/:code/*', async (c, next) => {
    const raw = c.req.param('code')
    const code = canonicalServicePointCode(raw)
    if (!code) return renderStatus(c, resolveLocale(c), 'notFound', 404, { code: raw.slice(0, 20) })
    if (code !== raw && c.req.method === 'GET')
      return c.redirect(`${c.req.path.replace(`/s/${raw}`, surveyPath(code))}${queryOf(c)}`, 301)
    await next()
  })

  app.get('/k/:token', (c) => {
    const path = deps.kiosks.open(c, c.req.param('token'))
    if (!path) return renderStatus(c, resolveLocale(c), 'kioskRevoked', 410)
    return c.redirect(`${path}?lang=th`, 303)
  })

  app.get('/s', (c) => {
    const code = canonicalServicePointCode(c.req.query('code') ?? '')
    if (!code) return renderStatus(c, resolveLocale(c), 'notFound', 404, { code: (c.req.query('code') ?? '').slice(0, 20) })
    const lang = c.req.query('lang')
    return c.redirect(`${surveyPath(code)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, 303)
  })

  app.get('/s/:code', (c) => {
    const code = codeParam(c)
    const locale = resolveLocale(c)
    const state = loader.load(code, deps.now())
    if (state.kind !== 'open') return renderClosed(c, state, locale, code)
    return renderForm(c, state, locale, 200)
  })

  app.post(
    '/s/:code',
    formBodyLimit({ maxSize: config.MAX_BODY_BYTES, onError: (c) => renderStatus(c, resolveLocale(c), 'tooLarge', 413) }),
    async (c) => {
      const code = codeParam(c)
      const read = await readSurveyForm(c)
      const locale = resolveLocale(c, read.ok ? read.form.lang : undefined)
      if (!read.ok) return renderStatus(c, locale, 'badRequest', read.status)

      const now = deps.now()
      const decision = decideSubmission(deps, code, read.form, now)
      if (decision.kind === 'closed') {
        const { state, closedRound: round } = decision
        if (round) return renderStatus(c, locale, 'closed', 410, { round: locale === 'en' ? round.nameEn : round.nameTh })
        return renderClosed(c, state, locale, code)
      }
      // A bot filled the field people cannot see: let it think it succeeded, store nothing.
      if (decision.kind === 'bot') return c.redirect(`${surveyPath(code)}/thanks`, 303)
      if (decision.kind === 'again') return renderForm(c, decision.survey, locale, decision.status, decision.again)

      const { survey, values, firstShownAt } = decision
      const kiosk = deps.kiosks.of(c, survey.point.id)
      if (!kiosk && !deps.rateLimiter.allow(clientAddress(c, config.TRUST_PROXY)))
        return renderForm(c, survey, locale, 429, { values, formError: 'error.form.rateLimited', firstShownAt })
      let answered: string | undefined
      try {
        answered = await storeSubmission(
          { submit: deps.submit, minFillSeconds: config.MIN_FILL_SECONDS },
          decision,
          { code, now, locale, kiosk: !!kiosk, cookie: c.req.header('cookie') },
        )
      } catch (error) {
        console.error('response not stored:', error)
        return renderForm(c, survey, locale, 503, { values, formError: 'error.form.unavailable', firstShownAt })
      }
      if (answered) c.header('Set-Cookie', answered, { append: true })
      return c.redirect(`${surveyPath(code)}/thanks`, 303)
    },
  )

  app.get('/s/:code/thanks', (c) => {
    const code = codeParam(c)
    const locale = resolveLocale(c)
    const t = translator(locale)
    const state = loader.load(code, deps.now())
    if (state.kind === 'not_found') return renderClosed(c, state, locale, code)
    const count = state.kind === 'open' ? loader.responseCount(state.round.id, state.point, !config.EXCLUDE_FLAGGED) : null
    const kiosk = deps.kiosks.of(c, state.point.id)
    c.header('Cache-Control', 'no-store')
    const path = surveyPath(code)
    return c.html(
      <ThankYouPage
        locale={locale}
        t={t}
        header={presentHeader(state.point, locale, t, `${path}/thanks`)}
        organisationName={organisationName(state.point, locale)}
        count={count}
        surveyHref={kiosk ? `${path}?lang=th` : path}
        resultsHref={kiosk ? undefined : publicResultsPath(state.point.dlaCode)}
        kioskReturnSeconds={kiosk ? KIOSK_RETURN_SECONDS : undefined}
      />,
    )
  })

  app.get('/s/:code/privacy', (c) => {
    const code = codeParam(c)
    const locale = resolveLocale(c)
    const t = translator(locale)
    const state = loader.load(code, deps.now())
    if (state.kind !== 'open') return renderClosed(c, state, locale, code)
    const organisation = organisationName(state.point, locale)
    return c.html(
      <PrivacyPage
        locale={locale}
        title={t('privacy.title')}
        organisationName={organisation}
        paragraphs={state.definition.privacy.full.map((p) => p[locale].replaceAll('{organisation}', organisation))}
        backHref={surveyPath(code)}
        backText={t('privacy.back')}
      />,
    )
  })

  return app
}
