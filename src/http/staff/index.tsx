/**
 * All staff pages under /staff. The session middleware runs first; every route
 * except signing in needs a signed-in member of staff and, for changes, the
 * session's CSRF token. Each area adds its own role and scope checks.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createSignInThrottle } from '../../security/sign-in-throttle.js'
import { apiTokenRoutes } from './api-tokens/api-token-routes.js'
import { auditRoutes } from './audit/audit-routes.js'
import { authRoutes } from './auth-routes.js'
import type { StaffEnv } from './context.js'
import type { StaffAreaDeps } from './deps.js'
import { questionnaireRoutes } from './dla/questionnaire-routes.js'
import { rawExportRoutes } from './exports/raw-export-routes.js'
import { resultsExportRoutes } from './exports/results-export-routes.js'
import { registryRoutes } from './dla/registry-routes.js'
import { roundRoutes } from './dla/round-routes.js'
import { csrfProtection, passwordChosenByOwner, requireStaff } from './guards.js'
import { activationRoutes } from './activation-routes.js'
import { onboardingRoutes } from './onboarding/onboarding-routes.js'
import { organisationRoutes } from './lgu/organisation-routes.js'
import { pointUploadRoutes } from './lgu/point-upload-routes.js'
import { ACTION_FORM_PATH, actionFormBodyLimit } from './lgu/action-body-limit.js'
import { actionRoutes } from './lgu/action-routes.js'
import { POINT_UPLOAD_PATH } from '../../../views/staff/lgu/point-upload-link.js'
import { kioskRoutes } from './posters/kiosk-routes.js'
import { posterRoutes } from './posters/poster-routes.js'
import { posterBundleRoutes } from './posters/poster-bundle-routes.js'
import { jobRoutes } from './jobs/job-routes.js'
import { publishReportRoutes } from './jobs/publish-report-routes.js'
import { guideRoutes } from './guide/guide-routes.js'
import { annualReportRoutes } from './reports/annual-report-routes.js'
import { provinceRoutes } from './province/province-routes.js'
import { organisationResultsRoutes } from './results/organisation-results-routes.js'
import { servedOverHttps } from '../public-base-url.js'
import { homeHref } from './render.js'
import { staffSession } from './session.js'
import { staffOf } from './context.js'
import { userRoutes } from './users/user-routes.js'
import { commentsRoutes } from './results/comments-routes.js'
import { reviewRoutes } from './review/review-routes.js'
import { transactionsRoutes } from './results/transactions-routes.js'
import { provinceResultsRoutes } from './results/province-results-routes.js'
import { nationalResultsRoutes } from './results/national-results-routes.js'
import { alertRoutes } from './alerts/alert-routes.js'

export function staffRoutes(deps: StaffAreaDeps) {
  const { config, db, now } = deps
  const session = {
    idleMs: config.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: config.SESSION_MAX_HOURS * 3600_000,
    secure: servedOverHttps(config),
  }
  const app = new Hono<StaffEnv>()
  app.use('/staff', staffSession({ db, now, ...session }))
  app.use('/staff/*', staffSession({ db, now, ...session }))
  app.route('/', authRoutes({ db, throttle: createSignInThrottle({ now }), trustProxy: config.TRUST_PROXY, session, now }))
  app.route('/', activationRoutes({ db, throttle: createSignInThrottle({ now }), trustProxy: config.TRUST_PROXY, session, now }))
  app.get('/staff', requireStaff(), (c) => c.redirect(homeHref(staffOf(c)), 303))

  const areas = new Hono<StaffEnv>()
  // The CSRF check reads form bodies, so the size limit goes first. Only the registry takes a big file.
  areas.post(
    '/staff/registry',
    bodyLimit({ maxSize: 26 * 1024 * 1024, onError: (c) => c.text('The file is too large (26 MB at most).', 413) }),
  )
  // Room above the service point file's limit, so a file a little too big is told so in words.
  areas.post(
    POINT_UPLOAD_PATH,
    bodyLimit({ maxSize: 10 * 1024 * 1024, onError: (c) => c.text('The file is too large (10 MB at most).', 413) }),
  )
  // An action's form carries one photo.
  areas.post('/staff/*', async (c, next) => (ACTION_FORM_PATH.test(c.req.path) ? actionFormBodyLimit(c, next) : next()))
  areas.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/staff/*', async (c, next) =>
    c.req.path === '/staff/registry' || c.req.path === POINT_UPLOAD_PATH || ACTION_FORM_PATH.test(c.req.path)
      ? next()
      : bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (cc) => cc.text('The request is too large (2 MB at most).', 413) })(
          c,
          next,
        ),
  )
  areas.use('/staff/*', requireStaff(), csrfProtection(), passwordChosenByOwner())
  for (const routes of [
    organisationRoutes,
    pointUploadRoutes,
    actionRoutes,
    organisationResultsRoutes,
    posterRoutes,
    posterBundleRoutes,
    jobRoutes,
    publishReportRoutes,
    annualReportRoutes,
    kioskRoutes,
    provinceRoutes,
    roundRoutes,
    questionnaireRoutes,
    registryRoutes,
    userRoutes,
    onboardingRoutes,
    apiTokenRoutes,
    auditRoutes,
    commentsRoutes,
    reviewRoutes,
    transactionsRoutes,
    provinceResultsRoutes,
    nationalResultsRoutes,
    resultsExportRoutes,
    rawExportRoutes,
    alertRoutes,
    guideRoutes,
  ])
    areas.route('/', routes(deps))
  app.route('/', areas)
  return app
}
