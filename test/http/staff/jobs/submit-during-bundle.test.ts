/**
 * A poster bundle is made inside the server, between residents' submissions: while one runs,
 * an answer sent from a poster is still stored, the resident is told so, and it is counted.
 * The data are arrange-posters.ts's: the national bundle covers three LGUs (four open points).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { arrangePosters, BASE_URL } from '../../../posters/arrange-posters.js'
import { answer, countedInBackground, storedCounts, validAnswers } from '../../../helpers/survey-fixture.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('submissions while a poster bundle is being made', () => {
  it('are stored, answered with the thank-you page and counted; the bundle still finishes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-files-'))
    dirs.push(dir)
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL, JOB_FILES_DIR: dir })
    const dla = await s.as('dla')
    const started = await dla.post('/staff/posters/bundle', { province: 'all', size: 'a4' })
    expect(started.status).toBe(303)
    const jobPath = started.headers.get('location')!
    const jobId = Number(/\/staff\/jobs\/(\d+)$/.exec(jobPath)![1])
    const jobStatus = () =>
      s.db.$client.prepare('select status, done, total from jobs where id = ?').get(jobId) as {
        status: string
        done: number
        total: number | null
      }
    const before = storedCounts(s.db)

    const running = s.app.jobs.runUntilIdle()
    expect(jobStatus().status, 'the bundle is under way when the residents answer').toBe('running')
    const point = s.points.main
    const sent = await Promise.all([1, 2, 3].map(() => answer(s.app, point.code, validAnswers(s.definition, point.services))))
    const whenAnswered = jobStatus()
    await running

    for (const res of sent) {
      expect(res.status, 'each resident is sent to the thank-you page').toBe(303)
      expect(res.headers.get('location')).toMatch(new RegExp(`^/s/${point.code}/thanks`))
    }
    expect(whenAnswered.status, 'the answers were stored before the bundle was done').toBe('running')
    expect(storedCounts(s.db).responses).toBe(before.responses! + 3)
    await countedInBackground(s.db)
    expect(storedCounts(s.db)['organisation_response_tallies.sum']).toBe(before['organisation_response_tallies.sum']! + 3)

    expect(jobStatus()).toEqual({ status: 'done', done: 3, total: 3 })
    expect((await dla.get(`${jobPath}/file`)).status).toBe(200)
  })
})
