/**
 * Loads the demo into an empty database: organisations through the real
 * registry importer, service points, an open round for this fiscal year on the
 * default questionnaire, and a few hundred generated responses written through
 * the same code path residents use, so every tally matches. Last fiscal year's
 * round, closed, on the same questionnaire and a little less satisfied, gives the
 * results pages an earlier round to compare with. One point has had a bad few days, so that
 * the first alert check (`app.alerts.evaluate()`, as the server runs it after loading the demo)
 * opens a low-share alert there and a newcomer sees one.
 */
import { inTransaction, type Db } from '../db/client.js'
import { insertDemoRound, insertDemoRoundAndPoints, organisationIdsByCode } from '../db/queries/demo.js'
import { latestPublishedQuestionnaire } from '../db/queries/questionnaires.js'
import { createResponseStore } from '../db/queries/responses.js'
import { builtinDefinition, DEFAULT_DEFINITION_SLUG } from '../domain/questionnaire/builtins/index.js'
import { fiscalYearWindow, thaiFiscalYear } from '../domain/thai-time.js'
import { importRegistry } from '../registry/import-registry.js'
import { DEMO_POINTS, DEMO_REGISTRY_CSV } from './demo-data.js'
import { generateResponses } from './generate-responses.js'

/** Last year's round: fewer answers, a little less satisfied (a third of them 3 or under, against a quarter). */
const LAST_YEAR = { share: 2 / 3, ratings: [5, 5, 4, 4, 4, 4, 3, 3, 3, 2, 1], seed: 2569 }

/**
 * The point with a bad few days: answers enough for the low-share rule (20 a window by default),
 * over half of them at the two lowest levels where the usual share is under a fifth.
 */
export const FALLING_POINT = { code: 'KRB1002', answers: 24, days: 5, ratings: [1, 1, 2, 2, 3, 4, 5], seed: 2571 }

const DAY_MS = 24 * 60 * 60 * 1000

export function seedDemo(db: Db, now = new Date(), responseCount = 300): { responses: number } {
  importRegistry(db, DEMO_REGISTRY_CSV, now)
  const questionnaire = latestPublishedQuestionnaire(db, DEFAULT_DEFINITION_SLUG)
  if (!questionnaire) throw new Error('the default questionnaire must be published before the demo is seeded')
  const orgIds = organisationIdsByCode(db)

  const fiscalYear = thaiFiscalYear(now.getTime())
  const window = fiscalYearWindow(fiscalYear)
  const demoPoints = DEMO_POINTS.map(({ dlaCode, ...point }) => {
    const organisationId = orgIds.get(dlaCode)
    if (!organisationId) throw new Error(`demo organisation ${dlaCode} was not imported`)
    return { ...point, organisationId }
  })
  const round = { nameTh: `ปีงบประมาณ ${fiscalYear}`, nameEn: `Fiscal year ${fiscalYear} (BE)`, questionnaireId: questionnaire.id }
  const inserted = insertDemoRoundAndPoints(db, { ...round, ...window, createdAt: now }, demoPoints)
  const points = demoPoints.map((p, i) => ({
    roundId: inserted.roundId,
    organisationId: p.organisationId,
    servicePointId: inserted.points[i]!.servicePointId,
    serviceIds: inserted.points[i]!.serviceIds,
    active: p.active,
  }))

  const store = createResponseStore(db)
  const generated = generateResponses({
    definition: builtinDefinition(DEFAULT_DEFINITION_SLUG),
    points: points.filter((p) => p.active),
    count: responseCount,
    from: window.opensAt.getTime(),
    to: now.getTime(),
  })
  const falling = points.find((_, i) => demoPoints[i]!.code === FALLING_POINT.code)!
  const badDays = generateResponses({
    definition: builtinDefinition(DEFAULT_DEFINITION_SLUG),
    points: [falling],
    count: FALLING_POINT.answers,
    from: Math.max(window.opensAt.getTime(), now.getTime() - FALLING_POINT.days * DAY_MS),
    to: now.getTime(),
    seed: FALLING_POINT.seed,
    ratings: FALLING_POINT.ratings,
  })
  const lastYear = fiscalYearWindow(fiscalYear - 1)
  const lastRoundId = insertDemoRound(db, {
    nameTh: `ปีงบประมาณ ${fiscalYear - 1}`,
    nameEn: `Fiscal year ${fiscalYear - 1} (BE)`,
    questionnaireId: questionnaire.id,
    ...lastYear,
    createdAt: lastYear.opensAt,
  })
  const earlier = generateResponses({
    definition: builtinDefinition(DEFAULT_DEFINITION_SLUG),
    points: points.filter((p) => p.active).map((p) => ({ ...p, roundId: lastRoundId })),
    count: Math.round(responseCount * LAST_YEAR.share),
    from: lastYear.opensAt.getTime(),
    to: lastYear.closesAt.getTime() - 1,
    seed: LAST_YEAR.seed,
    ratings: LAST_YEAR.ratings,
  })
  const all = [...earlier, ...generated, ...badDays]
  inTransaction(db, () => all.forEach((r) => store.writeOne(r)))
  return { responses: all.length }
}
