/**
 * Reading the "you said, we did" form: the topics its round offers, the fields checked against
 * them and today's date, the points against the organisation's own, and the photo decoded and
 * stripped. Either what to store, or the errors to show beside what was typed.
 */
import { roundsFor, type OrganisationSummary } from '../../../db/queries/collection.js'
import {
  pointIdsOfOrganisation,
  type ActionInput,
  type ActionPhoto,
  type ActionRecord,
} from '../../../db/queries/service-actions.js'
import { actionTopics } from '../../../domain/action-topics.js'
import { datesForStatus } from '../../../domain/service-actions.js'
import { bangkokDay } from '../../../domain/thai-time.js'
import { MAX_PHOTO_BYTES, preparePhoto } from '../../../photos/action-photo.js'
import { createTopicLookup } from '../../public/topic-lookup.js'
import type { StaffContext } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import type { FieldErrors } from '../form-data.js'
import { actionSchema, formValuesFrom } from './action-form.js'
import { chooseRound } from './round-choice.js'

export function actionFormReader(deps: StaffAreaDeps) {
  const { db } = deps
  const { definitionOf } = createTopicLookup(db)

  /** The round whose questionnaire names the topics: the action's own, else the organisation's current one. */
  const topicRound = (org: OrganisationSummary, action?: ActionRecord) => {
    const roundId =
      action?.roundId ??
      chooseRound(roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id }), undefined, deps.now())?.id
    const definition = roundId === undefined ? undefined : definitionOf(roundId)
    return { roundId: roundId ?? null, topics: definition ? actionTopics(definition) : [] }
  }

  /**
   * Reads and checks the form and its photo; either the input and the photo to store, or the
   * errors to show beside what was typed.
   */
  const readActionForm = async (c: StaffContext, org: OrganisationSummary, action?: ActionRecord) => {
    const body = await c.req.parseBody({ all: true })
    const values = formValuesFrom(body)
    const { roundId, topics } = topicRound(org, action)
    const parsed = actionSchema(new Set(topics.map((t) => t.value)), bangkokDay(deps.now())).safeParse(body)
    const errors: FieldErrors = {}
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'changed')] ??= issue.message
    if (parsed.success) {
      const own = pointIdsOfOrganisation(db, org.id, parsed.data.points)
      if (parsed.data.points.some((id) => !own.has(id))) errors.points = 'points.foreign'
    }
    let photo: ActionPhoto | null = null
    const file = [body.photo].flat()[0]
    if (file instanceof File && (file.size > 0 || file.name !== '')) {
      if (file.size > MAX_PHOTO_BYTES) errors.photo = 'photo.tooLarge'
      else {
        const prepared = await preparePhoto(new Uint8Array(await file.arrayBuffer()))
        if ('problem' in prepared) errors.photo = `photo.${prepared.problem}`
        else photo = prepared
      }
    }
    if (!parsed.success || Object.keys(errors).length > 0) return { ok: false as const, state: { values, errors } }
    const { points, ...rest } = parsed.data
    const input: ActionInput = { ...rest, ...datesForStatus(rest.status, rest), servicePointIds: points, roundId }
    return { ok: true as const, input, photo, removePhoto: body.removePhoto === 'on' }
  }

  return { topicRound, readActionForm }
}
