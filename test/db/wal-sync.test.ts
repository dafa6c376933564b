import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrateDatabase, openDatabase } from '../../src/db/client.js'
import { createWalSync } from '../../src/db/wal-sync.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function fileDb() {
  const dir = mkdtempSync(join(tmpdir(), 'wal-sync-'))
  dirs.push(dir)
  const db = openDatabase(join(dir, 'app.db'))
  migrateDatabase(db)
  return db
}

const synchronous = (db: ReturnType<typeof openDatabase>) => db.$client.pragma('synchronous', { simple: true })

describe('createWalSync', () => {
  it('writes with synchronous=NORMAL (1) and puts FULL (2) back, even when the write throws', () => {
    const db = fileDb()
    const wal = createWalSync(db)
    expect(synchronous(db)).toBe(2)
    expect(wal.withoutFsync(() => synchronous(db))).toBe(1)
    expect(synchronous(db)).toBe(2)
    expect(() =>
      wal.withoutFsync(() => {
        throw new Error('constraint')
      }),
    ).toThrow('constraint')
    expect(synchronous(db)).toBe(2)
  })

  it('fsyncs the WAL file of a file database, and another connection sees the committed row', async () => {
    const db = fileDb()
    const wal = createWalSync(db)
    wal.withoutFsync(() => db.$client.prepare("insert into app_settings (key, value) values ('k', 'v')").run())
    await wal.sync()
    const other = openDatabase(db.$client.name)
    expect(other.$client.prepare("select value from app_settings where key = 'k'").get()).toEqual({ value: 'v' })
    other.$client.close()
    await wal.close()
  })

  it('has nothing to sync for an in-memory database', async () => {
    const db = openDatabase(':memory:')
    const wal = createWalSync(db)
    expect(wal.withoutFsync(() => synchronous(db))).toBe(2)
    await expect(wal.sync()).resolves.toBeUndefined()
  })
})
