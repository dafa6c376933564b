/** The trend rules of a questionnaire's scoring method: means for the Thai method, proportions for ARTA and A-11. */
import type { Definition } from '../questionnaire/definition.js'
import type { Summary } from '../scoring/index.js'
import { proportionTrendRules, type Proportion } from './proportion-trends.js'
import { thaiTrendRules, type PointsChange, type TrendRules } from './trends.js'

export type TrendFigure = Summary | Proportion

export function trendRulesFor(definition: Definition): TrendRules<TrendFigure, PointsChange> {
  const rules = definition.scoring.method === 'thai-mean' ? thaiTrendRules : proportionTrendRules
  // A figure reaches `change` only beside a comparable one, which shares its method and so its kind.
  return rules as TrendRules<TrendFigure, PointsChange>
}
