/**
 * The survey keeps points, services and rounds in memory between requests;
 * whatever changes them must still show on the very next request: a staff
 * edit, a write by another process on the same database file, and the clock
 * reaching a round's opening or closing.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app.js'
import { openDatabase } from '../../../src/db/client.js'
import { arrangeSurvey, DAY, DEFAULT_NOW, getForm, HOUR } from '../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { reached, throughEachTransport } from '../../helpers/transport.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

throughEachTransport(() => {
  describe('the survey after a change', () => {
    it('refuses a point on the request right after its officer switched it off, and takes it back when reopened', async () => {
      const s = arrangeSurvey()
      await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
      const officer = await signIn(s.app, 'krabi-town')
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)

      expect((await officer.post(`/staff/service-points/${s.points.main.id}/deactivate`)).status).toBe(303)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(410)
      expect((await officer.post(`/staff/service-points/${s.points.main.id}/reactivate`)).status).toBe(303)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)
    })

    it('drops a service switched off, on the next request', async () => {
      const s = arrangeSurvey()
      const [first] = s.points.main.services
      expect((await getForm(s.app, 'KRB1001')).html).toContain(first!.nameTh)
      s.db.$client.prepare('update services set active = 0 where id = ?').run(first!.id)
      expect((await getForm(s.app, 'KRB1001')).html).not.toContain(first!.nameTh)
    })

    it('sees, within milliseconds, a round closed by another process writing the same database file', async () => {
      const s = arrangeSurvey()
      const dir = mkdtempSync(join(tmpdir(), 'survey-fresh-'))
      dirs.push(dir)
      const file = join(dir, 'survey.db')
      await s.db.$client.backup(file)
      const db = openDatabase(file)
      const app = reached(createApp({ db, config: s.config, now: () => s.clock.now }))
      expect((await getForm(app, 'KRB1001')).status).toBe(200)

      const other = new Database(file)
      other.prepare('update rounds set closes_at = ? where id = ?').run(s.clock.now - 1, s.roundId)
      other.close()
      // Other processes' commits are looked for every few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect((await getForm(app, 'KRB1001')).status).toBe(404)
      db.$client.close()
    })

    it('opens the form when the clock reaches the round’s opening and closes it at its closing', async () => {
      const s = arrangeSurvey({ round: { opensAt: DEFAULT_NOW + HOUR, closesAt: DEFAULT_NOW + DAY } })
      expect((await getForm(s.app, 'KRB1001')).status).toBe(404)
      s.clock.advance(HOUR - 1)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(404)
      s.clock.advance(1)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)
      s.clock.advance(DAY - HOUR - 1)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)
      s.clock.advance(1)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(404)
      // A clock set back (tests, or a corrected system clock) finds the round open again.
      s.clock.advance(-HOUR)
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)
    })
  })
})
