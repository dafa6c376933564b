/**
 * Rounds as the API and open data describe them: names, window, when it was
 * finalised and questionnaire. A scoped caller sees the rounds that reach its province or
 * organisation (src/domain/round-visibility.ts).
 *
 * @example
 * const rounds = roundRecordsInScope(db, { kind: 'province', provinceCode: '81' })
 */
import { desc, eq, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { questionnaires, rounds } from '../schema.js'
import { roundReachesSql, roundViewerOf } from './round-visibility.js'

export type RoundRecord = {
  id: number
  nameTh: string
  nameEn: string
  opensAt: Date
  closesAt: Date
  finalisedAt: Date | null
  questionnaireId: number
  slug: string
  version: number
}

function selectRounds(db: Db, where: SQL) {
  return db
    .select({
      id: rounds.id,
      nameTh: rounds.nameTh,
      nameEn: rounds.nameEn,
      opensAt: rounds.opensAt,
      closesAt: rounds.closesAt,
      finalisedAt: rounds.finalisedAt,
      questionnaireId: rounds.questionnaireId,
      slug: questionnaires.slug,
      version: questionnaires.version,
    })
    .from(rounds)
    .innerJoin(questionnaires, eq(questionnaires.id, rounds.questionnaireId))
    .where(where)
}

export function findRound(db: Db, id: number): RoundRecord | undefined {
  return selectRounds(db, eq(rounds.id, id)).get()
}

/** The rounds that reach a scope, newest first: all of them nationally, else those taking in the province or organisation. */
export function roundRecordsInScope(db: Db, scope: Scope): RoundRecord[] {
  const viewer = roundViewerOf(db, scope)
  return viewer ? selectRounds(db, roundReachesSql(viewer)).orderBy(desc(rounds.opensAt), desc(rounds.id)).all() : []
}
