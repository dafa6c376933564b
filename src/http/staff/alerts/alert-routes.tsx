/**
 * One alert's page and its acknowledgement: the officer gives the cause, which is stored
 * with an audit entry in one transaction. Every look-up goes through the caller's scope
 * (another organisation's alert → 404, nothing stored); an empty cause comes back with
 * the message and stores nothing.
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { inTransaction } from '../../../db/client.js'
import { acknowledgeAlert, findAlert, type AlertView } from '../../../db/queries/alerts.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { MAX_ALERT_COMMENT } from '../../../domain/alerts/vocabulary.js'
import { alertsTranslator } from '../../../i18n/staff/alerts.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { alertOrganisationName } from '../../../alerts/describe-alert.js'
import { AlertPage } from '../../../../views/staff/alerts/alert-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm } from '../form-data.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { idParam } from '../lgu/round-choice.js'
import { presentAlertCard } from './present-alerts.js'

const acknowledgeSchema = z.object({
  comment: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(MAX_ALERT_COMMENT, { error: 'tooLong' })
    // One line or a few: no control characters beyond line breaks.
    .transform((s) => s.replace(/\r\n?/g, '\n')),
  from: z.enum(['organisation', 'province']).catch('organisation'),
})

export function alertRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()

  const alertOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    return id === undefined ? undefined : findAlert(db, staffOf(c).scope, id)
  }

  /** Back to the province's list only for those who have one; everyone can go to the organisation's page. */
  const backOf = (c: StaffContext, alert: AlertView, from: string | undefined) =>
    from === 'province' && staffOf(c).scope.kind !== 'organisation'
      ? `/staff/provinces/${alert.provinceCode}`
      : `/staff/organisations/${alert.organisationId}`

  const renderPage = (
    c: StaffContext,
    alert: AlertView,
    form: { from: 'organisation' | 'province'; value?: string; errorKey?: 'required' | 'tooLong' },
  ) => {
    const locale = staffLocale(c)
    const t = alertsTranslator(locale)
    const common = staffTranslator(locale)
    const error = form.errorKey && t(`alerts.error.comment.${form.errorKey}`, { max: MAX_ALERT_COMMENT })
    const card = presentAlertCard(
      alert,
      {
        locale,
        csrfToken: staffOf(c).csrfToken,
        from: form.from,
        lowSharePercent: config.ALERT_LOW_SHARE_PERCENT,
        showOrganisation: true,
      },
      { value: form.value, error },
    )
    const title = t('alerts.acknowledgeTitle')
    const backHref = backOf(c, alert, form.from)
    const status: ContentfulStatusCode = error ? 422 : 200
    return renderStaffPage(
      c,
      error ? `${common('staff.error.titlePrefix')}${title}` : title,
      <AlertPage
        title={title}
        back={{
          href: `${backHref}#alerts`,
          text: t('alerts.back', {
            place: backHref.includes('/provinces/') ? t('alerts.provinceTitle') : alertOrganisationName(alert, locale),
          }),
        }}
        errorSummary={
          error
            ? { title: common('staff.error.summaryTitle'), errors: [{ href: `#${card.form.fieldId}`, text: error }] }
            : undefined
        }
        closedNote={alert.status === 'closed' ? t('alerts.closed') : undefined}
        alert={card}
      />,
      status,
    )
  }

  app.get('/staff/alerts/:id', (c) => {
    const alert = alertOf(c)
    if (!alert) return renderStaffStatus(c, 'notFound', 404)
    const from = c.req.query('from') === 'province' ? 'province' : 'organisation'
    return renderPage(c, alert, { from, value: alert.comment ?? undefined })
  })

  app.post('/staff/alerts/:id/acknowledge', async (c) => {
    const alert = alertOf(c)
    if (!alert) return renderStaffStatus(c, 'notFound', 404)
    const form = await readForm(c, acknowledgeSchema)
    const from = form.raw.from === 'province' ? 'province' : 'organisation'
    if (!form.ok)
      return renderPage(c, alert, {
        from,
        value: form.raw.comment,
        errorKey: form.errors.comment === 'tooLong' ? 'tooLong' : 'required',
      })
    const at = deps.now()
    const { user } = staffOf(c)
    const stored = inTransaction(db, () => {
      if (!acknowledgeAlert(db, alert.id, { userId: user.id, comment: form.data.comment }, at)) return false
      recordAudit(
        db,
        {
          action: 'alert_acknowledged',
          actor: user,
          targetType: 'alert',
          targetId: alert.id,
          provinceCode: alert.provinceCode,
          organisationId: alert.organisationId,
          detail: { rule: alert.rule, point: alert.pointCode, figure: alert.figure, comment: form.data.comment },
        },
        new Date(at),
      )
      return true
    })
    // Closed meanwhile: its page says so, and nothing was stored.
    if (!stored) return c.redirect(`/staff/alerts/${alert.id}`, 303)
    return c.redirect(`${backOf(c, alert, form.data.from)}?alert=acknowledged#alerts`, 303)
  })

  return app
}
