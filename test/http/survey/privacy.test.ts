/**
 * PDPA: a response keeps no IP address, user agent, cookie or exact time, and
 * nothing the browser sent about itself ends up anywhere in the database.
 */
import { describe, expect, it } from 'vitest'
import { answer, arrangeSurvey, cookiesFrom, HOUR, validAnswers } from '../../helpers/survey-fixture.js'
import { rows } from './expect.js'
import { throughEachTransport } from '../../helpers/transport.js'

/** Every column a response may have; anything else must be argued for first. */
const ALLOWED_RESPONSE_COLUMNS = [
  'id',
  'submission_id',
  'round_id',
  'organisation_id',
  'service_point_id',
  'service_id',
  'submitted_hour',
  'day',
  'locale',
  'channel',
  'flag_reason',
  // flag_reason again, copied as the response is counted, for the review queue.
  'review_reason',
  // The answers themselves, as JSON: what the resident chose and wrote, nothing about them.
  'answer_values',
]

const CLIENT = {
  ip: '203.0.113.77',
  userAgent: 'Mozilla/5.0 (Linux; Android 10; SM-A105F) AppleWebKit/537.36 Probe/4.2',
  forwarded: '203.0.113.77, 10.1.2.3',
}

throughEachTransport(() => {
  describe('what a response keeps', () => {
    it('has no column that could hold an IP address, a user agent or a cookie', () => {
      const s = arrangeSurvey()
      const columns = rows<{ name: string }>(s.db, 'pragma table_info(responses)').map((c) => c.name)

      expect(columns.filter((c) => !ALLOWED_RESPONSE_COLUMNS.includes(c))).toEqual([])
      expect(columns.filter((c) => /ip|addr|agent|ua$|cookie|session|device|browser/i.test(c))).toEqual([])
    })

    it('keeps the time only to the whole hour', async () => {
      // 10:37:12.345 in Bangkok: the response must say 10:00.
      const now = Date.UTC(2025, 5, 10, 3, 37, 12, 345)
      const s = arrangeSurvey({ now })
      await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))

      const [stored] = rows<{ submitted_hour: number }>(s.db, 'select submitted_hour from responses')
      expect(stored!.submitted_hour % HOUR).toBe(0)
      expect(stored!.submitted_hour).toBe(Date.UTC(2025, 5, 10, 3, 0, 0))
    })

    it('writes nothing the browser sent about itself anywhere in the database', async () => {
      const s = arrangeSurvey({ config: { TRUST_PROXY: true } })
      const headers = { 'X-Forwarded-For': CLIENT.forwarded, 'User-Agent': CLIENT.userAgent, 'Accept-Language': 'th-TH,th;q=0.9' }
      const first = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services), headers)
      const cookie = cookiesFrom(first)
      await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services), { ...headers, Cookie: cookie })
      expect(rows(s.db, 'select count(*) as n from responses')).toEqual([{ n: 2 }])

      const tables = rows<{ name: string }>(s.db, "select name from sqlite_master where type = 'table'").map((t) => t.name)
      const sent = [
        CLIENT.ip,
        CLIENT.forwarded,
        CLIENT.userAgent,
        'SM-A105F',
        'th-TH',
        cookie.split('; ').find((c) => c.startsWith('answered='))!,
      ]
      const found: string[] = []
      for (const table of tables) {
        const columns = rows<{ name: string }>(s.db, `pragma table_info("${table}")`).map((c) => c.name)
        for (const column of columns)
          for (const value of sent) {
            const hits = rows<{ n: number }>(
              s.db,
              `select count(*) as n from "${table}" where instr(cast("${column}" as text), ?) > 0`,
              value,
            )
            if (hits[0]!.n > 0) found.push(`${table}.${column} holds ${value}`)
          }
      }
      expect(tables).toContain('responses')
      expect(found).toEqual([])
    })
  })
})
