/**
 * Recording a "you said, we did" action and editing it: the form, and each save written with its
 * audit entry in one transaction. A point of another organisation, a date out of order or a photo
 * that is not an image or too large is refused in words with what was typed kept; nothing is stored.
 */
import { Hono } from 'hono'
import { inTransaction } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import type { OrganisationSummary } from '../../../db/queries/collection.js'
import {
  createAction,
  organisationPoints,
  updateAction,
  type ActionInput,
  type ActionRecord,
} from '../../../db/queries/service-actions.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { ACTION_LIMITS, ACTION_STATUSES } from '../../../domain/service-actions.js'
import { actionsTranslator, type ActionsMessageKey } from '../../../i18n/staff/actions.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { MAX_PHOTO_MEGABYTES } from '../../../photos/action-photo.js'
import { ActionFormPage } from '../../../../views/staff/actions/action-form-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import type { FieldErrors } from '../form-data.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { formValuesOf, type ActionFormValues } from './action-form.js'
import { actionFormReader } from './action-form-read.js'
import { actionListPath, actionLookups, actionPhotoPath } from './action-lookup.js'

type FormState = { values: ActionFormValues; errors: FieldErrors }

export function actionFormRoutes(deps: StaffAreaDeps) {
  const { db } = deps
  const app = new Hono<StaffEnv>()
  const lgu = requireRole('lgu')
  const notFound = (c: StaffContext) => renderStaffStatus(c, 'notFound', 404)
  const { organisationOf, actionOf } = actionLookups(db)
  const { topicRound, readActionForm } = actionFormReader(deps)

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
        cancelHref={actionListPath(org.id)}
        limits={limits}
        photo={action?.photoAt ? { src: actionPhotoPath(action) } : undefined}
      />,
      failed ? 422 : 200,
    )
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
    return c.redirect(`${actionListPath(org.id)}?done=created`, 303)
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
    return c.redirect(`${actionListPath(org.id)}?done=updated`, 303)
  })

  return app
}
