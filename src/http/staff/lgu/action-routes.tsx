/**
 * "You said, we did" for an LGU officer: the organisation's actions, recording one, editing it
 * and moving its status on, and its photo. Every look-up goes through the caller's scope (another
 * organisation's → 404); a point of another organisation, a date out of order or a photo that is
 * not an image or too large is refused in words with what was typed kept, and nothing is stored.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { inTransaction } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, roundsFor, type OrganisationSummary } from '../../../db/queries/collection.js'
import {
  actionPhotoOf,
  actionsOf,
  createAction,
  findAction,
  organisationPoints,
  pointIdsOfOrganisation,
  updateAction,
  type ActionInput,
  type ActionPhoto,
  type ActionRecord,
} from '../../../db/queries/service-actions.js'
import { actionTopics } from '../../../domain/action-topics.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { ACTION_LIMITS, ACTION_STATUSES, datesForStatus } from '../../../domain/service-actions.js'
import { bangkokDay } from '../../../domain/thai-time.js'
import { formatDay } from '../../../i18n/format.js'
import { actionsTranslator, type ActionsMessageKey } from '../../../i18n/staff/actions.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGABYTES, preparePhoto } from '../../../photos/action-photo.js'
import { ActionFormPage } from '../../../../views/staff/actions/action-form-page.js'
import { ActionListPage } from '../../../../views/staff/actions/action-list-page.js'
import { saidText } from '../../public/present-actions.js'
import { actionPosterPath, actionPosterRoute } from './action-poster-route.js'
import { createTopicLookup } from '../../public/topic-lookup.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import type { FieldErrors } from '../form-data.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { actionSchema, formValuesFrom, formValuesOf, type ActionFormValues } from './action-form.js'
import { chooseRound, idParam } from './round-choice.js'

const listPath = (organisationId: number) => `/staff/organisations/${organisationId}/actions`
const staffPhotoPath = (a: { id: number; photoAt: number | null }) => `/staff/actions/${a.id}/photo.jpg?v=${a.photoAt}`

/** The forms that carry a photo: their own body limit, above the photo's, so a photo a little too big is told so in words. */
export const ACTION_FORM_PATH = /^\/staff\/(organisations\/[1-9]\d{0,14}\/actions\/new|actions\/[1-9]\d{0,14}\/edit)$/
const MAX_FORM_BYTES = MAX_PHOTO_BYTES + 1024 * 1024

/** Refuses a body over the limit from its Content-Length, or as soon as it has read that much: never the whole of it. */
export const actionFormBodyLimit = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: (c) => {
    const t = actionsTranslator(staffLocale(c))
    return renderStaffPage(
      c,
      t('actions.tooLarge.title'),
      <TooLarge title={t('actions.tooLarge.title')} body={t('actions.tooLarge.body', { max: MAX_PHOTO_MEGABYTES })} />,
      413,
    )
  },
})

function TooLarge(p: { title: string; body: string }) {
  return (
    <>
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.body}</p>
    </>
  )
}

type FormState = { values: ActionFormValues; errors: FieldErrors }

export function actionRoutes(deps: StaffAreaDeps) {
  const { db } = deps
  const { definitionOf, topicOf } = createTopicLookup(db)
  const app = new Hono<StaffEnv>()
  const lgu = requireRole('lgu')
  const notFound = (c: StaffContext) => renderStaffStatus(c, 'notFound', 404)

  const organisationOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    return id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
  }
  const actionOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    const action = id === undefined ? undefined : findAction(db, staffOf(c).scope, id)
    const org = action && findOrganisation(db, staffOf(c).scope, action.organisationId)
    return action && org ? { action, org } : undefined
  }

  /** The round whose questionnaire names the topics: the action's own, else the organisation's current one. */
  const topicRound = (org: OrganisationSummary, action?: ActionRecord) => {
    const roundId =
      action?.roundId ??
      chooseRound(roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id }), undefined, deps.now())?.id
    const definition = roundId === undefined ? undefined : definitionOf(roundId)
    return { roundId: roundId ?? null, topics: definition ? actionTopics(definition) : [] }
  }

  const renderForm = (c: StaffContext, org: OrganisationSummary, state: FormState, action?: ActionRecord) => {
    const locale = staffLocale(c)
    const t = actionsTranslator(locale)
    const common = staffTranslator(locale)
    const failed = Object.keys(state.errors).length > 0
    const heading = t(action ? 'actions.form.editTitle' : 'actions.form.newTitle')
    const limits = { said: ACTION_LIMITS.said, changed: ACTION_LIMITS.changed, photoMegabytes: MAX_PHOTO_MEGABYTES }
    const errors = Object.fromEntries(
      Object.entries(state.errors).map(([field, key]) => [
        field,
        t(`actions.error.${key}` as ActionsMessageKey, {
          max:
            field === 'photo'
              ? MAX_PHOTO_MEGABYTES
              : field === 'points'
                ? ACTION_LIMITS.points
                : field === 'changed'
                  ? ACTION_LIMITS.changed
                  : ACTION_LIMITS.said,
        }) ?? t('actions.error.invalid'),
      ]),
    )
    return renderStaffPage(
      c,
      failed ? `${common('staff.error.titlePrefix')}${heading}` : heading,
      <ActionFormPage
        t={t}
        title={heading}
        organisationName={organisationDisplayName(org.type, org.nameTh, locale)}
        csrfToken={staffOf(c).csrfToken}
        values={state.values}
        points={organisationPoints(db, org.id).map((p) => ({ value: String(p.id), label: `${p.nameTh} (${p.code})` }))}
        topics={topicRound(org, action).topics.map((topic) => ({ value: topic.value, label: topic.label[locale] }))}
        statuses={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actions.status.${s}`) }))}
        errors={errors}
        summaryTitle={common('staff.error.summaryTitle')}
        errorPrefix={common('staff.error.inlinePrefix')}
        submit={t(action ? 'actions.form.save' : 'actions.form.create')}
        cancelHref={listPath(org.id)}
        limits={limits}
        photo={action?.photoAt ? { src: staffPhotoPath(action) } : undefined}
      />,
      failed ? 422 : 200,
    )
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

  const auditDetail = (input: ActionInput, photo: boolean) => ({
    status: input.status,
    servicePointIds: input.servicePointIds,
    topic: input.topic,
    plannedOn: input.plannedOn,
    startedOn: input.startedOn,
    doneOn: input.doneOn,
    photo,
  })

  app.get('/staff/organisations/:id/actions', lgu, (c) => {
    const org = organisationOf(c)
    if (!org) return notFound(c)
    const locale = staffLocale(c)
    const t = actionsTranslator(locale)
    const day = (d: string | null) => (d ? formatDay(d, locale) : '–')
    const done = c.req.query('done')
    const name = organisationDisplayName(org.type, org.nameTh, locale)
    return renderStaffPage(
      c,
      t('actions.title'),
      <ActionListPage
        t={t}
        organisationName={name}
        backHref={`/staff/organisations/${org.id}`}
        newHref={`${listPath(org.id)}/new`}
        done={done === 'created' ? t('actions.created') : done === 'updated' ? t('actions.updated') : undefined}
        rows={actionsOf(db, org.id).map((a) => ({
          id: a.id,
          points: a.points.map((p) => p.nameTh).join(', '),
          said: saidText(a, locale, topicOf),
          changed: a.changed,
          status: t(`actions.status.${a.status}`),
          dates: [a.plannedOn, a.startedOn, a.doneOn].map(day).join(' → '),
          editHref: `/staff/actions/${a.id}/edit`,
          photo: a.photoAt ? { src: staffPhotoPath(a), alt: t('actions.form.photoCurrent') } : undefined,
        }))}
        posters={organisationPoints(db, org.id)
          .filter((p) => p.active)
          .map((p) => ({ href: actionPosterPath(p.id), label: t('actions.posterLink', { point: `${p.nameTh} (${p.code})` }) }))}
      />,
    )
  })

  const blank: ActionFormValues = {
    points: [],
    topic: '',
    residentsSaid: '',
    changed: '',
    status: 'planned',
    plannedOn: '',
    startedOn: '',
    doneOn: '',
  }

  app.get('/staff/organisations/:id/actions/new', lgu, (c) => {
    const org = organisationOf(c)
    return org ? renderForm(c, org, { values: blank, errors: {} }) : notFound(c)
  })

  app.post('/staff/organisations/:id/actions/new', lgu, async (c) => {
    const org = organisationOf(c)
    if (!org) return notFound(c)
    const form = await readActionForm(c, org)
    if (!form.ok) return renderForm(c, org, form.state)
    const at = new Date(deps.now())
    const { user } = staffOf(c)
    inTransaction(db, () => {
      const id = createAction(db, org.id, user.id, form.input, form.photo, at)
      recordAudit(
        db,
        {
          action: 'service_action_created',
          actor: user,
          targetType: 'service_action',
          targetId: id,
          provinceCode: org.provinceCode,
          organisationId: org.id,
          detail: auditDetail(form.input, form.photo !== null),
        },
        at,
      )
    })
    return c.redirect(`${listPath(org.id)}?done=created`, 303)
  })

  app.get('/staff/actions/:id/edit', lgu, (c) => {
    const found = actionOf(c)
    return found ? renderForm(c, found.org, { values: formValuesOf(found.action), errors: {} }, found.action) : notFound(c)
  })

  app.post('/staff/actions/:id/edit', lgu, async (c) => {
    const found = actionOf(c)
    if (!found) return notFound(c)
    const { action, org } = found
    const form = await readActionForm(c, org, action)
    if (!form.ok) return renderForm(c, org, form.state, action)
    const at = new Date(deps.now())
    const photo = form.photo ? { replace: form.photo } : form.removePhoto && action.photoAt ? { remove: true as const } : null
    inTransaction(db, () => {
      updateAction(db, action.id, form.input, photo, at)
      recordAudit(
        db,
        {
          action: 'service_action_updated',
          actor: staffOf(c).user,
          targetType: 'service_action',
          targetId: action.id,
          provinceCode: org.provinceCode,
          organisationId: org.id,
          detail: {
            ...auditDetail(form.input, form.photo !== null),
            from: action.status,
            photoRemoved: photo !== null && 'remove' in photo,
          },
        },
        at,
      )
    })
    return c.redirect(`${listPath(org.id)}?done=updated`, 303)
  })

  app.route('/', actionPosterRoute(deps))

  app.get('/staff/actions/:id/photo.jpg', lgu, (c) => {
    const found = actionOf(c)
    const photo = found && actionPhotoOf(db, found.action.id)
    if (!photo) return notFound(c)
    return c.body(new Uint8Array(photo.jpeg), 200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'private, max-age=3600' })
  })

  return app
}
