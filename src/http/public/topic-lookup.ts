/** The words of an action's topic, from the questionnaire of the round it was recorded against. */
import type { Db } from '../../db/client.js'
import { createDefinitionCache } from '../../db/queries/questionnaires.js'
import { roundQuestionnaireId } from '../../db/queries/service-actions.js'
import { actionTopics } from '../../domain/action-topics.js'
import type { Definition } from '../../domain/questionnaire/definition.js'
import type { TopicOf } from './present-actions.js'

export function createTopicLookup(db: Db) {
  const definitions = createDefinitionCache(db)
  const definitionOf = (roundId: number): Definition | undefined => {
    const questionnaireId = roundQuestionnaireId(db, roundId)
    return questionnaireId === undefined ? undefined : definitions.get(questionnaireId)
  }
  const topicOf: TopicOf = (a) => {
    const definition = a.roundId && a.topic ? definitionOf(a.roundId) : undefined
    return definition && actionTopics(definition).find((t) => t.value === a.topic)?.label
  }
  return { definitionOf, topicOf }
}
