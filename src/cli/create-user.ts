/**
 * `npm run user:create -- --role dla --username somchai --name "สมชาย ใจดี"`
 * Creates a staff account in DATABASE_PATH. Province officers need
 * `--province 81`; LGU officers `--organisation 5810401` (the DLA code).
 * Without `--password` a strong one is generated and printed once.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { commandLineProblems } from '../accounts/account-problems.js'
import { createAccount } from '../accounts/create-account.js'
import { loadConfig } from '../config.js'
import { closeDatabase, migrateDatabase, openDatabase } from '../db/client.js'
import { recordAudit } from '../db/queries/audit.js'
import { loadReferenceData } from '../registry/reference-data.js'

const USAGE =
  'usage: npm run user:create -- --role dla|province|lgu --username NAME [--name "Display name"] [--email E] ' +
  '[--province CODE] [--organisation DLA_CODE] [--password P]'

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        username: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        province: { type: 'string' },
        organisation: { type: 'string' },
        password: { type: 'string' },
      },
    }))
  } catch (error) {
    console.error(`user:create: ${(error as Error).message}\n${USAGE}`)
    return 1
  }
  if (!values.role || !values.username) {
    console.error(USAGE)
    return 1
  }
  const password = values.password ?? randomBytes(12).toString('base64url')
  const db = openDatabase(loadConfig().DATABASE_PATH)
  try {
    migrateDatabase(db)
    loadReferenceData(db)
    const result = await createAccount(
      db,
      {
        role: values.role as 'dla',
        username: values.username,
        displayName: values.name ?? values.username,
        email: values.email,
        provinceCode: values.province,
        dlaCode: values.organisation,
        password,
      },
      undefined,
      // The one who ran the command saw the password; the owner chooses their own at first sign-in.
      { mustChangePassword: true },
    )
    if (!result.ok) {
      for (const line of commandLineProblems(result.errors)) console.error(`user:create: ${line}`)
      console.error(USAGE)
      return 1
    }
    recordAudit(db, {
      action: 'user_created',
      actorUsername: 'cli',
      targetType: 'user',
      targetId: result.user.id,
      detail: { username: result.user.username, role: result.user.role },
    })
    console.log(`Created ${result.user.role} account "${result.user.username}".`)
    if (!values.password) console.log(`Password (shown once): ${password}`)
    return 0
  } finally {
    closeDatabase(db)
  }
}

process.exitCode = await main()
