/**
 * `review_groups`, the review queue's groups kept as counts: migration 0029 fills it from the
 * responses counted already; the retention run takes out what it deletes; a province's page and
 * totals read one range of its index, whatever the number of flagged answers. (The tally counter's
 * and the decisions' writes are checked step by step in `flag-decisions-recount.test.ts`.)
 */
import type Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { closeDatabase, inTransaction, migrateDatabase } from '../../src/db/client.js'
import { decideFlags } from '../../src/db/queries/flag-decisions.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { createRetentionWriter } from '../../src/db/queries/retention.js'
import { flagGroups, reviewTotals } from '../../src/db/queries/review-groups.js'
import { databaseAtMigration } from '../helpers/migrations.js'
import { misgrouped } from '../helpers/review-groups.js'
import { reviewerOf, surveyDatabase } from './fixture.js'

describe('migrations 0029 and 0031', () => {
  it('groups the flagged responses counted already, with their decisions', () => {
    const db = databaseAtMigration(28)
    const sqlite = db.$client
    sqlite.exec(`insert into service_points (id, organisation_id, code, name_th, created_at, updated_at)
      values (2, 1, 'KRB1002', 'งานทะเบียน', 0, 0)`)
    const insert = sqlite.prepare(`insert into responses (id, submission_id, round_id, organisation_id, service_point_id,
      submitted_hour, day, locale, channel, flag_reason, review_reason) values (?, ?, 1, 1, ?, 0, ?, 'th', 'web', ?, ?)`)
    // id, point, day, flag; ids up to 6 are counted (their review_reason copied), 7 is not yet.
    for (const [id, point, day, reason] of [
      [1, 1, '2025-03-01', 'repeat'],
      [2, 1, '2025-03-01', 'repeat'],
      [3, 1, '2025-03-01', 'repeat'],
      [4, 1, '2025-03-02', 'repeat'],
      [5, 2, '2025-03-01', 'burst'],
      [6, 1, '2025-03-01', null],
      [7, 1, '2025-03-01', 'repeat'],
    ] as const)
      insert.run(id, `s-${id}`, point, day, reason, id <= 6 ? reason : null)
    sqlite.exec(`update tally_progress set counted_to = 6;
      insert into users (id, username, display_name, password_hash, role, created_at, updated_at)
        values (1, 'u', 'u', 'x', 'dla', 0, 0);
      insert into flag_decisions values (1, 'count', 'ครอบครัว', 1, 0), (2, 'keep_out', 'ซ้ำ', 1, 0)`)
    sqlite.pragma('foreign_keys = ON')

    migrateDatabase(db)

    const groups = () =>
      sqlite
        .prepare(
          `select service_point_id, reason, day, province_code, total, counted, kept_out from review_groups
           order by service_point_id, day`,
        )
        .raw()
        .all()
    expect(groups()).toEqual([
      [1, 'repeat', '2025-03-01', '81', 3, 1, 1],
      [1, 'repeat', '2025-03-02', '81', 1, 0, 0],
      [2, 'burst', '2025-03-01', '81', 1, 0, 0],
    ])
    // Migration 0031 sums them up per organisation: three groups, three answers waiting.
    expect(sqlite.prepare('select * from review_totals').raw().all()).toEqual([[1, 1, '81', 3, 3]])
    expect(sqlite.prepare("select sql from sqlite_master where name = 'review_groups'").pluck().get()).toMatch(
      /\)\s*WITHOUT ROWID$/i,
    )
    closeDatabase(db)
  })
})

describe("a province's queue reads one range of an index for its totals and one for its page", () => {
  it('takes its totals from its organisations’ totals and its page from the groups in order, both from indexes alone', () => {
    const fx = surveyDatabase()
    const prepared: string[] = []
    const prepare = fx.db.$client.prepare.bind(fx.db.$client)
    const spy = vi.spyOn(fx.db.$client, 'prepare').mockImplementation(((sql: string) => {
      prepared.push(sql)
      return prepare(sql)
    }) as Database.Database['prepare'])
    const place = { roundId: fx.roundId, provinceCode: '81' }
    reviewTotals(fx.db, place)
    flagGroups(fx.db, place, { limit: 20, offset: 0 })
    spy.mockRestore()
    const plans = prepared.map((sql) =>
      (
        fx.db.$client
          .prepare(`explain query plan ${sql}`)
          .all(...[fx.roundId, '81', 20, 0].slice(0, sql.split('?').length - 1)) as { detail: string }[]
      )
        .map((p) => p.detail)
        .join('\n'),
    )
    expect(plans).toHaveLength(2)
    expect(plans[0]).toMatch(/USING COVERING INDEX review_totals_province_idx \(round_id=\? AND province_code=\?\)/)
    expect(plans[1]).toMatch(/USING COVERING INDEX review_groups_province_idx \(round_id=\? AND province_code=\?\)/)
    expect(plans[1]).not.toMatch(/SCAN review_groups/)
  })
})

describe('the retention run', () => {
  it('takes the responses it deletes out of their groups and lists, batch by batch, and leaves no empty group', async () => {
    const fx = surveyDatabase()
    const reviewer = await reviewerOf(fx)
    const sqlite = fx.db.$client
    const store = createResponseStore(fx.db)
    const points = [fx.point.tax, fx.point.registry, fx.point.one]
    // 30 answers over two days, every third flagged: 10 flagged, in groups by point and day.
    const responses: NewResponse[] = Array.from({ length: 30 }, (_, n) => ({
      submissionId: `s-${n}`,
      roundId: fx.roundId,
      organisationId: points[n % 3] === fx.point.one ? fx.org.subdistrict : fx.org.town,
      servicePointId: points[n % 3]!,
      serviceId: null,
      submittedAt: Date.parse('2025-02-01T03:00:00Z') + (n % 2) * 86_400_000,
      locale: 'th',
      channel: 'web',
      flagReason: n % 3 === 0 ? 'repeat' : null,
      answers: [{ itemId: 'overall', value: '5' }],
    }))
    store.storeBatch(responses)
    store.counter.countAll()
    // The flagged answers (n = 0, 3, …, 27) are all at the tax point: five on each day.
    const place = { roundId: fx.roundId, organisationId: fx.org.town }
    const groups = flagGroups(fx.db, place, { limit: 10, offset: 0 })
    expect(groups.map((g) => [g.servicePointId, g.day, g.total])).toEqual([
      [fx.point.tax, '2025-02-02', 5],
      [fx.point.tax, '2025-02-01', 5],
    ])
    inTransaction(fx.db, () =>
      decideFlags(fx.db, {
        roundId: fx.roundId,
        organisationId: fx.org.town,
        group: groups[0]!,
        decision: 'keep_out',
        reason: 'ซ้ำ',
        userId: reviewer,
        at: new Date(),
      }),
    )
    expect(reviewTotals(fx.db, place)).toEqual({ groups: 2, waiting: 5 })

    const writer = createRetentionWriter(fx.db)
    const along: { flagged: number; misgrouped: number }[] = []
    while (writer.deleteCounted(fx.roundId, 4).responses > 0)
      along.push({
        flagged: sqlite.prepare('select count(*) from responses where flag_reason is not null').pluck().get() as number,
        misgrouped: misgrouped(sqlite),
      })
    expect(along).toHaveLength(Math.ceil(responses.length / 4))
    expect(along.map((a) => a.misgrouped)).toEqual(along.map(() => 0))
    expect(along.at(-1)!.flagged).toBe(0)
    expect(new Set(along.map((a) => a.flagged)).size).toBeGreaterThan(3)
    expect(sqlite.prepare('select count(*) from review_groups').pluck().get()).toBe(0)
    expect(sqlite.prepare('select count(*) from organisation_responses').pluck().get()).toBe(0)
    expect(sqlite.prepare('select count(*) from review_totals').pluck().get()).toBe(0)
    expect(reviewTotals(fx.db, place)).toEqual({ groups: 0, waiting: 0 })
  })
})
