import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { createResultsService } from '../../src/results/organisation-results.js'
import { surveyDatabase, type SurveyDatabase } from '../db/fixture.js'

const AT = Date.parse('2025-03-14T03:00:00.000Z')
const SETTINGS = { minimumResponses: 1, includeFlagged: false }

function response(fx: SurveyDatabase, organisationId: number, servicePointId: number, overrides: Partial<NewResponse> = {}): NewResponse {
  return {
    submissionId: crypto.randomUUID(), roundId: fx.roundId, organisationId, servicePointId, serviceId: null,
    submittedAt: AT, locale: 'th', channel: 'web', flagReason: null,
    answers: [{ itemId: 'overall', value: '4', tally: '4' }],
    ...overrides,
  }
}

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('an organisation’s results kept between requests', () => {
  it('are worked out again only when a response for that organisation is stored', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const results = createResultsService(fx.db, SETTINGS, { keep: 8 })
    store.writeOne(response(fx, fx.org.town, fx.point.tax))

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
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const results = createResultsService(fx.db, SETTINGS, { keep: 8 })
    store.writeOne(response(fx, fx.org.town, fx.point.tax))
    const before = results.organisation(fx.roundId, fx.org.town)

    store.writeOne(response(fx, fx.org.town, fx.point.tax, { flagReason: 'repeat' }))
    const after = results.organisation(fx.roundId, fx.org.town)
    expect(after).not.toBe(before)
    expect(after).toMatchObject({ whole: { respondents: 1 }, flaggedRespondents: 1 })
  })

  it('see a response stored through another connection to the same database file', () => {
    const fx = surveyDatabase()
    const dir = mkdtempSync(join(tmpdir(), 'kept-results-'))
    dirs.push(dir)
    const path = join(dir, 'app.db')
    fx.db.$client.exec(`vacuum into '${path}'`)
    const reader = openDatabase(path)
    const writer = openDatabase(path)
    const results = createResultsService(reader, SETTINGS, { keep: 8 })
    expect(results.organisation(fx.roundId, fx.org.town)?.whole.respondents).toBe(0)

    createResponseStore(writer).writeOne(response(fx, fx.org.town, fx.point.tax))
    expect(results.organisation(fx.roundId, fx.org.town)?.whole.respondents).toBe(1)
    reader.$client.close()
    writer.$client.close()
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
