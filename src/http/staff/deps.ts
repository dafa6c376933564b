import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { JobRunner } from '../../jobs/job-runner.js'
import type { LetterBatches } from '../../letters/letter-batches.js'

/** What every staff area's routes are built from. */
export type StaffAreaDeps = {
  db: Db
  config: Config
  now: () => number
  jobs: Pick<JobRunner, 'wake'>
  /** Letters just made, with their codes: the onboarding routes and the letters job share them. */
  letters: LetterBatches
}
