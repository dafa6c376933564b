/**
 * Settings from the environment, validated once at start-up. Everything has a
 * default that works for the demo; real deployments set DEMO=off and a
 * PUBLIC_BASE_URL.
 */
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_ANOMALY_SETTINGS as ANOMALY, type AnomalySettings } from './domain/anomaly/settings.js'
import { DEFAULT_JOB_FILES_KEEP_DAYS } from './domain/jobs.js'
import { DEFAULT_RETENTION_FISCAL_YEARS } from './domain/retention.js'
import { LOW_SCORE_BANDS } from './domain/service-actions.js'

const flag = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => v === 'on' || v === 'true' || v === '1')

/** An empty variable (common in service files) means "not set", never 0 or "". */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const count = (min: number, fallback: number) => z.preprocess(blankAsUnset, z.coerce.number().int().min(min).default(fallback))
const factor = (fallback: number) => z.preprocess(blankAsUnset, z.coerce.number().min(1).default(fallback))

const configSchema = z.object({
  PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('./data/app.db'),
  PUBLIC_BASE_URL: z.url().optional(),
  /** The address open-data catalogues list for questions about the data (CKAN maintainer_email). */
  OPEN_DATA_CONTACT_EMAIL: z.preprocess(blankAsUnset, z.email().optional()),
  DEMO: flag.default(true),
  /** Trust X-Forwarded-For from a reverse proxy for the client address used by rate limits. */
  TRUST_PROXY: flag.default(false),
  RATE_LIMIT_SUBMISSIONS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * 1024),
  FORM_TOKEN_MAX_AGE_HOURS: z.coerce.number().min(0.1).default(24),
  /** A human needs longer than this to answer; faster submissions are stored but flagged. */
  MIN_FILL_SECONDS: z.coerce.number().min(0).default(3),
  SESSION_IDLE_MINUTES: z.coerce.number().min(1).default(60),
  SESSION_MAX_HOURS: z.coerce.number().min(1).default(12),
  /** Public results and roll-ups suppress any group with fewer responses than this. */
  RESULTS_MIN_RESPONSES: z.coerce.number().int().min(1).default(10),
  /** The anomaly rules below flag answers as they are stored (`src/domain/anomaly/`); `off` leaves only repeat and too fast. */
  ANOMALY_RULES: flag.default(true),
  BURST_WINDOW_MINUTES: count(1, ANOMALY.burstWindowMinutes),
  BURST_MIN_ANSWERS: count(1, ANOMALY.burstMinAnswers),
  BURST_FACTOR: factor(ANOMALY.burstFactor),
  /** 0 never flags identical answer sets. */
  BURST_IDENTICAL_ANSWERS: count(0, ANOMALY.identicalAnswers),
  BURST_IDENTICAL_SECONDS: count(1, ANOMALY.identicalSeconds),
  /** 0 never flags a kiosk's quick second answer. */
  KIOSK_MIN_INTERVAL_SECONDS: count(0, ANOMALY.kioskIntervalSeconds),
  OUTSIDE_HOURS_GRACE_MINUTES: count(0, ANOMALY.outsideHoursGraceMinutes),
  /** 0 never looks for a late surge. */
  LATE_SURGE_DAYS: count(0, ANOMALY.lateSurgeDays),
  LATE_SURGE_FACTOR: factor(ANOMALY.lateSurgeFactor),
  LATE_SURGE_MIN_ANSWERS: count(1, ANOMALY.lateSurgeMinAnswers),
  /** Leave flagged responses (repeats, too fast, the anomaly rules' flags) out of official counts. */
  EXCLUDE_FLAGGED: flag.default(true),
  /** Individual answers are deleted this many whole fiscal years after their round closes; the privacy notice says so. */
  RESPONSE_RETENTION_FISCAL_YEARS: z.preprocess(
    blankAsUnset,
    z.coerce.number().int().min(1).max(20).default(DEFAULT_RETENTION_FISCAL_YEARS),
  ),
  /** Folder for the scheduled backups (another disk, or one copied to another host); unset, no backups are taken. */
  BACKUP_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  BACKUP_INTERVAL_MINUTES: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(1440).default(15)),
  /** How many backups to keep in BACKUP_DIR, newest first. */
  BACKUP_KEEP: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).default(8)),
  /** Folder for background jobs' result files (poster bundles); unset, `jobs/` beside the database file. */
  JOB_FILES_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  /** Days a job's result file is kept after the job finished. */
  JOB_FILES_KEEP_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(365).default(DEFAULT_JOB_FILES_KEEP_DAYS)),
  /** Folder for the annual reports DLA published to the public (kept until replaced); unset, `published/` beside the database file. */
  PUBLISHED_REPORTS_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  /** Days an activation letter's code works, to the end of that Bangkok day. */
  ACTIVATION_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(365).default(30)),
  /** Who an officer calls about their letter, printed on it; unset, the letter names the province's DLA office. */
  ACTIVATION_CONTACT: z.preprocess(blankAsUnset, z.string().trim().max(200).optional()),
  /**
   * Letters a batch's PDF may hold and still be drawn in the request; a bigger batch's PDF is a background job.
   * The largest province has 334 organisations, so one province's letters always come at once.
   */
  LETTERS_PDF_DIRECT_MAX: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(100_000).default(500)),
  /** Minutes between evaluations of the alert rules (docs/operations.md, "Alerts"). */
  ALERT_EVALUATE_MINUTES: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(1440).default(15)),
  /** A point's share of overall-satisfaction answers at the two lowest levels above this percentage raises an alert. */
  ALERT_LOW_SHARE_PERCENT: z.preprocess(blankAsUnset, z.coerce.number().min(0).max(100).default(20)),
  /** ... counted over this many days, today included. */
  ALERT_LOW_SHARE_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(366).default(14)),
  /** When set: only the latest whole days holding at least this many answers (within ALERT_LOW_SHARE_DAYS). */
  ALERT_LOW_SHARE_ANSWERS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).optional()),
  /** ... and only with at least this many answers in the window. */
  ALERT_LOW_SHARE_MIN_ANSWERS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).default(20)),
  /** Days of a point's own collection up to its last answer that set its usual pace. */
  ALERT_SILENCE_HISTORY_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(366).default(28)),
  /** A point with fewer answers than this in that history does not usually collect: it is never "silent". */
  ALERT_SILENCE_MIN_HISTORY_ANSWERS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).default(20)),
  /** Silent once, at its usual pace, the point would have collected this many answers in its opening hours since the last. */
  ALERT_SILENCE_EXPECTED_ANSWERS: z.preprocess(blankAsUnset, z.coerce.number().min(1).default(8)),
  /** Where each newly opened alert is POSTed as JSON (a province's chat or mail bridge); unset, nothing is sent. */
  ALERT_WEBHOOK_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  /** Attempts per alert, waiting 1 s, 2 s, 4 s … between them. */
  ALERT_WEBHOOK_ATTEMPTS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(10).default(5)),
  /** "You said, we did" on the province and national pages: a point is low-scoring below this band (default มาก). */
  ACTION_LOW_BELOW_BAND: z.preprocess(blankAsUnset, z.enum(LOW_SCORE_BANDS).default('high')),
  /** …and counts as answered when an action for it was recorded within this many days. */
  ACTION_WINDOW_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(365).default(60)),
})

export type Config = z.infer<typeof configSchema>

/** The name of every setting the server reads from its environment. */
export const SETTING_NAMES = Object.keys(configSchema.shape) as (keyof Config)[]

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid settings:\n${lines.join('\n')}`)
  }
  return result.data
}

/** Where background jobs write their files: JOB_FILES_DIR, or `jobs/` in the database's folder. */
export const jobFilesDir = (config: Pick<Config, 'JOB_FILES_DIR' | 'DATABASE_PATH'>) =>
  config.JOB_FILES_DIR ?? join(dirname(config.DATABASE_PATH), 'jobs')

/** Where published annual reports are kept: PUBLISHED_REPORTS_DIR, or `published/` in the database's folder. */
export const publishedReportsDir = (config: Pick<Config, 'PUBLISHED_REPORTS_DIR' | 'DATABASE_PATH'>) =>
  config.PUBLISHED_REPORTS_DIR ?? join(dirname(config.DATABASE_PATH), 'published')

/** The anomaly rules' thresholds, as the domain names them. */
export const anomalySettings = (config: Config): AnomalySettings => ({
  burstWindowMinutes: config.BURST_WINDOW_MINUTES,
  burstMinAnswers: config.BURST_MIN_ANSWERS,
  burstFactor: config.BURST_FACTOR,
  identicalAnswers: config.BURST_IDENTICAL_ANSWERS,
  identicalSeconds: config.BURST_IDENTICAL_SECONDS,
  kioskIntervalSeconds: config.KIOSK_MIN_INTERVAL_SECONDS,
  outsideHoursGraceMinutes: config.OUTSIDE_HOURS_GRACE_MINUTES,
  lateSurgeDays: config.LATE_SURGE_DAYS,
  lateSurgeFactor: config.LATE_SURGE_FACTOR,
  lateSurgeMinAnswers: config.LATE_SURGE_MIN_ANSWERS,
})

/** Defaults for tests: no timing, rate or anomaly checks unless a test asks for them. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), MIN_FILL_SECONDS: 0, ANOMALY_RULES: false, ...overrides }
}
