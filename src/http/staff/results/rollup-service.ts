/** One roll-up service per app, made on first use (it prepares statements), with the configured minimum and flag rule. */
import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import { createRollupService, type RollupService } from '../../../results/rollups.js'
import { createFigureService, type FigureService } from '../../../results/trends.js'

export function lazyRollupService(db: Db, config: Config): () => RollupService {
  let service: RollupService | undefined
  return () =>
    (service ??= createRollupService(db, {
      minimumResponses: config.RESULTS_MIN_RESPONSES,
      includeFlagged: !config.EXCLUDE_FLAGGED,
    }))
}

/** Likewise for the figures by aspect and across rounds (`src/results/trends.ts`). */
export function lazyFigureService(db: Db, config: Config): () => FigureService {
  let service: FigureService | undefined
  return () =>
    (service ??= createFigureService(db, {
      minimumResponses: config.RESULTS_MIN_RESPONSES,
      includeFlagged: !config.EXCLUDE_FLAGGED,
    }))
}
