/**
 * The security headers every response carries, defined once. Hono's
 * `secureHeaders` middleware sets them on the responses of Hono's routes; the
 * survey handler, whose answers are complete before any middleware could see
 * them (see `survey/handle-survey.ts`), takes them from `SECURITY_HEADERS`.
 * Both are derived from the records below, and a test checks they agree.
 * Strict-Transport-Security goes only on a site served over HTTPS: over plain
 * HTTP it means nothing, and it would say something untrue.
 */
import { secureHeaders } from 'hono/secure-headers'

/** What a page may load, post to and be framed by, by directive (hono's option names: the directive in camelCase). */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
}

/** The other headers, by hono's option names (the header name in camelCase). */
const OTHER_HEADERS = {
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  originAgentCluster: '?1',
  // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
  referrerPolicy: 'same-origin',
  xContentTypeOptions: 'nosniff',
  xDnsPrefetchControl: 'off',
  xDownloadOptions: 'noopen',
  // For browsers that predate frame-ancestors: framed by no one, as the policy says.
  xFrameOptions: 'DENY',
  xPermittedCrossDomainPolicies: 'none',
  xXssProtection: '0',
}

const STRICT_TRANSPORT_SECURITY = 'max-age=15552000; includeSubDomains'

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** The middleware for Hono's routes; `https`: the site is served over HTTPS. */
export const securityHeaders = ({ https = false }: { https?: boolean } = {}) =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    ...OTHER_HEADERS,
    strictTransportSecurity: https ? STRICT_TRANSPORT_SECURITY : false,
  })

/** The same headers as one record, for a response made complete without the middleware. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${kebab(directive)} ${sources.join(' ')}`)
    .join('; '),
  ...Object.fromEntries(Object.entries(OTHER_HEADERS).map(([option, value]) => [kebab(option), value])),
})

/** Added to those on a site served over HTTPS. */
export const TRANSPORT_SECURITY: Readonly<Record<string, string>> = Object.freeze({
  'strict-transport-security': STRICT_TRANSPORT_SECURITY,
})
