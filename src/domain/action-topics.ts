/**
 * What an action can answer: an aspect (ด้าน) or a rating item of the round's questionnaire whose
 * score prompted it, as `aspect:<id>` or `item:<id>`, so it stays meaningful whichever version of
 * the questionnaire a later round uses.
 */
import { allItems, type Definition, type Localized } from './questionnaire/definition.js'

export type ActionTopic = { value: string; label: Localized }

export function actionTopics(definition: Definition): ActionTopic[] {
  const scoring = definition.scoring
  const aspects: ActionTopic[] =
    scoring.method === 'thai-mean' ? scoring.aspects.map((a) => ({ value: `aspect:${a.id}`, label: a.label })) : []
  const items: ActionTopic[] = allItems(definition).flatMap((item) =>
    item.kind === 'rating' ? [{ value: `item:${item.id}`, label: item.text }] : [],
  )
  return [...aspects, ...items]
}

/** The label of a stored topic, or undefined when the questionnaire has no such aspect or item. */
export const topicLabel = (definition: Definition, topic: string): Localized | undefined =>
  actionTopics(definition).find((t) => t.value === topic)?.label
