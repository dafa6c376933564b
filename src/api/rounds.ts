/**
 * Rounds as the API and open data describe them: names, window, status and
 * questionnaire, with the days in Asia/Bangkok. A scoped caller sees the
 * rounds that reach its province or organisation.
 *
 * @example
 * const rounds = roundsInScope(db, { kind: 'province', provinceCode: '81' })
 * const json = rounds.map((r) => roundJson(r, Date.now()))
 */
import { desc, eq } from 'drizzle-orm'
import type { Db } from '../db/client.js'
import { roundsFor } from '../db/queries/collection.js'
import { roundStatus, type RoundStatus } from '../db/queries/rounds.js'
import { organisations, questionnaires, rounds } from '../db/schema.js'
import type { Scope } from '../domain/scope.js'
import { bangkokDay } from '../domain/thai-time.js'

export type RoundRecord = {
  id: number
  nameTh: string
  nameEn: string
  opensAt: Date
  closesAt: Date
  questionnaireId: number
  slug: string
  version: number
}

export type RoundJson = {
  id: number
  name: { th: string; en: string }
  opensAt: string
  closesAt: string
  /** First and last Asia/Bangkok days the round covers (`closesAt` itself is exclusive). */
  firstDay: string
  lastDay: string
  status: RoundStatus
  questionnaire: { slug: string; version: number }
}

const selectRounds = (db: Db) =>
  db
    .select({
      id: rounds.id,
      nameTh: rounds.nameTh,
      nameEn: rounds.nameEn,
      opensAt: rounds.opensAt,
      closesAt: rounds.closesAt,
      questionnaireId: rounds.questionnaireId,
      slug: questionnaires.slug,
      version: questionnaires.version,
    })
    .from(rounds)
    .innerJoin(questionnaires, eq(questionnaires.id, rounds.questionnaireId))

export function findRound(db: Db, id: number): RoundRecord | undefined {
  return selectRounds(db).where(eq(rounds.id, id)).get()
}

/** Every round, newest first. */
export function allRoundRecords(db: Db): RoundRecord[] {
  return selectRounds(db).orderBy(desc(rounds.opensAt), desc(rounds.id)).all()
}

/** The rounds that reach a scope: all of them nationally, else those taking in the province or organisation. */
export function roundsInScope(db: Db, scope: Scope): RoundRecord[] {
  const all = allRoundRecords(db)
  if (scope.kind === 'national') return all
  const reach =
    scope.kind === 'province'
      ? { provinceCode: scope.provinceCode }
      : (() => {
          const org = db.select({ provinceCode: organisations.provinceCode }).from(organisations).where(eq(organisations.id, scope.organisationId)).get()
          return org && { provinceCode: org.provinceCode, organisationId: scope.organisationId }
        })()
  if (!reach) return []
  const ids = new Set(roundsFor(db, reach).map((r) => r.id))
  return all.filter((r) => ids.has(r.id))
}

export function roundJson(r: RoundRecord, now: number): RoundJson {
  return {
    id: r.id,
    name: { th: r.nameTh, en: r.nameEn },
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    firstDay: bangkokDay(r.opensAt.getTime()),
    lastDay: bangkokDay(r.closesAt.getTime() - 1),
    status: roundStatus(r, now),
    questionnaire: { slug: r.slug, version: r.version },
  }
}
