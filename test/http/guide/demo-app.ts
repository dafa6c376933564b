/** The app on the demo database, as `npm start` makes it, with the demo's three staff accounts signed in. */
import { createApp } from '../../../src/app.js'
import { testConfig } from '../../../src/config.js'
import { ensureQuestionnairesPublished } from '../../../src/db/queries/questionnaires.js'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '../../../src/demo/demo-accounts.js'
import { seedDemo } from '../../../src/demo/seed-demo.js'
import { BUILTIN_DEFINITIONS, builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import type { StaffRole } from '../../../src/domain/staff-roles.js'
import { loadReferenceData } from '../../../src/registry/reference-data.js'
import { freshDatabase } from '../../helpers/database.js'
import { signIn, type StaffAgent } from '../../helpers/staff.js'

export async function demoApp() {
  const db = freshDatabase()
  loadReferenceData(db)
  ensureQuestionnairesPublished(
    db,
    BUILTIN_DEFINITIONS.map((d) => builtinDefinition(d.slug)),
  )
  seedDemo(db, new Date(), 40)
  await seedDemoAccounts(db)
  const app = createApp({ db, config: testConfig() })
  // As the server does after loading the demo: the first alert check, so its alert is open.
  app.alerts.evaluate()
  const staff = {} as Record<StaffRole, StaffAgent>
  for (const account of DEMO_ACCOUNTS) staff[account.role] = await signIn(app, account.username, DEMO_PASSWORD)
  return { app, db, staff }
}
