/**
 * GET /staff/audit: the audit log for DLA officers, newest first, filtered and
 * paged on the server. There are no routes that change it, by design.
 */
import { Hono } from 'hono'
import { AUDIT_ACTIONS } from '../../../domain/audit-actions.js'
import { listAuditEntries } from '../../../db/queries/audit-log.js'
import { auditTranslator } from '../../../i18n/staff/audit.js'
import { AuditPage } from '../../../../views/staff/audit/audit-page.js'
import type { StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { auditHref, parseAuditQuery } from './audit-query.js'
import { actionLabel, toAuditItem } from './present.js'

export const AUDIT_PAGE_SIZE = 50

export function auditRoutes({ db }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  app.use('/staff/audit', requireRole('dla'))
  app.use('/staff/audit/*', requireRole('dla'))

  app.get('/staff/audit', (c) => {
    const locale = staffLocale(c)
    const t = auditTranslator(locale)
    const query = parseAuditQuery(c.req.query())
    let page = query.page
    let result = listAuditEntries(db, query.filter, { page, pageSize: AUDIT_PAGE_SIZE })
    const lastPage = Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE))
    if (page > lastPage) {
      page = lastPage
      result = listAuditEntries(db, query.filter, { page, pageSize: AUDIT_PAGE_SIZE })
    }
    const errors = Object.fromEntries(
      Object.entries(query.errors).map(([field, problem]) => [
        field,
        t(problem === 'range' ? 'audit.error.range' : 'audit.error.date'),
      ]),
    )
    const title = Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${t('audit.title')}` : t('audit.title')
    return renderStaffPage(
      c,
      title,
      <AuditPage
        t={t}
        actions={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(t, action) }))}
        values={query.values}
        errors={errors}
        items={result.rows.map((row) => toAuditItem(t, locale, row))}
        paging={{ page, pageSize: AUDIT_PAGE_SIZE, total: result.total, hrefFor: (p) => auditHref(query.values, p) }}
      />,
    )
  })

  return app
}
