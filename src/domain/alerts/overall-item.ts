/**
 * The overall-satisfaction item of a questionnaire and its two lowest levels: what the
 * low-share alert counts. The Thai LGU standard names it (`overallItem`); ARTA's is SQD0,
 * reported apart from the pooled score; A-11 has only its trust item.
 */
import type { Definition } from '../questionnaire/definition.js'
import { allItems } from '../questionnaire/definition.js'

export type OverallItem = { itemId: string; lowValues: Set<string> }

function overallItemId(definition: Definition): string | undefined {
  const scoring = definition.scoring
  if (scoring.method === 'thai-mean') return scoring.overallItem
  if (scoring.method === 'arta-csm') return scoring.separateItems[0]
  return scoring.trustItem
}

/** Undefined when the questionnaire has no overall item: its points never raise a low-share alert. */
export function overallItemOf(definition: Definition): OverallItem | undefined {
  const id = overallItemId(definition)
  const item = id === undefined ? undefined : allItems(definition).find((i) => i.id === id)
  if (!item || item.kind !== 'rating') return undefined
  const levels = definition.scales[item.scale]?.levels.map((l) => l.value) ?? []
  const lowest = [...levels].sort((a, b) => a - b).slice(0, 2)
  return { itemId: item.id, lowValues: new Set(lowest.map(String)) }
}
