/**
 * `npm run backup`: one backup of DATABASE_PATH into BACKUP_DIR now, checked and
 * named like the server's scheduled ones, keeping the newest BACKUP_KEEP. Safe
 * while the server runs: the copy is one read transaction, which never blocks it.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { loadConfig } from '../config.js'
import { takeBackup } from '../db/backup.js'
import { describeBackup } from '../db/backup-schedule.js'
import { closeDatabase, openDatabase } from '../db/client.js'

async function main(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.error('usage: npm run backup   (settings from the environment: DATABASE_PATH, BACKUP_DIR, BACKUP_KEEP)')
    return 1
  }
  const config = loadConfig()
  if (!config.BACKUP_DIR) {
    console.error('backup: set BACKUP_DIR to the folder for backups, e.g. BACKUP_DIR=/var/backups/survey npm run backup')
    return 1
  }
  if (!existsSync(config.DATABASE_PATH)) {
    console.error(`backup: no database at ${config.DATABASE_PATH} (DATABASE_PATH)`)
    return 1
  }
  mkdirSync(config.BACKUP_DIR, { recursive: true })
  const db = openDatabase(config.DATABASE_PATH)
  try {
    console.log(describeBackup(await takeBackup(db, { dir: config.BACKUP_DIR, keep: config.BACKUP_KEEP, stepPages: 'all' })))
    return 0
  } catch (error) {
    console.error(`backup: failed, nothing written: ${(error as Error).message}`)
    return 1
  } finally {
    closeDatabase(db)
  }
}

process.exitCode = await main(process.argv.slice(2))
