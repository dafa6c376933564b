import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { createResultsService } from '../../src/results/organisation-results.js'
import { createRollupService } from '../../src/results/rollups.js'
import { surveyDatabase, type SurveyDatabase } from '../db/fixture.js'

const AT = Date.parse('2025-03-14T03:00:00.000Z')
const SETTINGS = { minimumResponses: 1, includeFlagged: false }

function response(
  fx: SurveyDatabase,
  organisationId: number,
  servicePointId: number,
  overrides: Partial<NewResponse> = {},
): NewResponse {
  return {
    submissionId: crypto.randomUUID(),
    roundId: fx.roundId,
    organisationId,
    servicePointId,
    serviceId: null,
    submittedAt: AT,
    locale: 'th',
    channel: 'web',
    flagReason: null,
    // process_1 is one of the items the headline pools; overall is not.
    answers: [
      { itemId: 'overall', value: '5' },
      { itemId: 'process_1', value: '4' },
    ],
    ...overrides,
  }
}

const cleanUps: (() => void)[] = []
afterEach(() => cleanUps.splice(0).forEach((cleanUp) => cleanUp()))

/** The fixture copied to a file, and two connections to it: one to read figures through, one to store a response with. */
function twoConnections(fx: SurveyDatabase) {
  const dir = mkdtempSync(join(tmpdir(), 'kept-results-'))
  const path = join(dir, 'app.db')
  fx.db.$client.exec(`vacuum into '${path}'`)
  const reader = openDatabase(path)
  const writer = openDatabase(path)
  cleanUps.push(() => {
    reader.$client.close()
    writer.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { reader, writer }
}

/** Results kept for up to 8 organisations, and one response stored for the town at its tax counter. */
function keptWithOneTownResponse() {
  const fx = surveyDatabase()
  const store = createResponseStore(fx.db)
  const results = createResultsService(fx.db, SETTINGS, { keep: 8 })
  store.writeOne(response(fx, fx.org.town, fx.point.tax))
  return { fx, store, results }
}

describe('an organisation’s results kept between requests', () => {
  it('are worked out again only when a response for that organisation is stored', () => {
    const { fx, store, results } = keptWithOneTownResponse()

    const first = results.organisation(fx.roundId, fx.org.town)
    expect(first?.whole.respondents).toBe(1)
    expect(results.organisation(fx.roundId, fx.org.town)).toBe(first)

    store.writeOne(response(fx, fx.org.subdistrict, fx.point.one))
    expect(results.organisation(fx.roundId, fx.org.town)).toBe(first)

    store.writeOne(response(fx, fx.org.town, fx.point.registry))
    const second = results.organisation(fx.roundId, fx.org.town)
    expect(second).not.toBe(first)
    expect(second?.whole.respondents).toBe(2)
    expect([...second!.byServicePoint.keys()].sort()).toEqual([fx.point.tax, fx.point.registry].sort())
  })

  it('change with a flagged response too, which the official figures leave out', () => {
    const { fx, store, results } = keptWithOneTownResponse()
    const before = results.organisation(fx.roundId, fx.org.town)

    store.writeOne(response(fx, fx.org.town, fx.point.tax, { flagReason: 'repeat' }))
    const after = results.organisation(fx.roundId, fx.org.town)
    expect(after).not.toBe(before)
    expect(after).toMatchObject({ whole: { respondents: 1 }, flaggedRespondents: 1 })
  })

  it('see a response stored through another connection to the same database file', () => {
    const fx = surveyDatabase()
    const { reader, writer } = twoConnections(fx)
    const results = createResultsService(reader, SETTINGS, { keep: 8 })
    expect(results.organisation(fx.roundId, fx.org.town)?.whole.respondents).toBe(0)

    createResponseStore(writer).writeOne(response(fx, fx.org.town, fx.point.tax))
    expect(results.organisation(fx.roundId, fx.org.town)?.whole.respondents).toBe(1)
  })

  it('keep only as many organisations as asked, dropping the one asked for longest ago', () => {
    const fx = surveyDatabase()
    const results = createResultsService(fx.db, SETTINGS, { keep: 1 })
    const town = results.organisation(fx.roundId, fx.org.town)
    expect(results.organisation(fx.roundId, fx.org.town)).toBe(town)
    results.organisation(fx.roundId, fx.org.subdistrict)
    expect(results.organisation(fx.roundId, fx.org.town)).not.toBe(town)
  })

  it('are not kept at all by default (exports walk every organisation once)', () => {
    const fx = surveyDatabase()
    const results = createResultsService(fx.db, SETTINGS)
    expect(results.organisation(fx.roundId, fx.org.town)).not.toBe(results.organisation(fx.roundId, fx.org.town))
  })
})

describe('a round’s roll-up kept between requests', () => {
  const inTown = (fx: SurveyDatabase, rollup: ReturnType<ReturnType<typeof createRollupService>['read']>) =>
    rollup?.organisations.find((o) => o.id === fx.org.town)

  it('is the same until anything in the database changes: a response, or a name in the registry', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const rollups = createRollupService(fx.db, SETTINGS)
    const first = rollups.read(fx.roundId, null)
    expect(inTown(fx, first)?.respondents).toBe(0)
    expect(rollups.read(fx.roundId, null)).toBe(first)

    store.writeOne(response(fx, fx.org.town, fx.point.tax))
    const second = rollups.read(fx.roundId, null)
    expect(second).not.toBe(first)
    expect(inTown(fx, second)).toMatchObject({ respondents: 1, moments: { n: 1, sum: 4 } })
    expect(rollups.read(fx.roundId, null)).toBe(second)

    fx.db.$client.prepare("update organisations set name_th = 'กระบี่ใหม่' where id = ?").run(fx.org.town)
    expect(inTown(fx, rollups.read(fx.roundId, null))?.nameTh).toBe('กระบี่ใหม่')
  })

  it('keeps the country and each province apart', () => {
    const fx = surveyDatabase()
    const rollups = createRollupService(fx.db, SETTINGS)
    const country = rollups.read(fx.roundId, null)
    const krabi = rollups.read(fx.roundId, '81')
    expect(krabi).not.toBe(country)
    expect(rollups.read(fx.roundId, null)).toBe(country)
    expect(rollups.read(fx.roundId, '81')).toBe(krabi)
  })

  it('sees a response stored through another connection to the same database file', () => {
    const fx = surveyDatabase()
    const { reader, writer } = twoConnections(fx)
    const rollups = createRollupService(reader, SETTINGS)
    expect(inTown(fx, rollups.read(fx.roundId, null))?.respondents).toBe(0)

    createResponseStore(writer).writeOne(response(fx, fx.org.town, fx.point.tax))
    expect(inTown(fx, rollups.read(fx.roundId, null))?.respondents).toBe(1)
  })
})
