import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase, openDatabaseFrom, serializeDatabase } from '../../src/db/client.js'
import { freshDatabase } from '../helpers/database.js'

const journal = JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: unknown[]
}

describe("the tests' fresh database", () => {
  it('has every migration applied, as the server would', () => {
    const db = freshDatabase()
    const applied = db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }
    expect(applied.n).toBe(journal.entries.length)
  })

  it('is a copy of its own: what one test writes, the next does not see', () => {
    const first = freshDatabase()
    first.$client.exec("insert into provinces (code, name_th, name_en) values ('99', 'ทดสอบ', 'Test')")
    const second = freshDatabase()
    const count = (db: typeof first) =>
      (db.$client.prepare("select count(*) as n from provinces where code = '99'").get() as { n: number }).n
    expect(count(first)).toBe(1)
    expect(count(second)).toBe(0)
  })

  it('enforces foreign keys, like every database the server opens', () => {
    const db = freshDatabase()
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
  })
})

describe('openDatabaseFrom', () => {
  it('opens a copy of a serialised database, rows and all, that changes apart from it', () => {
    const source = openDatabase(':memory:')
    source.$client.exec("create table t (v text); insert into t values ('ก'), ('ข')")
    const copy = openDatabaseFrom(serializeDatabase(source))
    copy.$client.exec("insert into t values ('ค')")
    expect(copy.$client.prepare('select v from t order by rowid').pluck().all()).toEqual(['ก', 'ข', 'ค'])
    expect(source.$client.prepare('select count(*) from t').pluck().get()).toBe(2)
  })
})
