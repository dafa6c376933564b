/**
 * `npm run retention -- --dry-run` lists, per round and the fiscal year it closed in, the
 * responses the retention rule would delete now from DATABASE_PATH; without `--dry-run` it
 * deletes them (and masks free text stored before the current masking rules), as the nightly
 * run does, and records it in the audit log. Safe while the server runs: SQLite lets one of
 * them write at a time, and each transaction is short.
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { closeDatabase, migrateDatabase, openDatabase } from '../db/client.js'
import { bangkokDay, thaiFiscalYear } from '../domain/thai-time.js'
import { describeRun } from '../retention/daily-retention.js'
import { runRetention, type RetentionReport } from '../retention/run-retention.js'

const rounds = (n: number) => (n === 1 ? '1 round' : `${n} rounds`)

const USAGE = 'usage: npm run retention -- [--dry-run]'

function listRounds(report: RetentionReport): string[] {
  if (report.rounds.length === 0) return ['No round has answers past the retention period.']
  const lines = report.rounds.map(
    (r) =>
      `round ${r.roundId} "${r.nameEn}", closed in FY ${r.closingFiscalYear}, deletable from ${bangkokDay(r.deletableFrom)}` +
      ` (FY ${thaiFiscalYear(r.deletableFrom)}): ${r.responses} responses, ${r.answerRows} free-text rows` +
      (r.notYetCounted > 0 ? `; ${r.notYetCounted} not yet counted, kept until they are` : ''),
  )
  const total = report.rounds.reduce((n, r) => n + r.responses, 0)
  return [...lines, `In all: ${total} responses from ${rounds(report.rounds.length)}.`]
}

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } }))
  } catch (error) {
    console.error(`retention: ${(error as Error).message}\n${USAGE}`)
    return 1
  }
  const config = loadConfig()
  const db = openDatabase(config.DATABASE_PATH)
  try {
    migrateDatabase(db)
    const dryRun = values['dry-run'] === true
    const report = await runRetention(db, {
      fiscalYears: config.RESPONSE_RETENTION_FISCAL_YEARS,
      now: Date.now(),
      dryRun,
      trigger: 'command',
    })
    console.log(
      `Individual answers are kept ${report.fiscalYears} fiscal years after their round closes (RESPONSE_RETENTION_FISCAL_YEARS).`,
    )
    if (dryRun) console.log(['Dry run: nothing is deleted.', ...listRounds(report)].join('\n'))
    else console.log([...listRounds(report), describeRun(report)].join('\n'))
    return 0
  } finally {
    closeDatabase(db)
  }
}

process.exitCode = await main()
