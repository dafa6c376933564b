/** Looking up the items a scoring section names; the definition schema has already checked the references. */
import { allItems, type Definition, type Item, type Scoring } from '../questionnaire/definition.js'

export type ScoringOf<M extends Scoring['method']> = Extract<Scoring, { method: M }>

/** The definition's scoring, narrowed to `method`; throws if the definition is scored another way. */
export function scoringOf<M extends Scoring['method']>(definition: Definition, method: M): ScoringOf<M> {
  const scoring = definition.scoring
  if (scoring.method !== method)
    throw new Error(`questionnaire "${definition.slug}" is scored by ${scoring.method}, not ${method}`)
  return scoring as ScoringOf<M>
}

/** A function returning the item with an id, of one of the expected kinds. */
export function itemLookup(definition: Definition) {
  const byId = new Map(allItems(definition).map((item) => [item.id, item]))
  return <K extends Item['kind']>(id: string, kind: K): Extract<Item, { kind: K }> => {
    const item = byId.get(id)
    if (!item) throw new Error(`questionnaire "${definition.slug}" has no item "${id}"`)
    if (item.kind !== kind) throw new Error(`item "${id}" is ${item.kind}; expected ${kind}`)
    return item as Extract<Item, { kind: K }>
  }
}

/** The items whose answers make the headline: all aspect items, ARTA's pooled items, A-11's trust item. */
export function scoredItems(definition: Definition): string[] {
  const s = definition.scoring
  if (s.method === 'thai-mean') return s.aspects.flatMap((a) => a.items)
  return s.method === 'arta-csm' ? [...s.pooledItems] : [s.trustItem]
}
