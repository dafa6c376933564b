/**
 * `npm run backup` and `npm run restore -- FILE` as an operator runs them: separate
 * processes, settings from the environment, messages and exit codes. The restore
 * refuses while another process (here, this one, as a server would) has the
 * database open.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase, migrateDatabase, openDatabase } from '../../src/db/client.js'

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const { BACKUP_DIR: _, DATABASE_PATH: __, ...inherited } = process.env
  const result = spawnSync(TSX, [`src/cli/${script}.ts`, ...args], { env: { ...inherited, ...env }, encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

describe('npm run backup and npm run restore', () => {
  it(
    'backs up a database that is in use, refuses to restore over it while it is open, and restores once it is closed',
    { timeout: 180_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'survey-cli-'))
      dirs.push(dir)
      const DATABASE_PATH = join(dir, 'app.db')
      const BACKUP_DIR = join(dir, 'backups')
      const server = openDatabase(DATABASE_PATH)
      migrateDatabase(server)
      const marker = (db: typeof server) =>
        db.$client.prepare("select value from app_settings where key = 'marker'").pluck().get()

      expect(run('backup', [], { DATABASE_PATH })).toMatchObject({ code: 1, err: expect.stringMatching(/set BACKUP_DIR/) })
      const backup = run('backup', [], { DATABASE_PATH, BACKUP_DIR })
      expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/^backup written: .*app-\d{8}T\d{6}Z\.db \(/) })
      const file = /backup written: (\S+)/.exec(backup.out)![1]!
      server.$client.prepare("insert into app_settings (key, value) values ('marker', 'after the backup')").run()

      expect(run('restore', [], { DATABASE_PATH })).toMatchObject({
        code: 1,
        err: expect.stringMatching(/usage: npm run restore -- FILE/),
      })
      expect(run('restore', [join(dir, 'nothing.db')], { DATABASE_PATH })).toMatchObject({
        code: 1,
        err: expect.stringMatching(/nothing\.db does not exist\. Nothing was changed/),
      })
      const refused = run('restore', [file], { DATABASE_PATH })
      expect(refused.code).toBe(2)
      expect(refused.err).toMatch(/refused: .*app\.db is open in a running server/)
      expect(refused.err).toMatch(/Stop the server first/)
      expect(marker(server)).toBe('after the backup')

      closeDatabase(server)
      const restored = run('restore', [file], { DATABASE_PATH })
      expect(restored.code).toBe(0)
      expect(restored.out).toMatch(/^Restored .*app-\d{8}T\d{6}Z\.db to .*app\.db/)
      expect(restored.out).toMatch(/kept as .*app\.db\.replaced-\d{8}T\d{6}Z/)
      const after = openDatabase(DATABASE_PATH)
      expect(marker(after)).toBeUndefined()
      closeDatabase(after)
    },
  )
})
