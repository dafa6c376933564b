/**
 * `npm run import:registry -- FILE.csv`: imports DLA's organisation registry
 * into the database at DATABASE_PATH and prints what it did.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { closeDatabase, migrateDatabase, openDatabase, type Db } from '../db/client.js'
import { loadConfig } from '../config.js'
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES } from '../domain/organisation-types.js'
import type { RegistryImportResult } from '../domain/registry.js'
import { importRegistry } from '../registry/import-registry.js'
import { RegistryFormatError } from '../registry/parse-registry.js'

const USAGE = 'usage: npm run import:registry -- FILE.csv'
const MAX_PROBLEMS_SHOWN = 200

/** A failure the person running the command can fix; shown as one line, no stack. */
class UsageError extends Error {}

function readRegistryFile(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`file not found: ${path}`)
    if (code === 'EISDIR') throw new UsageError(`${path} is a directory, not a CSV file`)
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`)
  }
}

/** The registry file to import, or null when only help was asked for. */
function parseCommandLine(argv: string[]): string | null {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  if (parsed.values.help) {
    console.log(USAGE)
    return null
  }
  const [file, ...extra] = parsed.positionals
  if (!file || extra.length > 0) throw new UsageError(USAGE)
  return file
}

function formatSummary(file: string, databasePath: string, result: RegistryImportResult, seconds: number): string {
  const organisationCount = Object.values(result.countsByType).reduce((sum, n) => sum + n, 0)
  const lines = [
    `Imported ${file} into ${databasePath} in ${seconds.toFixed(2)} s`,
    `  rows read: ${result.rowCount}`,
    `  organisations: ${organisationCount}`,
    ...ORGANISATION_TYPES.map((type) => {
      const label = ORGANISATION_TYPE_LABELS[type]
      const name = label.th && label.th !== label.registry ? `${label.registry} (${label.th})` : label.registry
      return `    ${String(result.countsByType[type]).padStart(6)}  ${name}`
    }),
    `  inserted: ${result.inserted}, updated: ${result.updated}, unchanged: ${result.unchanged}`,
    `  problems: ${result.problems.length}`,
  ]
  for (const problem of result.problems.slice(0, MAX_PROBLEMS_SHOWN)) {
    lines.push(`    line ${problem.line}: ${problem.message}`)
  }
  if (result.problems.length > MAX_PROBLEMS_SHOWN) {
    lines.push(`    …and ${result.problems.length - MAX_PROBLEMS_SHOWN} more`)
  }
  return lines.join('\n')
}

function importFile(db: Db, file: string, csv: Buffer): RegistryImportResult {
  try {
    return importRegistry(db, csv)
  } catch (error) {
    if (error instanceof RegistryFormatError) throw new UsageError(`${file}: ${error.message}`)
    throw error
  }
}

function main(argv: string[]): number {
  try {
    const file = parseCommandLine(argv)
    if (file === null) return 0
    const csv = readRegistryFile(file)
    const { DATABASE_PATH } = loadConfig()
    const db = openDatabase(DATABASE_PATH)
    try {
      migrateDatabase(db)
      const started = performance.now()
      const result = importFile(db, file, csv)
      console.log(formatSummary(file, DATABASE_PATH, result, (performance.now() - started) / 1000))
    } finally {
      closeDatabase(db)
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`import:registry: ${error.message}`)
      return 1
    }
    throw error
  }
}

process.exitCode = main(process.argv.slice(2))
