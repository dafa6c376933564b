/**
 * Loads the demo into an empty database: organisations through the real
 * registry importer, service points, an open round for this fiscal year on the
 * default questionnaire, and a few hundred generated responses written through
 * the same code path residents use, so every tally matches.
 */
import { inTransaction, type Db } from '../db/client.js'
import { rounds, servicePoints, services, organisations } from '../db/schema.js'
import { latestPublishedQuestionnaire } from '../db/queries/questionnaires.js'
import { createResponseStore } from '../db/queries/responses.js'
import { builtinDefinition, DEFAULT_DEFINITION_SLUG } from '../domain/questionnaire/builtins/index.js'
import { fiscalYearWindow, thaiFiscalYear } from '../domain/thai-time.js'
import { importRegistry } from '../registry/import-registry.js'
import { DEMO_POINTS, DEMO_REGISTRY_CSV } from './demo-data.js'
import { generateResponses } from './generate-responses.js'

export function isDatabaseEmpty(db: Db): boolean {
  return db.select({ id: organisations.id }).from(organisations).limit(1).all().length === 0
}

export function seedDemo(db: Db, now = new Date(), responseCount = 300): { responses: number } {
  importRegistry(db, DEMO_REGISTRY_CSV, now)
  const questionnaire = latestPublishedQuestionnaire(db, DEFAULT_DEFINITION_SLUG)
  if (!questionnaire) throw new Error('the default questionnaire must be published before the demo is seeded')
  const orgIds = new Map(db.select({ id: organisations.id, dlaCode: organisations.dlaCode }).from(organisations).all().map((o) => [o.dlaCode, o.id]))

  const fiscalYear = thaiFiscalYear(now.getTime())
  const window = fiscalYearWindow(fiscalYear)
  const points = db.transaction((tx) => {
    const round = tx
      .insert(rounds)
      .values({
        nameTh: `ปีงบประมาณ ${fiscalYear}`,
        nameEn: `Fiscal year ${fiscalYear} (BE)`,
        questionnaireId: questionnaire.id,
        ...window,
        scope: 'all',
        createdAt: now,
      })
      .returning({ id: rounds.id })
      .get()
    return DEMO_POINTS.map((p) => {
      const organisationId = orgIds.get(p.dlaCode)
      if (!organisationId) throw new Error(`demo organisation ${p.dlaCode} was not imported`)
      const point = tx
        .insert(servicePoints)
        .values({ organisationId, code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, department: p.department, active: p.active, createdAt: now, updatedAt: now })
        .returning({ id: servicePoints.id })
        .get()
      const serviceIds = p.services.map(
        ([nameTh, nameEn], position) =>
          tx.insert(services).values({ servicePointId: point.id, nameTh, nameEn, position }).returning({ id: services.id }).get().id,
      )
      return { roundId: round.id, organisationId, servicePointId: point.id, serviceIds, active: p.active }
    })
  })

  const store = createResponseStore(db)
  const generated = generateResponses({
    definition: builtinDefinition(DEFAULT_DEFINITION_SLUG),
    points: points.filter((p) => p.active),
    count: responseCount,
    from: window.opensAt.getTime(),
    to: now.getTime(),
  })
  inTransaction(db, () => generated.forEach((r) => store.writeOne(r)))
  return { responses: generated.length }
}
