/**
 * Survey rounds as DLA officers manage them: list, create with a scope, move
 * the window (open now, close now, extend) and finalise. Response counts come
 * from the pre-aggregated `response_tallies`, so a list costs the same at any volume.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { RoundScope } from '../../domain/round-scopes.js'
import { organisations, provinces, questionnaires, roundOrganisations, roundProvinces, rounds } from '../schema.js'

export type RoundRow = {
  id: number
  nameTh: string
  nameEn: string
  questionnaireId: number
  slug: string
  version: number
  opensAt: Date
  closesAt: Date
  scope: RoundScope
  createdAt: Date
  finalisedAt: Date | null
  /** Provinces or organisations named by the scope (0 for 'all'). */
  scopeSize: number
  responses: number
}

const columns = {
  id: rounds.id,
  nameTh: rounds.nameTh,
  nameEn: rounds.nameEn,
  questionnaireId: rounds.questionnaireId,
  slug: questionnaires.slug,
  version: questionnaires.version,
  opensAt: rounds.opensAt,
  closesAt: rounds.closesAt,
  scope: rounds.scope,
  createdAt: rounds.createdAt,
  finalisedAt: rounds.finalisedAt,
}

function withCounts(db: Db, rows: Omit<RoundRow, 'scopeSize' | 'responses'>[], includeFlagged: boolean): RoundRow[] {
  const sqlite = db.$client
  const responses = sqlite.prepare(
    'select coalesce(sum(count), 0) as n from organisation_response_tallies where round_id = ? and flagged in (0, ?)',
  )
  const provinceCount = sqlite.prepare('select count(*) as n from round_provinces where round_id = ?')
  const organisationCount = sqlite.prepare('select count(*) as n from round_organisations where round_id = ?')
  const size = (r: { id: number; scope: RoundScope }) =>
    r.scope === 'all' ? 0 : ((r.scope === 'provinces' ? provinceCount : organisationCount).get(r.id) as { n: number }).n
  return rows.map((r) => ({
    ...r,
    scopeSize: size(r),
    responses: (responses.get(r.id, includeFlagged ? 1 : 0) as { n: number }).n,
  }))
}

/** A page of rounds, newest opening first. */
export function listRounds(
  db: Db,
  opts: { page: number; pageSize: number; includeFlagged: boolean },
): { rows: RoundRow[]; total: number } {
  const total = db.select({ n: count() }).from(rounds).get()?.n ?? 0
  const rows = db
    .select(columns)
    .from(rounds)
    .innerJoin(questionnaires, eq(questionnaires.id, rounds.questionnaireId))
    .orderBy(desc(rounds.opensAt), desc(rounds.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all()
  return { rows: withCounts(db, rows, opts.includeFlagged), total }
}

export type RoundDetail = RoundRow & {
  provinces: { code: string; nameTh: string; nameEn: string }[]
  organisations: { id: number; dlaCode: string; type: OrganisationType; nameTh: string }[]
}

export function roundById(db: Db, id: number, includeFlagged: boolean): RoundDetail | undefined {
  const row = db
    .select(columns)
    .from(rounds)
    .innerJoin(questionnaires, eq(questionnaires.id, rounds.questionnaireId))
    .where(eq(rounds.id, id))
    .get()
  if (!row) return undefined
  const [counted] = withCounts(db, [row], includeFlagged)
  const scopeProvinces = db
    .select({ code: provinces.code, nameTh: provinces.nameTh, nameEn: provinces.nameEn })
    .from(roundProvinces)
    .innerJoin(provinces, eq(provinces.code, roundProvinces.provinceCode))
    .where(eq(roundProvinces.roundId, id))
    .orderBy(asc(provinces.nameTh))
    .all()
  const scopeOrganisations = db
    .select({ id: organisations.id, dlaCode: organisations.dlaCode, type: organisations.type, nameTh: organisations.nameTh })
    .from(roundOrganisations)
    .innerJoin(organisations, eq(organisations.id, roundOrganisations.organisationId))
    .where(eq(roundOrganisations.roundId, id))
    .orderBy(asc(organisations.dlaCode))
    .all()
  return { ...counted!, provinces: scopeProvinces, organisations: scopeOrganisations }
}

export type NewRound = {
  nameTh: string
  nameEn: string
  questionnaireId: number
  opensAt: Date
  closesAt: Date
  scope: RoundScope
  provinceCodes: string[]
  organisationIds: number[]
}

/** Creates a round and its scope in one transaction. */
export function createRound(db: Db, input: NewRound, now: Date): number {
  return db.transaction((tx) => {
    const { provinceCodes, organisationIds, ...values } = input
    const id = tx
      .insert(rounds)
      .values({ ...values, createdAt: now })
      .returning({ id: rounds.id })
      .get().id
    if (input.scope === 'provinces')
      for (const provinceCode of new Set(provinceCodes)) tx.insert(roundProvinces).values({ roundId: id, provinceCode }).run()
    if (input.scope === 'organisations')
      for (const organisationId of new Set(organisationIds))
        tx.insert(roundOrganisations).values({ roundId: id, organisationId }).run()
    return id
  })
}

/** Moves a round's window; the database refuses a window that closes before it opens, and any change to a finalised round. */
export function updateRoundWindow(db: Db, id: number, window: { opensAt?: Date; closesAt?: Date }): void {
  db.update(rounds).set(window).where(eq(rounds.id, id)).run()
}

export type PublishedQuestionnaire = {
  id: number
  slug: string
  version: number
  definition: unknown
  publishedAt: Date | null
  rounds: { id: number; nameTh: string; nameEn: string }[]
}

/** Published questionnaire versions, newest first per slug, with the rounds that use each. */
export function publishedQuestionnaires(db: Db): PublishedQuestionnaire[] {
  const rows = db
    .select({
      id: questionnaires.id,
      slug: questionnaires.slug,
      version: questionnaires.version,
      definition: questionnaires.definition,
      publishedAt: questionnaires.publishedAt,
    })
    .from(questionnaires)
    .where(eq(questionnaires.status, 'published'))
    .orderBy(asc(questionnaires.slug), desc(questionnaires.version))
    .all()
  const ids = rows.map((r) => r.id)
  const using = ids.length
    ? db
        .select({ id: rounds.id, nameTh: rounds.nameTh, nameEn: rounds.nameEn, questionnaireId: rounds.questionnaireId })
        .from(rounds)
        .where(inArray(rounds.questionnaireId, ids))
        .orderBy(desc(rounds.opensAt))
        .all()
    : []
  return rows.map((r) => ({
    ...r,
    rounds: using.filter((u) => u.questionnaireId === r.id).map(({ questionnaireId: _, ...u }) => u),
  }))
}

export function isPublishedQuestionnaire(db: Db, id: number): boolean {
  return !!db
    .select({ id: questionnaires.id })
    .from(questionnaires)
    .where(and(eq(questionnaires.id, id), eq(questionnaires.status, 'published')))
    .get()
}

export function allProvinces(db: Db): { code: string; nameTh: string; nameEn: string }[] {
  return db.select().from(provinces).orderBy(asc(provinces.nameTh)).all()
}

/** Organisation ids by DLA code, for the codes that exist. */
export function organisationIdsByCode(db: Db, codes: string[]): Map<string, number> {
  const out = new Map<string, number>()
  const byCode = db.$client.prepare('select id from organisations where dla_code = ?')
  for (const code of new Set(codes)) {
    const row = byCode.get(code) as { id: number } | undefined
    if (row) out.set(code, row.id)
  }
  return out
}
