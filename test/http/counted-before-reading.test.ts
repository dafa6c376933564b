/**
 * Staff and public pages count what is stored and not yet counted before they
 * read the tallies; the residents' own pages and a background job's pages never
 * wait for it, and the thank-you page adds what is not yet counted by itself.
 */
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { countedBeforeReading } from '../../src/http/counted-before-reading.js'
import { publicResultsPath } from '../../src/http/public/paths.js'
import { arrangeSurvey, validAnswers } from '../helpers/survey-fixture.js'
import { readPage } from './html.js'

describe('countedBeforeReading', () => {
  it.each([
    ['/results/4810102', true],
    ['/staff/results', true],
    ['/api/v1/rounds', true],
    ['/open-data/results.csv', true],
    ['/', true],
    ['/s/KRB1001', false],
    ['/s/KRB1001/thanks', false],
    ['/k/a-kiosk-token', false],
    ['/s', false],
    ['/staff/jobs', false],
    ['/staff/jobs/12', false],
    ['/staff/jobs/12/progress', false],
    ['/staff/jobs/12/file', false],
    ['/staff/jobsheet', true],
  ])('before %s counts first: %s', async (path, counts) => {
    let caughtUp = 0
    const app = new Hono()
    app.use(countedBeforeReading(() => caughtUp++))
    app.all('*', (c) => c.text('ok'))
    expect((await app.request(path)).status).toBe(200)
    expect(caughtUp).toBe(counts ? 1 : 0)
  })
})

describe('responses stored and not yet counted', () => {
  function storedNotCounted() {
    const s = arrangeSurvey()
    const point = s.points.main
    const answers = validAnswers(s.definition, point.services)
    const store = createResponseStore(s.db)
    store.storeBatch(
      ['one', 'two'].map((id) => ({
        submissionId: id,
        roundId: s.roundId!,
        organisationId: point.organisationId,
        servicePointId: point.id,
        serviceId: Number(answers.service),
        submittedAt: s.clock.now,
        locale: 'th' as const,
        channel: 'web' as const,
        flagReason: null,
        answers: [{ itemId: 'overall', value: '5' }],
      })),
    )
    return { s, store }
  }
  const tallied = (s: ReturnType<typeof arrangeSurvey>) =>
    s.db.$client.prepare('select coalesce(sum(count), 0) from organisation_response_tallies').pluck().get()

  it('are in the thank-you count, and the page leaves the counting to the background', async () => {
    const { s, store } = storedNotCounted()
    const thanks = await s.app.request('/s/KRB1001/thanks')
    expect(readPage(await thanks.text()).text()).toContain('แล้ว 2 คน')
    expect(store.counter.hasUncounted()).toBe(true)
    expect(tallied(s)).toBe(0)
  })

  it('are counted before the public results page reads the tallies', async () => {
    const { s, store } = storedNotCounted()
    const page = await s.app.request(publicResultsPath('4810102'))
    expect(page.status).toBe(200)
    expect(store.counter.hasUncounted()).toBe(false)
    expect(tallied(s)).toBe(2)
  })
})
