/**
 * The one drizzle schema. Migrations in `drizzle/` are generated from this file
 * with `npm run db:generate`; never edit a generated migration by hand.
 *
 * Times are stored as UTC milliseconds; "day" columns are Asia/Bangkok calendar
 * days as `YYYY-MM-DD` text, because that is how Thai offices count a day.
 */
import { sql } from 'drizzle-orm'
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { ORGANISATION_TYPES } from '../domain/organisation-types.js'
import { QUESTIONNAIRE_STATUSES } from '../domain/questionnaire/status.js'
import { FLAG_REASONS, RESPONSE_CHANNELS } from '../domain/responses.js'
import { FLAG_DECISIONS } from '../domain/flag-review.js'
import { JOB_KINDS, JOB_STATUSES } from '../domain/jobs.js'
import { ROUND_SCOPES } from '../domain/round-scopes.js'
import { ACTION_STATUSES } from '../domain/service-actions.js'
import { STAFF_ROLES } from '../domain/staff-roles.js'
import { ALERT_RULES, ALERT_STATUSES } from '../domain/alerts/vocabulary.js'

// The vocabularies are the domain's; exported here too for code that reads them with the tables.

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)

export const provinces = sqliteTable('provinces', {
  code: text('code').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
})

export const districts = sqliteTable(
  'districts',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('districts_province_idx').on(t.provinceCode)],
)

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dlaCode: text('dla_code').notNull(),
    type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
    nameTh: text('name_th').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    latitude: real('latitude'),
    longitude: real('longitude'),
    areaSqKm: real('area_sq_km'),
    population: integer('population'),
    /** The office's address and website as DLA's registry gives them (blank there for many), for follow-up calls and letters. */
    officeNumber: text('office_number'),
    villageNumber: text('village_number'),
    postcode: text('postcode'),
    website: text('website'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('organisations_dla_code_idx').on(t.dlaCode),
    index('organisations_province_idx').on(t.provinceCode, t.districtCode),
    check('organisations_type_check', inList('type', ORGANISATION_TYPES)),
  ],
)

export const servicePoints = sqliteTable(
  'service_points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    department: text('department'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Optional weekly opening hours as JSON (`src/domain/opening-hours.ts`); null when not set. */
    openingHours: text('opening_hours'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('service_points_code_idx').on(t.code), index('service_points_organisation_idx').on(t.organisationId)],
)

/** The services offered at a service point; a resident says which one they used. */
export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('services_service_point_idx').on(t.servicePointId)],
)

/** A versioned questionnaire definition. A published row is immutable (a trigger enforces it). */
export const questionnaires = sqliteTable(
  'questionnaires',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    definition: text('definition', { mode: 'json' }).notNull(),
    status: text('status', { enum: QUESTIONNAIRE_STATUSES }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('questionnaires_slug_version_idx').on(t.slug, t.version),
    check('questionnaires_status_check', inList('status', QUESTIONNAIRE_STATUSES)),
  ],
)

export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    questionnaireId: integer('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
    scope: text('scope', { enum: ROUND_SCOPES }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set once, after closing: from then on the round and its figures never change (triggers in drizzle/0016). */
    finalisedAt: integer('finalised_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('rounds_window_idx').on(t.opensAt, t.closesAt),
    check('rounds_scope_check', inList('scope', ROUND_SCOPES)),
    check('rounds_window_check', sql`closes_at > opens_at`),
  ],
)

export const roundProvinces = sqliteTable(
  'round_provinces',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.provinceCode] })],
)

export const roundOrganisations = sqliteTable(
  'round_organisations',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId] })],
)

/**
 * One resident's submission. Deliberately holds no IP, user agent, cookie or
 * exact time: `submitted_hour` is truncated to the hour.
 */
export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: text('submission_id').notNull(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    serviceId: integer('service_id').references(() => services.id),
    submittedHour: integer('submitted_hour', { mode: 'timestamp_ms' }).notNull(),
    day: text('day').notNull(),
    locale: text('locale', { enum: ['th', 'en'] }).notNull(),
    channel: text('channel', { enum: RESPONSE_CHANNELS }).notNull(),
    flagReason: text('flag_reason', { enum: FLAG_REASONS }),
    /**
     * `flag_reason`, copied by the tally counter as it counts the response: what the review queue
     * reads. Its index places an entry at the response's organisation, a page written apart from the
     * rest of the submission; kept off the submission's own transaction, flagging an answer costs
     * its resident nothing.
     */
    reviewReason: text('review_reason', { enum: FLAG_REASONS }),
    /**
     * Every answer as JSON, item id → the values chosen (one, or several for a
     * multiple choice), free text as written: `{"overall":["5"],"went_well":["ease","staff"]}`.
     * The raw export reads this one column instead of a row per answer.
     */
    answerValues: text('answer_values').notNull().default('{}'),
  },
  (t) => [
    uniqueIndex('responses_submission_idx').on(t.submissionId),
    // The review queue reads only flagged responses, grouped by point, reason and day: a small index of them alone.
    index('responses_review_idx')
      .on(t.roundId, t.organisationId, t.servicePointId, t.reviewReason, t.day)
      .where(sql`review_reason is not null`),
    check('responses_flag_check', sql`flag_reason is null or ${inList('flag_reason', FLAG_REASONS)}`),
  ],
)

/**
 * The counted responses of each organisation in a round, by Bangkok day: what an index on
 * `responses (round_id, organisation_id, day)` would hold, written by the tally counter as it counts
 * them rather than by each submission. Such an index puts every new response at its organisation's
 * place among millions, a page of the WAL per answer in the resident's own commit (at 10 million
 * responses, a fifth of what the survey could take). Comments read an organisation's newest first
 * from it, and the retention run a round's; staff pages count what is waiting before they read.
 * WITHOUT ROWID: it is its key (migration 0030; drizzle cannot say so here).
 */
export const organisationResponses = sqliteTable(
  'organisation_responses',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    day: text('day').notNull(),
    responseId: integer('response_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.day, t.responseId] })],
)

/**
 * Free-text answers, one row each, for the comments page (paged, searched).
 * Choices live in `responses.answer_values` only; rows for choices written
 * before migration 0013 are left in place and never read.
 */
export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    responseId: integer('response_id')
      .notNull()
      .references(() => responses.id),
    itemId: text('item_id').notNull(),
    value: text('value').notNull(),
  },
  (t) => [index('answers_response_idx').on(t.responseId)],
)

/**
 * Pre-aggregated answer counts, counted from each stored response (`tally-counter.ts`) so
 * results cost the same at 10 responses or 10 million. `service_id` is 0 when the
 * resident named no service; `flagged` is 0 or 1 so official figures can leave
 * flagged responses out and still show them separately.
 *
 * Every tally table is WITHOUT ROWID (migration 0012; drizzle cannot say so
 * here): reached only by its key, it lives in one B-tree. A table recreated by
 * a future generated migration must keep that clause.
 */
const tallyKey = {
  roundId: integer('round_id').notNull(),
  organisationId: integer('organisation_id').notNull(),
  servicePointId: integer('service_point_id').notNull(),
  serviceId: integer('service_id').notNull(),
  flagged: integer('flagged').notNull(),
}

export const answerTallies = sqliteTable(
  'answer_tallies',
  {
    ...tallyKey,
    itemId: text('item_id').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.roundId, t.organisationId, t.servicePointId, t.serviceId, t.itemId, t.value, t.flagged],
    }),
  ],
)

/** The same counts per Bangkok month (`YYYY-MM`): a round's trend reads at most a dozen months, however many days. */
export const answerTalliesMonthly = sqliteTable(
  'answer_tallies_monthly',
  {
    ...tallyKey,
    month: text('month').notNull(),
    itemId: text('item_id').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.roundId, t.organisationId, t.servicePointId, t.serviceId, t.month, t.itemId, t.value, t.flagged],
    }),
  ],
)

/** Responses per day, with the last response time, for collection monitoring. */
export const responseTallies = sqliteTable(
  'response_tallies',
  {
    ...tallyKey,
    day: text('day').notNull(),
    count: integer('count').notNull(),
    lastResponseAt: integer('last_response_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.roundId, t.organisationId, t.servicePointId, t.serviceId, t.day, t.flagged],
    }),
  ],
)

/**
 * Per service point and Bangkok day: answers to the overall-satisfaction item with a level
 * (`rated`, N/A left out) and of those at its two lowest levels (`low`), counted with the other
 * tallies. What the low-share alert reads (`src/domain/alerts`), a few rows per point, never the
 * responses. Keyed by point first, so one point's recent days are one range.
 */
export const overallAnswerTallies = sqliteTable(
  'overall_answer_tallies',
  {
    servicePointId: integer('service_point_id').notNull(),
    day: text('day').notNull(),
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    flagged: integer('flagged').notNull(),
    rated: integer('rated').notNull(),
    low: integer('low').notNull(),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.day, t.roundId, t.flagged] })],
)

/**
 * Responses per organisation, with the last response time: what national and
 * provincial lists, exports and round totals read, one row per organisation
 * whatever the number of service points, days or responses.
 */
export const organisationResponseTallies = sqliteTable(
  'organisation_response_tallies',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    flagged: integer('flagged').notNull(),
    count: integer('count').notNull(),
    lastResponseAt: integer('last_response_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.flagged] })],
)

/**
 * How far the tallies have counted: every response with an id up to `counted_to` is in
 * them, none after. Responses are counted after they are stored (`tally-counter.ts`), and
 * this row moves in the same transaction as the tallies it covers, so a restart counts
 * exactly the responses stored but not yet counted. One row, id 1.
 */
export const tallyProgress = sqliteTable('tally_progress', {
  id: integer('id').primaryKey(),
  countedTo: integer('counted_to').notNull(),
})

/** Server-side secrets (form-token key) generated once and kept with the data. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/**
 * Staff accounts. A provincial officer has a province; an LGU officer has an
 * organisation; a DLA officer has neither. Checks keep each role's scope whole.
 */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    organisationId: integer('organisation_id').references(() => organisations.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Made by onboarding: no password yet, so no sign-in until the activation letter is used. */
    awaitingActivation: integer('awaiting_activation', { mode: 'boolean' }).notNull().default(false),
    /** The password was shown to someone else on screen: the owner chooses their own at first sign-in. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** SHA-256 of the one live activation code; the code itself is only ever on the letter. */
    activationCodeHash: text('activation_code_hash'),
    activationExpiresAt: integer('activation_expires_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('users_username_idx').on(sql`lower(${t.username})`),
    uniqueIndex('users_activation_code_idx').on(t.activationCodeHash),
    index('users_province_idx').on(t.provinceCode),
    index('users_organisation_idx').on(t.organisationId),
    check('users_role_check', inList('role', STAFF_ROLES)),
    check(
      'users_scope_check',
      sql`(role = 'dla' and province_code is null and organisation_id is null)
        or (role = 'province' and province_code is not null and organisation_id is null)
        or (role = 'lgu' and organisation_id is not null and province_code is null)`,
    ),
  ],
)

/** Server-side sessions; the cookie holds a random id, the table only its SHA-256. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/** Append-only record of who did what; triggers refuse updates and deletes. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorUserId: integer('actor_user_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** The province and organisation the action concerns, so scoped readers can filter. */
    provinceCode: text('province_code'),
    organisationId: integer('organisation_id'),
    detail: text('detail', { mode: 'json' }),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
)

/** An uploaded questionnaire definition waiting to be previewed and published (or left). */
export const questionnaireUploads = sqliteTable('questionnaire_uploads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  definition: text('definition', { mode: 'json' }).notNull(),
  uploadedBy: integer('uploaded_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  publishedQuestionnaireId: integer('published_questionnaire_id').references(() => questionnaires.id),
})

/** An uploaded registry CSV: previewed first, imported only when a DLA officer confirms. */
export const registryUploads = sqliteTable('registry_uploads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  filename: text('filename').notNull(),
  content: text('content').notNull(),
  uploadedBy: integer('uploaded_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  importedAt: integer('imported_at', { mode: 'timestamp_ms' }),
  result: text('result', { mode: 'json' }),
})

/**
 * A service point CSV a member of staff uploaded: previewed first, its points
 * created only when the same person confirms, all at once or none.
 */
export const servicePointUploads = sqliteTable('service_point_uploads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  filename: text('filename').notNull(),
  content: text('content').notNull(),
  uploadedBy: integer('uploaded_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  importedAt: integer('imported_at', { mode: 'timestamp_ms' }),
  result: text('result', { mode: 'json' }),
})

/**
 * A tablet at a counter turned into a kiosk for one service point. The device
 * keeps a secret link; the table holds only its SHA-256, and a revoked kiosk
 * stops working at once.
 */
export const kiosks = sqliteTable(
  'kiosks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    tokenHash: text('token_hash').notNull(),
    label: text('label').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('kiosks_token_idx').on(t.tokenHash), index('kiosks_service_point_idx').on(t.servicePointId)],
)

/** People served at a service point in a month (entered by the organisation's officers), for response rates. */
export const servicePointTransactions = sqliteTable(
  'service_point_transactions',
  {
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** Asia/Bangkok calendar month, `YYYY-MM`. */
    month: text('month').notNull(),
    count: integer('count').notNull(),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.month] }), check('transactions_count_check', sql`count >= 0`)],
)

/**
 * API tokens that DLA officers issue to a named user for the read-only API. The
 * token itself is shown once; the table holds only its SHA-256. A token sees
 * what its user sees (the user's scope) and stops working when revoked or when
 * the user is deactivated.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
)

/**
 * Background jobs (src/jobs): who started what over which scope, how far it has got, and
 * its result file (a name inside JOB_FILES_DIR) or what went wrong. Only its starter sees a job.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: JOB_KINDS }).notNull(),
    startedBy: integer('started_by')
      .notNull()
      .references(() => users.id),
    /** A scope key (`national`, `province:81`), as `formatScopeKey` writes it. */
    scope: text('scope').notNull(),
    options: text('options', { mode: 'json' }).$type<Record<string, unknown>>(),
    status: text('status', { enum: JOB_STATUSES }).notNull(),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    resultFile: text('result_file'),
    error: text('error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('jobs_started_by_idx').on(t.startedBy, t.createdAt),
    index('jobs_status_idx').on(t.status, t.id),
    check('jobs_status_check', inList('status', JOB_STATUSES)),
  ],
)

/**
 * The public edition of the annual report a DLA officer published for the country or a province:
 * one per scope, its file kept (under PUBLISHED_REPORTS_DIR) until the next one replaces it, so
 * the open-data page always links the latest. The job it came from is kept for the job's page.
 */
export const publishedReports = sqliteTable('published_reports', {
  /** `national` or `province:81`, as `formatScopeKey` writes it. */
  scope: text('scope').primaryKey(),
  roundId: integer('round_id')
    .notNull()
    .references(() => rounds.id),
  jobId: integer('job_id').notNull(),
  fileName: text('file_name').notNull(),
  publishedBy: integer('published_by')
    .notNull()
    .references(() => users.id),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
})

/** n, N/A, Σx, Σx² and answers of 4–5: the sums mean, S.D. and percent need (new builders for each table). */
const sumsColumns = () => ({
  n: integer('n').notNull(),
  notApplicable: integer('not_applicable').notNull(),
  sum: integer('sum').notNull(),
  sumSquares: integer('sum_squares').notNull(),
  topTwo: integer('top_two').notNull(),
})

/**
 * Per organisation and rating item: the sums that mean, S.D. and percent need
 * (n, Σx, Σx², answers at 4–5, N/A). Counted with the other tallies from each
 * response, so national and provincial figures read one small row per
 * organisation × item instead of every service point × service × value.
 */
export const organisationItemMoments = sqliteTable(
  'organisation_item_moments',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    itemId: text('item_id').notNull(),
    flagged: integer('flagged').notNull(),
    ...sumsColumns(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.itemId, t.flagged] })],
)

/**
 * Per organisation: `organisation_item_moments` added up over the items its round's
 * questionnaire scores (the headline of the province and national pages), counted from each
 * response, so the national page reads one row per organisation and flag, not one per item
 * too. WITHOUT ROWID like the other tallies (migration 0014; drizzle cannot say so here).
 */
export const organisationHeadlineMoments = sqliteTable(
  'organisation_headline_moments',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    flagged: integer('flagged').notNull(),
    ...sumsColumns(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.flagged] })],
)

/**
 * Alerts on a service point (`src/domain/alerts`): raised by a rule, acknowledged by an officer
 * with the cause, closed by the evaluation once the figure recovers. At most one live (open or
 * acknowledged) alert per point and rule.
 */
export const alerts = sqliteTable(
  'alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    rule: text('rule', { enum: ALERT_RULES }).notNull(),
    status: text('status', { enum: ALERT_STATUSES }).notNull(),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    /** The latest figure: the low share in percent, or the open hours without an answer. */
    figure: real('figure').notNull(),
    /** The answers behind the share, or those the point would usually have collected while silent. */
    basis: integer('basis').notNull(),
    /** The figure when the alert opened. */
    openingFigure: real('opening_figure').notNull(),
    acknowledgedAt: integer('acknowledged_at', { mode: 'timestamp_ms' }),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
    comment: text('comment'),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('alerts_live_idx')
      .on(t.servicePointId, t.rule)
      .where(sql`status != 'closed'`),
    index('alerts_organisation_idx').on(t.organisationId, t.status),
    check('alerts_rule_check', inList('rule', ALERT_RULES)),
    check('alerts_status_check', inList('status', ALERT_STATUSES)),
  ],
)

/**
 * An officer's decision on one flagged response: counted after all, or kept out, and why.
 * One row per response, replaced when the decision changes (the audit log keeps each one);
 * the tallies count a flagged response as flagged unless its decision is `count`.
 */
export const flagDecisions = sqliteTable('flag_decisions', {
  responseId: integer('response_id')
    .primaryKey()
    .references(() => responses.id),
  decision: text('decision', { enum: FLAG_DECISIONS }).notNull(),
  reason: text('reason').notNull(),
  decidedBy: integer('decided_by')
    .notNull()
    .references(() => users.id),
  decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * The review queue's groups (the counted flagged responses of one service point, reason and Bangkok
 * day) kept as counts, so a queue page reads its twenty rows and its totals from an index, whatever the
 * number of flagged answers: the tally counter adds each flagged response as it counts it, a decision
 * moves `counted` and `kept_out`, the retention run takes out the responses it deletes. It always equals
 * grouping the responses by `review_reason` with their decisions (the recount test checks it after every
 * step). WITHOUT ROWID like the tallies (migration 0029; drizzle cannot say so here).
 */
export const reviewGroups = sqliteTable(
  'review_groups',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    servicePointId: integer('service_point_id').notNull(),
    reason: text('reason', { enum: FLAG_REASONS }).notNull(),
    day: text('day').notNull(),
    /** The organisation's, so a province's queue is one range of an index. */
    provinceCode: text('province_code').notNull(),
    total: integer('total').notNull(),
    counted: integer('counted').notNull(),
    keptOut: integer('kept_out').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.organisationId, t.servicePointId, t.reason, t.day] }),
    // Holding the counts too, a province's page and totals are read from the index alone.
    index('review_groups_province_idx').on(
      t.roundId,
      t.provinceCode,
      t.day,
      t.servicePointId,
      t.reason,
      t.total,
      t.counted,
      t.keptOut,
    ),
  ],
)

/**
 * Each organisation's review queue in a round summed up: how many groups it holds and how many of
 * their answers wait for a decision, kept with `review_groups` by the same writers, so a province's
 * totals are its organisations' rows (tens) rather than its groups (thousands at 10 million
 * responses). The recount test checks it against `review_groups` after every step. WITHOUT ROWID
 * (migration 0031; drizzle cannot say so here).
 */
export const reviewTotals = sqliteTable(
  'review_totals',
  {
    roundId: integer('round_id').notNull(),
    organisationId: integer('organisation_id').notNull(),
    provinceCode: text('province_code').notNull(),
    groups: integer('groups').notNull(),
    waiting: integer('waiting').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.organisationId] }),
    index('review_totals_province_idx').on(t.roundId, t.provinceCode, t.groups, t.waiting),
  ],
)

/**
 * "You said, we did": what an organisation changed after residents said something, at which of
 * its points (`service_action_points`). `topic` is an aspect or rating item of `round_id`'s
 * questionnaire whose score prompted it; `residents_said` is a summary with personal data
 * masked, never a resident's comment copied. Dates are Bangkok days (`YYYY-MM-DD`).
 */
export const serviceActions = sqliteTable(
  'service_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    roundId: integer('round_id').references(() => rounds.id),
    topic: text('topic'),
    residentsSaid: text('residents_said').notNull(),
    changed: text('changed').notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    plannedOn: text('planned_on'),
    startedOn: text('started_on'),
    doneOn: text('done_on'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('service_actions_organisation_idx').on(t.organisationId, t.createdAt),
    check('service_actions_status_check', inList('status', ACTION_STATUSES)),
  ],
)

export const serviceActionPoints = sqliteTable(
  'service_action_points',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => serviceActions.id),
    servicePointId: integer('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.servicePointId] }),
    index('service_action_points_point_idx').on(t.servicePointId, t.actionId),
  ],
)

/** An action's one photo: re-encoded JPEG without metadata (and a thumbnail), in the database so backups carry it. */
export const serviceActionPhotos = sqliteTable('service_action_photos', {
  actionId: integer('action_id')
    .primaryKey()
    .references(() => serviceActions.id),
  jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
  /** A small copy for pages that must stay light (the thank-you page). */
  thumb: blob('thumb', { mode: 'buffer' }).notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
})
