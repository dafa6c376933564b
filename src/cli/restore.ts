/**
 * `npm run restore -- FILE`: puts a backup in place of the database at
 * DATABASE_PATH, after checking it. Refuses while a server has that database
 * open. Exit codes: 0 restored, 1 usage or unusable backup, 2 database in use.
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { DatabaseInUseError, restoreDatabase, UnusableBackupError } from '../db/restore.js'

const USAGE = 'usage: npm run restore -- FILE   (FILE: a backup, e.g. /var/backups/survey/app-20261205T181500Z.db)'
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function main(argv: string[]): Promise<number> {
  let positionals: string[]
  try {
    ;({ positionals } = parseArgs({ args: argv, allowPositionals: true }))
  } catch (error) {
    console.error(`restore: ${(error as Error).message}\n${USAGE}`)
    return 1
  }
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) {
    console.error(USAGE)
    return 1
  }
  const { DATABASE_PATH } = loadConfig()
  try {
    const result = await restoreDatabase(file, DATABASE_PATH)
    console.log(
      `Restored ${file} to ${DATABASE_PATH} (copied in ${seconds(result.copyMs)}, checked in ${seconds(result.checkMs)}).`,
    )
    if (result.keptAs)
      console.log(`The database it replaced is kept as ${result.keptAs}; delete it once the restore is confirmed.`)
    console.log('Start the server: it migrates the restored database and counts what was stored and not yet counted.')
    return 0
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(
        `restore: refused: ${error.message}. Nothing was changed.\n` +
          'Stop the server first (systemctl stop survey, or Ctrl+C where it runs), then run the restore again.',
      )
      return 2
    }
    if (error instanceof UnusableBackupError) {
      console.error(`restore: ${error.message}. Nothing was changed.`)
      return 1
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
