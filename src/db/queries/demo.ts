/** The demo's own writes: a round open to every organisation, and its service points with their services. */
import type { Db } from '../client.js'
import { organisations, rounds, servicePoints, services } from '../schema.js'

export function isDatabaseEmpty(db: Db): boolean {
  return db.select({ id: organisations.id }).from(organisations).limit(1).all().length === 0
}

export function organisationIdsByCode(db: Db): Map<string, number> {
  const rows = db.select({ id: organisations.id, dlaCode: organisations.dlaCode }).from(organisations).all()
  return new Map(rows.map((o) => [o.dlaCode, o.id]))
}

export type DemoRound = {
  nameTh: string
  nameEn: string
  questionnaireId: number
  opensAt: Date
  closesAt: Date
  createdAt: Date
}
export type DemoPoint = {
  organisationId: number
  code: string
  nameTh: string
  nameEn: string | null
  department: string | null
  active: boolean
  /** Each service's Thai and English name, in order. */
  services: readonly (readonly [string, string])[]
}

/** Inserts the round and the points in one transaction; gives the round's id and each point's id and service ids. */
export function insertDemoRoundAndPoints(db: Db, round: DemoRound, points: readonly DemoPoint[]) {
  return db.transaction((tx) => {
    const roundId = tx
      .insert(rounds)
      .values({ ...round, scope: 'all' })
      .returning({ id: rounds.id })
      .get().id
    const inserted = points.map((p) => {
      const { services: names, ...fields } = p
      const point = tx
        .insert(servicePoints)
        .values({ ...fields, createdAt: round.createdAt, updatedAt: round.createdAt })
        .returning({ id: servicePoints.id })
        .get()
      const serviceIds = names.map(
        ([nameTh, nameEn], position) =>
          tx.insert(services).values({ servicePointId: point.id, nameTh, nameEn, position }).returning({ id: services.id }).get()
            .id,
      )
      return { servicePointId: point.id, serviceIds }
    })
    return { roundId, points: inserted }
  })
}

/** A round open to every organisation, on its own: the demo's earlier, closed round. */
export function insertDemoRound(db: Db, round: DemoRound): number {
  return db
    .insert(rounds)
    .values({ ...round, scope: 'all' })
    .returning({ id: rounds.id })
    .get().id
}
