/**
 * What each item of a round's questionnaire is, as storing and counting a
 * response need it: which items are ratings (only they have sums), which of
 * those the headline pools, and which are free text (they get an `answers` row
 * for the comments page, and are counted as "answered"). A published
 * questionnaire never changes, so each round is looked up once.
 */
import type { Db } from '../client.js'
import { allItems, type Item } from '../../domain/questionnaire/definition.js'
import { scoredItems } from '../../domain/scoring/definition-items.js'
import { overallItemOf, type OverallItem } from '../../domain/alerts/overall-item.js'
import { createDefinitionCache } from './questionnaires.js'

export type ItemKinds = {
  items: Map<string, Item>
  ratings: Set<string>
  texts: Set<string>
  scored: Set<string>
  /** The overall-satisfaction item and its two lowest levels, for the low-share alert. */
  overall: OverallItem | undefined
}

export function createItemKinds(db: Db): (roundId: number) => ItemKinds {
  const definitions = createDefinitionCache(db)
  const questionnaireOf = db.$client.prepare('select questionnaire_id as id from rounds where id = ?')
  const byRound = new Map<number, ItemKinds>()
  return (roundId) => {
    let kinds = byRound.get(roundId)
    if (!kinds) {
      const row = questionnaireOf.get(roundId) as { id: number } | undefined
      const definition = row && definitions.get(row.id)
      const items = definition ? allItems(definition) : []
      const ids = (kind: string) => new Set(items.filter((i) => i.kind === kind).map((i) => i.id))
      kinds = {
        items: new Map(items.map((i) => [i.id, i])),
        ratings: ids('rating'),
        texts: ids('text'),
        scored: new Set(definition ? scoredItems(definition) : []),
        overall: definition && overallItemOf(definition),
      }
      byRound.set(roundId, kinds)
    }
    return kinds
  }
}
