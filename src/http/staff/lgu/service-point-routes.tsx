/**
 * Adding, editing, closing and reopening service points. Every look-up goes
 * through the caller's scope first (another organisation's id → 404, nothing
 * changed), every change is written with its audit row in one transaction, and
 * success is a 303 back to the organisation's home.
 */
import { inTransaction } from '../../../db/client.js'
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, type OrganisationSummary } from '../../../db/queries/collection.js'
import {
  createServicePoint,
  findServicePoint,
  setServicePointActive,
  updateServicePoint,
  type ServicePointRecord,
} from '../../../db/queries/service-points.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { lguTranslator, type LguMessageKey } from '../../../i18n/staff/lgu.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { ServicePointFormPage } from '../../../../views/staff/lgu/service-point-form-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm, type FieldErrors } from '../form-data.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { idParam } from './round-choice.js'
import { presentOpeningHours } from './opening-hours-present.js'
import {
  formValuesFrom,
  formValuesOf,
  MAX_SERVICES_TEXT,
  servicePointSchema,
  type ServicePointFormValues,
} from './service-point-form.js'

type FormState = { values: ServicePointFormValues; errors: FieldErrors }

const homeOf = (organisationId: number, done?: string, pointId?: number) =>
  `/staff/organisations/${organisationId}${done ? `?done=${done}&point=${pointId}` : ''}`

export function servicePointRoutes(deps: StaffAreaDeps) {
  const { db } = deps
  const app = new Hono<StaffEnv>()
  const notFound = (c: StaffContext) => renderStaffStatus(c, 'notFound', 404)

  const organisationOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    return id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
  }
  /** The point and its organisation, both through the caller's scope. */
  const pointOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    const point = id === undefined ? undefined : findServicePoint(db, staffOf(c).scope, id)
    const org = point && findOrganisation(db, staffOf(c).scope, point.organisationId)
    return point && org ? { point, org } : undefined
  }

  const renderForm = (c: StaffContext, org: OrganisationSummary, state: FormState, point?: ServicePointRecord) => {
    const locale = staffLocale(c)
    const t = lguTranslator(locale)
    const common = staffTranslator(locale)
    const failed = Object.keys(state.errors).length > 0
    const heading = t(point ? 'lgu.form.editTitle' : 'lgu.form.newTitle')
    const errors = Object.fromEntries(
      Object.entries(state.errors).map(([field, key]) => [
        field,
        t(`lgu.error.${key}` as LguMessageKey) ?? t('lgu.error.invalid'),
      ]),
    )
    const hours = presentOpeningHours(t, state.values, state.errors, common('staff.error.inlinePrefix'))
    const status: ContentfulStatusCode = failed ? 422 : 200
    return renderStaffPage(
      c,
      failed ? `${common('staff.error.titlePrefix')}${heading}` : heading,
      <ServicePointFormPage
        t={t}
        title={heading}
        organisationName={organisationDisplayName(org.type, org.nameTh, locale)}
        csrfToken={staffOf(c).csrfToken}
        values={state.values}
        errors={{ ...errors, ...hours.summary }}
        openingHours={hours.fieldset}
        summaryTitle={common('staff.error.summaryTitle')}
        errorPrefix={common('staff.error.inlinePrefix')}
        submit={t(point ? 'lgu.form.save' : 'lgu.form.create')}
        cancelHref={homeOf(org.id)}
        servicesMaxLength={MAX_SERVICES_TEXT}
        edit={
          point && {
            code: point.code,
            removedServices: point.services.filter((s) => !s.active).map((s) => s.nameTh),
            active: point.active,
            toggleAction: `/staff/service-points/${point.id}/${point.active ? 'deactivate' : 'reactivate'}`,
          }
        }
      />,
      status,
    )
  }

  const blank: ServicePointFormValues = {
    nameTh: '',
    nameEn: '',
    department: '',
    services: '',
    officeHours: false,
    periods: {},
  }

  app.get('/staff/organisations/:id/service-points/new', (c) => {
    const org = organisationOf(c)
    return org ? renderForm(c, org, { values: blank, errors: {} }) : notFound(c)
  })

  app.post('/staff/organisations/:id/service-points/new', async (c) => {
    const org = organisationOf(c)
    if (!org) return notFound(c)
    const form = await readForm(c, servicePointSchema)
    if (!form.ok) return renderForm(c, org, { values: formValuesFrom(form.raw), errors: form.errors })
    const at = new Date(deps.now())
    const created = inTransaction(db, () => {
      const point = createServicePoint(db, org.id, form.data, at)
      recordAudit(
        db,
        {
          action: 'service_point_created',
          actor: staffOf(c).user,
          targetType: 'service_point',
          targetId: point.id,
          provinceCode: org.provinceCode,
          organisationId: org.id,
          detail: { code: point.code, nameTh: form.data.nameTh, services: form.data.services.map((s) => s.nameTh) },
        },
        at,
      )
      return point
    })
    return c.redirect(homeOf(org.id, 'created', created.id), 303)
  })

  app.get('/staff/service-points/:id/edit', (c) => {
    const found = pointOf(c)
    return found ? renderForm(c, found.org, { values: formValuesOf(found.point), errors: {} }, found.point) : notFound(c)
  })

  app.post('/staff/service-points/:id/edit', async (c) => {
    const found = pointOf(c)
    if (!found) return notFound(c)
    const { point, org } = found
    const form = await readForm(c, servicePointSchema)
    if (!form.ok) return renderForm(c, org, { values: formValuesFrom(form.raw), errors: form.errors }, point)
    const at = new Date(deps.now())
    inTransaction(db, () => {
      const { changed, ...detail } = updateServicePoint(db, point, form.data, at)
      if (changed)
        recordAudit(
          db,
          {
            action: 'service_point_updated',
            actor: staffOf(c).user,
            targetType: 'service_point',
            targetId: point.id,
            provinceCode: org.provinceCode,
            organisationId: org.id,
            detail: { code: point.code, ...detail },
          },
          at,
        )
    })
    return c.redirect(homeOf(org.id, 'updated', point.id), 303)
  })

  for (const [verb, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(`/staff/service-points/:id/${verb}`, (c) => {
      const found = pointOf(c)
      if (!found) return notFound(c)
      const { point, org } = found
      const at = new Date(deps.now())
      inTransaction(db, () => {
        if (setServicePointActive(db, point, active, at))
          recordAudit(
            db,
            {
              action: active ? 'service_point_reactivated' : 'service_point_deactivated',
              actor: staffOf(c).user,
              targetType: 'service_point',
              targetId: point.id,
              provinceCode: org.provinceCode,
              organisationId: org.id,
              detail: { code: point.code, nameTh: point.nameTh },
            },
            at,
          )
      })
      return c.redirect(homeOf(org.id, `${verb}d`, point.id), 303)
    })
  }

  return app
}
