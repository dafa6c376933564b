/**
 * Builds the whole application from its dependencies. No I/O happens at import:
 * the server (or a test) opens the database and hands it in.
 *
 * @example
 * const db = openDatabase(':memory:'); migrateDatabase(db)
 * const app = createApp({ db, config: testConfig() })
 * const res = await app.request('/s/K7M2Q9P')
 */
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { anomalySettings, jobFilesDir, type Config } from './config.js'
import { isDatabaseOpen, type Db } from './db/client.js'
import { createGroupCommit } from './db/group-commit.js'
import { createBackgroundCounting } from './db/background-counting.js'
import { createDefinitionCache } from './db/queries/questionnaires.js'
import { createResponseStore, type NewResponse } from './db/queries/responses.js'
import { createWalSync } from './db/wal-sync.js'
import { getOrCreateSecret } from './db/queries/settings.js'
import { organisationDailyCounts } from './db/queries/organisation-trend.js'
import { createSurveyQueries, watchSurveyTables } from './db/queries/survey.js'
import { renderHome } from './http/public/home-route.js'
import { resolveLocale } from './http/locale.js'
import { publicResultsRoutes } from './http/public/public-routes.js'
import { guideRoutes } from './http/guide/guide-routes.js'
import { staffRoutes } from './http/staff/index.js'
import { openDataRoutes } from './http/open-data/index.js'
import { apiRoutes } from './http/api/index.js'
import { securityHeaders } from './http/security-headers.js'
import { secureCookies } from './http/secure-cookies.js'
import { staticFiles } from './http/static-files.js'
import { countedBeforeReading } from './http/counted-before-reading.js'
import { renderStatus } from './http/status.js'
import { createSurveyLoader } from './http/survey/load-survey.js'
import { servedOverHttps } from './http/public-base-url.js'
import { createKioskSessions } from './http/survey/kiosk.js'
import { createAnomalyWatch } from './http/survey/anomaly-watch.js'
import { createSurveyHandler } from './http/survey/handle-survey.js'
import { surveyRoutes } from './http/survey/survey-routes.js'
import { createPageCache } from './http/survey/page-cache.js'
import { createFormTokens } from './security/form-token.js'
import { createRateLimiter } from './security/rate-limit.js'
import { createJobRunner } from './jobs/job-runner.js'
import { posterBundleJob } from './jobs/poster-bundle-job.js'
import { createAlertMonitor } from './alerts/alert-monitor.js'
import { annualReportJob } from './jobs/annual-report-job.js'
import { lettersPdfJob } from './jobs/letters-pdf-job.js'
import { createLetterBatches } from './letters/letter-batches.js'

export type AppDeps = {
  db: Db
  config: Config
  /** The clock; tests move it to open and close rounds. */
  now?: () => number
}

export function createApp({ db, config, now = Date.now }: AppDeps) {
  const store = createResponseStore(db)
  const wal = createWalSync(db)
  const writer = createGroupCommit((batch: NewResponse[]) => wal.withoutFsync(() => store.storeBatch(batch)), {
    sync: async () => {
      await wal.sync()
      counting.schedule()
    },
  })
  // The tallies are derived from the stored rows, so counting needs no fsync of its own: a later sync covers it.
  const counting = createBackgroundCounting({
    countNext: (n) => wal.withoutFsync(() => store.counter.countNext(n)),
    busy: writer.busy,
    open: () => isDatabaseOpen(db),
  })
  // Whatever was stored and not counted when the server last stopped.
  counting.schedule()
  const loader = createSurveyLoader(createSurveyQueries(db), createDefinitionCache(db), watchSurveyTables(db))
  const tokens = createFormTokens(getOrCreateSecret(db, 'form-token-key'), config.FORM_TOKEN_MAX_AGE_HOURS * 3600_000)
  const rateLimiter = createRateLimiter({
    limit: config.RATE_LIMIT_SUBMISSIONS,
    windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    now,
  })

  const kiosks = createKioskSessions(db, now, servedOverHttps(config))
  const surveyHandler = createSurveyHandler({
    loader,
    tokens,
    pages: createPageCache(),
    rateLimiter,
    submit: writer.submit,
    anomalies: createAnomalyWatch({
      settings: anomalySettings(config),
      enabled: config.ANOMALY_RULES,
      dailyCounts: (round, organisation, from, to) => organisationDailyCounts(db, round, organisation, from, to),
    }),
    kiosks,
    config,
    now,
  })

  // Activation codes in plaintext live here only (and in the files made from a batch), never in the database.
  const letters = createLetterBatches(now)
  // Built, not started: the server starts it (`jobs.start()`); a test runs the queue with `jobs.runUntilIdle()`.
  const jobs = createJobRunner({
    db,
    dir: jobFilesDir(config),
    kinds: {
      poster_bundle: posterBundleJob(db, now),
      annual_report: annualReportJob(db, config, now),
      letters_pdf: lettersPdfJob(letters, config),
    },
    busy: writer.busy,
    keepDays: config.JOB_FILES_KEEP_DAYS,
    now,
  })

  // Built, not started: the server starts its timer (`alerts.start()`); a test calls `alerts.evaluate()`.
  const alerts = createAlertMonitor({ db, config, now, busy: writer.busy })

  const app = new Hono()
  // Before the middleware: the survey's answers are complete, security headers and compression included.
  const survey = surveyRoutes(surveyHandler)
  app.use('/s/*', survey)
  app.use('/k/*', survey)
  app.use(securityHeaders({ https: servedOverHttps(config) }))
  app.use(secureCookies(servedOverHttps(config)))
  app.use(compress())
  app.route('/', staticFiles())
  // Usually nothing is left: one keyed read says so, and the page goes on.
  app.use(countedBeforeReading(() => store.counter.hasUncounted() && counting.catchUp()))
  app.route('/', staffRoutes({ db, config, now, jobs, letters }))
  app.route('/', openDataRoutes({ db, config, now }))
  app.route('/', apiRoutes({ db, config, now }))
  app.route('/', publicResultsRoutes({ db, config, now }))
  app.route('/', guideRoutes())

  app.get('/', renderHome)
  app.get('/healthz', (c) => c.text('ok'))

  app.notFound((c) => renderStatus(c, resolveLocale(c), 'pageNotFound', 404))
  app.onError((error, c) => {
    console.error(error)
    return renderStatus(c, resolveLocale(c), 'error', 500)
  })
  // The production server hands survey requests to the handler itself, ahead of Hono (`node-listener.ts`).
  // `writerBusy` lets the server's nightly jobs wait while submissions are being written.
  return Object.assign(app, { surveyHandler, writerBusy: writer.busy, jobs, alerts })
}
