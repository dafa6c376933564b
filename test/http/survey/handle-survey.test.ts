/**
 * What the survey handler promises whichever adapter carries the request: a
 * submission asks the rate limiter once and the store once, and every failure
 * is logged with the survey it was for. Then the client address behind a
 * trusted proxy, through the listener production runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answer, arrangeSurvey, storedCounts, validAnswers, type ArrangedSurvey } from '../../helpers/survey-fixture.js'
import { reached, throughEachTransport } from '../../helpers/transport.js'
import { expectAnswersKept, expectFormAgain, expectStatusPage } from './expect.js'

const RATE_LIMITED = 'มีการส่งแบบประเมินจากเครื่องนี้บ่อยเกินไป'
const UNAVAILABLE = 'ระบบบันทึกคำตอบไม่สำเร็จชั่วคราว'

const answersAtMain = (s: ArrangedSurvey) => validAnswers(s.definition, s.points.main.services)
/** What was logged as an error, each call as one line. */
const logged = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((args) => args.map(String).join(' '))

afterEach(() => {
  vi.restoreAllMocks()
})

throughEachTransport(() => {
  describe('the rate limit', () => {
    it('is asked once per valid submission: the last allowed try is stored, the next one refused', async () => {
      const s = arrangeSurvey({ config: { RATE_LIMIT_SUBMISSIONS: 2 } })
      const answers = answersAtMain(s)

      // A mistake shown again is not a try.
      expect((await answer(s.app, 'KRB1001', { overall: '5' })).status).toBe(422)
      expect((await answer(s.app, 'KRB1001', answers)).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', answers)).status).toBe(303)
      const view = await expectFormAgain(await answer(s.app, 'KRB1001', answers), 429, RATE_LIMITED)

      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db).responses).toBe(2)
    })
  })

  describe('a store that cannot take the answer', () => {
    it('is tried once; the form comes back with 503 and the answers, and the failure is logged with the code', async () => {
      const s = arrangeSurvey()
      let attempts = 0
      s.db.$client.function('attempt_insert', () => ++attempts)
      s.db.$client.exec(
        "create trigger refuse_response before insert on responses begin select attempt_insert(); select raise(abort, 'disk I/O error'); end",
      )
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
      const answers = answersAtMain(s)

      const view = await expectFormAgain(await answer(s.app, 'KRB1001', answers), 503, UNAVAILABLE)

      expectAnswersKept(view, s.definition, answers)
      expect(attempts).toBe(1)
      expect(storedCounts(s.db).responses).toBe(0)
      expect(logged(errors)).toEqual([expect.stringMatching(/^survey KRB1001: .*not stored.*disk I\/O error/)])
    })
  })

  describe('a failure nobody planned for', () => {
    it('is answered with the plain error page and logged with the route and the code', async () => {
      const s = arrangeSurvey()
      // The point is read from the database on its first request, from a table that is no longer there.
      s.db.$client.exec('alter table service_points rename to service_points_gone')
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {})

      await expectStatusPage(await s.app.request('/s/CNX1001'), 500, 'ระบบขัดข้องชั่วคราว')

      expect(logged(errors)).toEqual([expect.stringMatching(/^survey form CNX1001: no answer:.*service_points/)])
    })
  })
})

describe('the client address through the Node listener', () => {
  const arrange = (trustProxy: boolean) => {
    const s = arrangeSurvey({ config: { RATE_LIMIT_SUBMISSIONS: 1, TRUST_PROXY: trustProxy } })
    return { s, node: reached(s.app, 'node'), answers: answersAtMain(s) }
  }
  const from = (address: string) => ({ 'X-Forwarded-For': address })

  it('with TRUST_PROXY on, is the one the proxy saw: two residents behind it have a limit each', async () => {
    const { s, node, answers } = arrange(true)
    expect((await answer(node, 'KRB1001', answers, from('198.51.100.7'))).status).toBe(303)
    expect((await answer(node, 'KRB1001', answers, from('198.51.100.8'))).status).toBe(303)
    expect((await answer(node, 'KRB1001', answers, from('192.0.2.1, 198.51.100.7'))).status).toBe(429)
    expect(storedCounts(s.db).responses).toBe(2)
  })

  it('with TRUST_PROXY off, is the socket’s: what the client writes in X-Forwarded-For changes nothing', async () => {
    const { s, node, answers } = arrange(false)
    expect((await answer(node, 'KRB1001', answers, from('198.51.100.7'))).status).toBe(303)
    expect((await answer(node, 'KRB1001', answers, from('198.51.100.8'))).status).toBe(429)
    expect(storedCounts(s.db).responses).toBe(1)
  })
})
