import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { DefinitionCache } from '../../db/queries/questionnaires.js'

/** What the API's routes are built from. */
export type ApiDeps = { db: Db; config: Config; now: () => number; definitions: DefinitionCache }
