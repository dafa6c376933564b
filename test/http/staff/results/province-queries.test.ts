/**
 * The province and national results pages read only pre-aggregated tallies: rendering them
 * issues no query on `responses` or `answers`, so they cost the same at 10 responses or 10
 * million. Every statement the database prepares while a page renders is recorded.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { arrangeRollups } from '../../../results/arrange-rollups.js'

let world: Awaited<ReturnType<typeof arrangeRollups>>
beforeAll(async () => {
  world = await arrangeRollups()
})

/**
 * The SQL of every statement prepared while `run` runs. The app is made fresh first (it prepares
 * the survey's insert statements as it is made); the results pages prepare theirs on first use.
 */
async function statementsDuring(run: (app: ReturnType<typeof createApp>) => Promise<void>): Promise<string[]> {
  const app = createApp({ db: world.db, config: world.config, now: () => world.clock.now })
  const client = world.db.$client
  const prepare = client.prepare
  const seen: string[] = []
  client.prepare = function (this: typeof client, source: string) {
    seen.push(source)
    return prepare.call(this, source)
  } as typeof prepare
  try {
    await run(app)
  } finally {
    client.prepare = prepare
  }
  return seen
}

const RAW_TABLES = /\b(responses|answers)\b/i

describe.each([
  ['province', '/staff/provinces/81/results?sort=percent'],
  ['province, another page', '/staff/provinces/81/results?page=2&type=sao'],
  ['national', '/staff/national/results'],
])('the %s results page', (_, path) => {
  it('reads the tallies, never responses or answers', async () => {
    const sql = await statementsDuring(async (app) => {
      const res = await app.request(path, { headers: { cookie: world.dla.cookie } })
      expect(res.status).toBe(200)
      await res.text()
    })
    expect(
      sql.some((s) => /answer_tallies|organisation_(item|headline)_moments/.test(s)),
      'the page read its figures from the tallies or the per-organisation sums',
    ).toBe(true)
    expect(
      sql.some((s) => s.includes('response_tallies')),
      'the page read its respondents',
    ).toBe(true)
    expect(sql.filter((s) => RAW_TABLES.test(s))).toEqual([])
  })
})

it('the guard itself would notice a query on responses', async () => {
  const sql = await statementsDuring(async () => {
    world.db.$client.prepare('select count(*) from responses').get()
  })
  expect(sql.filter((s) => RAW_TABLES.test(s))).toHaveLength(1)
})
