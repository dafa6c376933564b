/**
 * The only entry point that does I/O: reads settings, opens and migrates the
 * database, loads reference data and built-in questionnaires, seeds the demo
 * into an empty database (unless DEMO=off), starts the background jobs, the alert evaluation and the nightly retention run,
 * listens, and takes backups when BACKUP_DIR is set (SIGUSR2 takes one at once).
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp } from './app.js'
import { createNodeListener } from './http/node-listener.js'
import { loadConfig } from './config.js'
import { closeDatabase, migrateDatabase, openDatabase } from './db/client.js'
import { startBackupSchedule } from './db/backup-schedule.js'
import { ensureQuestionnairesPublished } from './db/queries/questionnaires.js'
import { BUILTIN_DEFINITIONS, builtinDefinition } from './domain/questionnaire/builtins/index.js'
import { DEMO_POINTS, DEMO_SURVEY_CODE } from './demo/demo-data.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './demo/demo-accounts.js'
import { isDatabaseEmpty } from './db/queries/demo.js'
import { seedDemo } from './demo/seed-demo.js'
import { loadReferenceData } from './registry/reference-data.js'
import { startDailyRetention } from './retention/daily-retention.js'

async function main() {
  const config = loadConfig()
  const db = openDatabase(config.DATABASE_PATH)
  migrateDatabase(db)
  loadReferenceData(db)
  ensureQuestionnairesPublished(
    db,
    BUILTIN_DEFINITIONS.map((d) => builtinDefinition(d.slug)),
  )

  const baseUrl = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? `http://localhost:${config.PORT}`
  const loadDemo = config.DEMO && isDatabaseEmpty(db)
  if (loadDemo) {
    const { responses } = seedDemo(db)
    await seedDemoAccounts(db)
    console.log(`Demo data loaded: ${DEMO_POINTS.length} service points, ${responses} generated responses.`)
  }

  const app = createApp({ db, config })
  // The demo's bad few days open their alert now rather than at the timer's first check.
  if (loadDemo) app.alerts.evaluate()
  // Jobs left by the previous process are marked interrupted before anyone can look at them.
  await app.jobs.start()
  app.alerts.start()
  const retention = startDailyRetention({ db, fiscalYears: config.RESPONSE_RETENTION_FISCAL_YEARS, busy: app.writerBusy })
  // Survey requests go straight to the survey handler, everything else to Hono's listener.
  const server = createServer(createNodeListener(app, { hostname: config.HOST }))
  server.listen(config.PORT, config.HOST, () => {
    console.log(`Listening on ${baseUrl} (port ${(server.address() as AddressInfo).port}, database ${config.DATABASE_PATH})`)
    if (config.DEMO) {
      console.log(`Demo survey: ${baseUrl}/s/${DEMO_SURVEY_CODE}`)
      console.log(
        `Staff sign-in: ${baseUrl}/staff (password "${DEMO_PASSWORD}" for ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')})`,
      )
    }
  })

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${config.PORT} is already in use: stop the other server or set PORT.` : error.message,
    )
    process.exit(1)
  })

  const backups = config.BACKUP_DIR
    ? startBackupSchedule(db, {
        dir: config.BACKUP_DIR,
        intervalMinutes: config.BACKUP_INTERVAL_MINUTES,
        keep: config.BACKUP_KEEP,
      })
    : undefined
  if (backups)
    console.log(
      `Backups every ${config.BACKUP_INTERVAL_MINUTES} min to ${config.BACKUP_DIR}, the newest ${config.BACKUP_KEEP} kept`,
    )
  else if (!config.DEMO) console.warn('No backups are taken: set BACKUP_DIR (docs/operations.md, "Backups").')
  process.on('SIGUSR2', () => {
    if (backups) void backups.now()
    else console.warn('No backup taken: BACKUP_DIR is not set.')
  })

  // A backup under way is stopped first (its partial file removed), so the database closes at once.
  const stop = async () => {
    await backups?.stop()
    retention.stop()
    app.alerts.stop()
    await app.jobs.stop()
    server.close(() => {
      closeDatabase(db)
      process.exit(0)
    })
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

await main()
