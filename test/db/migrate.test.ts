/**
 * Migrations, and the reference check after them: it reads every row of every
 * table, so it runs when a migration did and not on every start.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeDatabase, migrateDatabase, openDatabase, type Db } from '../../src/db/client.js'
import { projectPath } from '../../src/project-files.js'

const open: Db[] = []
afterEach(() => open.splice(0).forEach(closeDatabase))

function fresh(): Db {
  const db = openDatabase(':memory:')
  open.push(db)
  return db
}

const checksOf = (pragma: ReturnType<typeof vi.spyOn>) =>
  pragma.mock.calls.filter(([source]) => String(source).includes('foreign_key_check')).length

describe('migrateDatabase', () => {
  it('applies every migration of drizzle/ and checks the references after them', () => {
    const db = fresh()
    const pragma = vi.spyOn(db.$client, 'pragma')
    migrateDatabase(db)
    const journal = JSON.parse(readFileSync(projectPath('drizzle', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
    expect(db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journal.entries.length)
    expect(checksOf(pragma)).toBe(1)
  })

  it('with nothing pending, starts without reading every row', () => {
    const db = fresh()
    migrateDatabase(db)
    const pragma = vi.spyOn(db.$client, 'pragma')
    migrateDatabase(db)
    expect(checksOf(pragma)).toBe(0)
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
  })
})
