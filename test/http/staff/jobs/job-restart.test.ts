/**
 * A job survives nothing: after a restart whatever was queued or running is interrupted, its
 * page says it must be started again, and the runner does not pick it up. Old result files are
 * deleted after JOB_FILES_KEEP_DAYS and the job's page says so.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { testConfig } from '../../../../src/config.js'
import { takeNextJob } from '../../../../src/db/queries/jobs.js'
import { signIn } from '../../../helpers/staff.js'
import { DAY } from '../../../helpers/survey-fixture.js'
import { arrangePosters, BASE_URL } from '../../../posters/arrange-posters.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function arrange(keepDays = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'job-files-'))
  dirs.push(dir)
  const config = testConfig({ PUBLIC_BASE_URL: BASE_URL, JOB_FILES_DIR: dir, JOB_FILES_KEEP_DAYS: keepDays })
  return { ...(await arrangePosters(config)), dir, config }
}

const statusOf = (db: { $client: { prepare(sql: string): { get(...a: unknown[]): unknown } } }, id: string) =>
  (db.$client.prepare('select status from jobs where id = ?').get(id) as { status: string }).status

describe('a restart', () => {
  it('interrupts queued and running jobs; their pages say to start again, and nothing resumes them', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const first = (await dla.post('/staff/posters/bundle', { province: '81', size: 'a4' })).headers.get('location')!
    const second = (await dla.post('/staff/posters/bundle', { province: 'all', size: 'a4' })).headers.get('location')!
    // The first was taken by the runner when the process died; its half-written file is still there.
    takeNextJob(s.db, new Date(s.clock.now))
    writeFileSync(join(s.dir, `job-${first.split('/').pop()}.zip.part`), 'half a zip')

    const restarted = createApp({ db: s.db, config: s.config, now: () => s.clock.now })
    await restarted.jobs.start()
    await restarted.jobs.runUntilIdle()
    await restarted.jobs.stop()

    for (const path of [first, second]) {
      expect(statusOf(s.db, path.split('/').pop()!)).toBe('interrupted')
      const page = await (await restarted.request(path, { headers: { cookie: dla.cookie } })).text()
      expect(page).toContain('ถูกขัดจังหวะ')
      expect(page).toContain('กรุณาสั่งงานใหม่อีกครั้ง')
      expect(page).not.toContain('hx-trigger')
      expect(page).not.toContain(`${path}/file`)
      expect((await restarted.request(`${path}/file`, { headers: { cookie: dla.cookie } })).status).toBe(404)
    }
    const again = await (await restarted.request(first, { headers: { cookie: dla.cookie } })).text()
    expect(again).toContain('href="/staff/posters/bundle?province=81&amp;size=a4"')
    expect(readdirSync(s.dir)).toEqual([])
  })
})

describe('old result files', () => {
  it('are deleted after JOB_FILES_KEEP_DAYS; the job stays listed and says its file is gone', async () => {
    const s = await arrange(2)
    const dla = await s.as('dla')
    const jobPath = (await dla.post('/staff/posters/bundle', { province: '50', size: 'a4' })).headers.get('location')!
    await s.app.jobs.runUntilIdle()
    const file = join(s.dir, `job-${jobPath.split('/').pop()}.zip`)

    s.clock.advance(2 * DAY - 1)
    await s.app.jobs.clean()
    expect(existsSync(file)).toBe(true)

    s.clock.advance(2)
    await s.app.jobs.clean()
    expect(existsSync(file)).toBe(false)
    const later = await signIn(s.app, 'dla') // the first session ended days ago
    const page = await (await later.get(jobPath)).text()
    expect(page).toContain('ไฟล์ของงานนี้ถูกลบแล้ว (เก็บไว้ 2 วัน)')
    expect(page).toContain('href="/staff/posters/bundle?province=50&amp;size=a4"')
    expect((await later.get(`${jobPath}/file`)).status).toBe(404)
  })
})
