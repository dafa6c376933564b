/**
 * Migration 0014 fills `organisation_headline_moments` for responses stored
 * before it: per round, organisation and flag, the per-item sums added up
 * over exactly the items the round's questionnaire scores. Checked against
 * sums taken here in JavaScript over `scoredItems`, on one round of each
 * scoring method, with rows for items the headline leaves out.
 */
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { applyMigrations } from '../helpers/migrations.js'
import { allItems, type Definition } from '../../src/domain/questionnaire/definition.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { scoredItems } from '../../src/domain/scoring/definition-items.js'

type Row = {
  round_id: number
  organisation_id: number
  flagged: number
  n: number
  not_applicable: number
  sum: number
  sum_squares: number
  top_two: number
}

describe('migration 0014 on a database in use', () => {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = OFF')
  applyMigrations(db, (n) => n <= 13)

  const rounds: [number, Definition][] = [
    [1, builtinDefinition('thai-lgu-standard')],
    [2, builtinDefinition('arta-csm')],
    [3, builtinDefinition('a11-trust')],
  ]
  const moments: Row[] = []
  for (const [id, definition] of rounds) {
    db.prepare(
      `insert into questionnaires (id, slug, version, definition, status, created_at) values (?, ?, 1, ?, 'published', 0)`,
    ).run(id, definition.slug, JSON.stringify(definition))
    db.prepare(
      `insert into rounds (id, name_th, name_en, questionnaire_id, opens_at, closes_at, scope, created_at) values (?, 'r', 'r', ?, 0, 1, 'all', 0)`,
    ).run(id, id)
    // Every rating item, scored or not, gets made-up sums for two organisations and both flags.
    const ratings = allItems(definition)
      .filter((i) => i.kind === 'rating')
      .map((i) => i.id)
    ratings.forEach((itemId, i) => {
      for (const organisation of [7, 8])
        for (const flagged of [0, 1]) {
          const n = 3 + i + organisation + flagged
          moments.push({
            round_id: id,
            organisation_id: organisation,
            flagged,
            n,
            not_applicable: i % 2,
            sum: 4 * n,
            sum_squares: 17 * n,
            top_two: n - 1,
          })
        }
    })
  }
  const insert = db.prepare(
    `insert into organisation_item_moments (round_id, organisation_id, item_id, flagged, n, not_applicable, sum, sum_squares, top_two)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const itemsOf = new Map(
    rounds.map(([id, d]) => [
      id,
      allItems(d)
        .filter((i) => i.kind === 'rating')
        .map((i) => i.id),
    ]),
  )
  let at = 0
  for (const [id] of rounds)
    for (const itemId of itemsOf.get(id)!)
      for (let k = 0; k < 4; k++, at++) {
        const m = moments[at]!
        insert.run(m.round_id, m.organisation_id, itemId, m.flagged, m.n, m.not_applicable, m.sum, m.sum_squares, m.top_two)
      }
  applyMigrations(db, (n) => n === 14)

  it('adds up exactly the scored items of each round’s questionnaire, per organisation and flag', () => {
    const expected = new Map<string, Row>()
    at = 0
    for (const [id, definition] of rounds) {
      const scored = new Set(scoredItems(definition))
      for (const itemId of itemsOf.get(id)!)
        for (let k = 0; k < 4; k++, at++) {
          const m = moments[at]!
          if (!scored.has(itemId)) continue
          const key = `${m.round_id}/${m.organisation_id}/${m.flagged}`
          const e = expected.get(key) ?? { ...m, n: 0, not_applicable: 0, sum: 0, sum_squares: 0, top_two: 0 }
          expected.set(key, {
            ...e,
            n: e.n + m.n,
            not_applicable: e.not_applicable + m.not_applicable,
            sum: e.sum + m.sum,
            sum_squares: e.sum_squares + m.sum_squares,
            top_two: e.top_two + m.top_two,
          })
        }
    }
    // Thai and ARTA leave a rating item out of the headline (overall, SQD0): a plain sum over all items would differ.
    for (const [id, definition] of rounds.slice(0, 2))
      expect(scoredItems(definition).length).toBeLessThan(itemsOf.get(id)!.length)
    expect(db.prepare('select * from organisation_headline_moments order by round_id, organisation_id, flagged').all()).toEqual([
      ...expected.values(),
    ])
    expect(expected.size).toBe(12)
  })

  it('is a WITHOUT ROWID table like the other tallies', () => {
    const { sql } = db.prepare("select sql from sqlite_master where name = 'organisation_headline_moments'").get() as {
      sql: string
    }
    expect(sql).toMatch(/\)\s*WITHOUT ROWID$/i)
  })
})
