/** One entry point for every questionnaire: the definition's scoring method picks the calculation. */
import type { Definition } from '../questionnaire/definition.js'
import { scoreA11, type A11Result } from './a11.js'
import { scoreArta, type ArtaResult } from './arta.js'
import type { ScoringOptions } from './bands.js'
import type { ItemCounts } from './counts.js'
import { scoreThaiMean, type ThaiMeanResult } from './thai-mean.js'

export type ScoreResult = ThaiMeanResult | ArtaResult | A11Result

/** `respondents` (responses in the group) is used by A-11's reason shares; the other methods ignore it. */
export function score(definition: Definition, counts: ItemCounts, respondents: number, options: ScoringOptions): ScoreResult {
  const method = definition.scoring.method
  switch (method) {
    case 'thai-mean':
      return scoreThaiMean(definition, counts, options)
    case 'arta-csm':
      return scoreArta(definition, counts, options)
    case 'a11-trust':
      return scoreA11(definition, counts, respondents, options)
    default: {
      const never: never = method
      throw new Error(`unknown scoring method ${String(never)}`)
    }
  }
}
