/**
 * Arranges a resident survey the way production does: reference data, the
 * built-in questionnaires, organisations through the real DLA registry importer,
 * then service points, services and one round. The app runs on a clock the test
 * moves, so rounds can open and close and form tokens can expire.
 *
 * @example
 * const s = arrangeSurvey()
 * const form = await getForm(s.app, s.points.main.code)
 * const res = await post(s.app, s.points.main.code, { _token: form.token, ...validAnswers(s.definition, s.points.main.services) })
 */
import { createApp } from '../../src/app.js'
import { testConfig, type Config } from '../../src/config.js'
import type { Db } from '../../src/db/client.js'
import { ensureQuestionnairesPublished, latestPublishedQuestionnaire } from '../../src/db/queries/questionnaires.js'
import { tallyCounterFor } from '../../src/db/queries/tally-counter.js'
import { organisations, roundOrganisations, roundProvinces, rounds, servicePoints, services } from '../../src/db/schema.js'
import { type RoundScope } from '../../src/domain/round-scopes.js'
import { BUILTIN_DEFINITIONS, builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { allItems, type Definition } from '../../src/domain/questionnaire/definition.js'
import { loadReferenceData } from '../../src/registry/reference-data.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { freshDatabase } from './database.js'
import { reached } from './transport.js'

export const HOUR = 60 * 60 * 1000
export const DAY = 24 * HOUR

/** 10:00 in Bangkok on 10 June 2025 (03:00 UTC): a weekday morning at the counter. */
export const DEFAULT_NOW = Date.UTC(2025, 5, 10, 3, 0, 0)

/** Two organisations in DLA's own registry format, so they go through the real importer. */
export const SURVEY_REGISTRY_CSV = `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท
กระบี่,เมืองกระบี่,,4810102,เทศบาลเมือง,กระบี่,,,,19.5,8.084671607,98.90705216,
เชียงใหม่,เมืองเชียงใหม่,,3500102,เทศบาลนคร,เชียงใหม่,,,,,,,
`

/** The names people see, worked out by hand from the CSV above (type word + registry name). */
export const ORGANISATION_NAMES = {
  '4810102': { th: 'เทศบาลเมืองกระบี่', en: 'Town Municipality กระบี่', province: '81' },
  '3500102': { th: 'เทศบาลนครเชียงใหม่', en: 'City Municipality เชียงใหม่', province: '50' },
} as const
export type DlaCode = keyof typeof ORGANISATION_NAMES

export type PointSpec = {
  code: string
  dlaCode: DlaCode
  nameTh: string
  nameEn?: string
  active?: boolean
  services?: [th: string, en: string][]
}

/** main: three services; single: one service; bare: none; inactive: switched off. */
export const DEFAULT_POINTS = {
  main: {
    code: 'KRB1001',
    dlaCode: '4810102',
    nameTh: 'กองคลัง – งานจัดเก็บภาษี',
    nameEn: 'Finance Division – Local Taxes',
    services: [
      ['ชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'Land and building tax'],
      ['ชำระภาษีป้าย', 'Signboard tax'],
      ['ขอใบอนุญาตประกอบกิจการ', 'Business licence'],
    ],
  },
  single: {
    code: 'KRB1002',
    dlaCode: '4810102',
    nameTh: 'งานทะเบียนราษฎร',
    nameEn: 'Civil Registration',
    services: [['แจ้งเกิด แจ้งตาย', 'Birth and death registration']],
  },
  bare: { code: 'CNX1001', dlaCode: '3500102', nameTh: 'ศูนย์บริการประชาชน ชั้น 1', nameEn: 'Citizen Service Centre', services: [] },
  inactive: {
    code: 'CNX1009',
    dlaCode: '3500102',
    nameTh: 'จุดบริการชั่วคราว',
    nameEn: 'Temporary desk',
    active: false,
    services: [],
  },
} satisfies Record<string, PointSpec>

export type RoundSpec = {
  questionnaire?: string
  /** Defaults: opened 30 days before the clock, closes 30 days after it. */
  opensAt?: number
  closesAt?: number
  scope?: RoundScope
  provinces?: string[]
  organisations?: DlaCode[]
}

export type ArrangeOptions<P extends Record<string, PointSpec>> = {
  now?: number
  config?: Partial<Config>
  points?: P
  /** `false` arranges no round at all. */
  round?: RoundSpec | false
}

export type ArrangedService = { id: number; nameTh: string; nameEn: string }
export type ArrangedPoint = {
  id: number
  code: string
  nameTh: string
  nameEn?: string
  organisationId: number
  services: ArrangedService[]
}
export type Clock = { now: number; advance(ms: number): void }

export function arrangeSurvey<P extends Record<string, PointSpec> = typeof DEFAULT_POINTS>(options: ArrangeOptions<P> = {}) {
  const clock: Clock = {
    now: options.now ?? DEFAULT_NOW,
    advance(ms) {
      clock.now += ms
    },
  }
  const at = new Date(clock.now)
  const db = freshDatabase()
  loadReferenceData(db)
  ensureQuestionnairesPublished(
    db,
    BUILTIN_DEFINITIONS.map((d) => builtinDefinition(d.slug)),
    at,
  )
  importRegistry(db, SURVEY_REGISTRY_CSV, at)

  const orgIds = Object.fromEntries(
    db
      .select({ id: organisations.id, dlaCode: organisations.dlaCode })
      .from(organisations)
      .all()
      .map((o) => [o.dlaCode, o.id]),
  ) as Record<DlaCode, number>

  const specs = (options.points ?? DEFAULT_POINTS) as P
  const points = {} as Record<keyof P, ArrangedPoint>
  for (const [key, spec] of Object.entries(specs) as [keyof P, PointSpec][]) {
    const organisationId = orgIds[spec.dlaCode]
    const row = db
      .insert(servicePoints)
      .values({
        organisationId,
        code: spec.code,
        nameTh: spec.nameTh,
        nameEn: spec.nameEn,
        active: spec.active ?? true,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: servicePoints.id })
      .get()
    const arranged = (spec.services ?? []).map(([nameTh, nameEn], position) => ({
      id: db.insert(services).values({ servicePointId: row.id, nameTh, nameEn, position }).returning({ id: services.id }).get()
        .id,
      nameTh,
      nameEn,
    }))
    points[key] = { id: row.id, code: spec.code, nameTh: spec.nameTh, nameEn: spec.nameEn, organisationId, services: arranged }
  }

  const roundSpec = options.round === false ? undefined : (options.round ?? {})
  const slug = roundSpec?.questionnaire ?? 'thai-lgu-standard'
  const definition: Definition = builtinDefinition(slug)
  let roundId: number | undefined
  if (roundSpec) {
    const questionnaire = latestPublishedQuestionnaire(db, slug)
    if (!questionnaire) throw new Error(`questionnaire ${slug} is not published`)
    const scope = roundSpec.scope ?? 'all'
    roundId = db
      .insert(rounds)
      .values({
        nameTh: 'ปีงบประมาณ 2568',
        nameEn: 'Fiscal year 2568 (BE)',
        questionnaireId: questionnaire.id,
        opensAt: new Date(roundSpec.opensAt ?? clock.now - 30 * DAY),
        closesAt: new Date(roundSpec.closesAt ?? clock.now + 30 * DAY),
        scope,
        createdAt: at,
      })
      .returning({ id: rounds.id })
      .get().id
    for (const provinceCode of roundSpec.provinces ?? []) db.insert(roundProvinces).values({ roundId, provinceCode }).run()
    for (const dla of roundSpec.organisations ?? [])
      db.insert(roundOrganisations).values({ roundId, organisationId: orgIds[dla] }).run()
  }

  const config = testConfig(options.config)
  // As the running transport reaches it: `app.request()`, or the production Node listener (see `transport.ts`).
  const app = reached(createApp({ db, config, now: () => clock.now }))
  return { db, app, clock, config, definition, points, roundId, organisationIds: orgIds }
}

/** A survey arranged with the default points (main, single, bare, inactive). */
export type ArrangedSurvey = ReturnType<typeof arrangeSurvey<typeof DEFAULT_POINTS>>
export type App = ArrangedSurvey['app']
export type Fields = Record<string, string | string[]>

/** GETs a survey page; `token` is the form's `_token` (empty when the page has no form). */
export async function getForm(app: App, code: string, init?: RequestInit & { query?: string }) {
  const res = await app.request(`/s/${code}${init?.query ?? ''}`, init)
  const html = await res.text()
  return { res, status: res.status, html, token: hiddenValue(html, '_token') }
}

/** The value of a hidden input, read from the tag whatever order its attributes come in. */
export function hiddenValue(html: string, name: string): string {
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    if (new RegExp(`\\bname="${name}"`).test(tag)) return /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ''
  }
  return ''
}

/** Urlencodes fields, repeating the key for every value of an array. */
export function encodeFields(fields: Fields): string {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
  return body.toString()
}

export function post(app: App, code: string, fields: Fields, headers: Record<string, string> = {}) {
  return app.request(`/s/${code}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: encodeFields(fields),
  })
}

/** GET a fresh form, then POST `answers` with its token: one resident, start to finish. */
export async function answer(app: App, code: string, answers: Fields, headers: Record<string, string> = {}) {
  const form = await getForm(app, code, { headers })
  return post(app, code, { _token: form.token, ...answers }, headers)
}

/**
 * Waits while the app counts stored responses into the tallies in the background, as it does
 * between submissions; fails if it never finishes.
 */
export async function countedInBackground(db: Db) {
  const counter = tallyCounterFor(db)
  for (let turn = 0; turn < 1000 && counter.hasUncounted(); turn++) await new Promise((done) => setImmediate(done))
  if (counter.hasUncounted()) throw new Error('responses still not counted')
  // The slice that counted the last ones queued one more, to find nothing: let it run now, so it cannot count
  // what the test stores next behind its back.
  await new Promise((done) => setImmediate(done))
}

export const SAMPLE_SUGGESTION = 'อยากให้มีที่จอดรถเพิ่ม และป้ายบอกทางชัดเจนกว่านี้'

/**
 * A complete, valid payload built from the definition itself: every visible item answered
 * (optional ones too, unless `requiredOnly`). Ratings walk down the scale item by item so
 * the payload touches several levels; choices take the first option (two for checkboxes).
 */
export function validAnswers(
  definition: Definition,
  pointServices: { id: number }[],
  opts: { requiredOnly?: boolean } = {},
): Fields {
  const fields: Fields = {}
  let rating = 0
  for (const item of allItems(definition)) {
    if (opts.requiredOnly && !item.required) continue
    switch (item.kind) {
      case 'service':
        if (pointServices.length > 0) fields[item.id] = String(pointServices[pointServices.length - 1]!.id)
        break
      case 'rating': {
        const levels = definition.scales[item.scale]!.levels
        fields[item.id] = String(levels[rating++ % levels.length]!.value)
        break
      }
      case 'single':
        fields[item.id] = item.options[0]!.value
        break
      case 'multiple':
        fields[item.id] = item.options.slice(0, 2).map((o) => o.value)
        break
      case 'text':
        fields[item.id] = SAMPLE_SUGGESTION
        break
    }
  }
  return fields
}

/** The set-cookie pairs of a response, ready to send back as a Cookie header. */
export function cookiesFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ')
}

const STORED_TABLES = [
  'responses',
  'answers',
  'answer_tallies',
  'answer_tallies_monthly',
  'response_tallies',
  'organisation_response_tallies',
] as const

/** Row counts of every table a submission writes, plus the summed counts of the tallies. */
export function storedCounts(db: Db): Record<string, number> {
  const out: Record<string, number> = {}
  for (const table of STORED_TABLES) {
    out[table] = (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
    if (table.endsWith('tallies') || table.endsWith('monthly'))
      out[`${table}.sum`] = (db.$client.prepare(`select coalesce(sum(count), 0) as n from ${table}`).get() as { n: number }).n
  }
  return out
}
