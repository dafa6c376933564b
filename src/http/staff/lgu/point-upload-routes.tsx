/**
 * Service points from a CSV, for every role within its scope: upload (a file
 * that cannot be read is refused and not stored), a preview of what would be
 * created with every problem by line, then one confirmation that creates all of
 * it in one transaction, or nothing. Only the uploader sees an upload.
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { inTransaction } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, findProvince } from '../../../db/queries/collection.js'
import { sampleDlaCode, saveServicePointUpload, servicePointUploadOf } from '../../../db/queries/service-point-uploads.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import type { BatchProblem, PointBatchPlan, PointBatchResult } from '../../../domain/service-point-batch.js'
import { formatDateTime } from '../../../i18n/format.js'
import { pointUploadTranslator, type PointUploadMessageKey } from '../../../i18n/staff/point-upload.js'
import { MAX_POINT_MEGABYTES, MAX_POINT_ROWS, PointFileError, pointCsvTemplate } from '../../../service-point-import/point-csv.js'
import { confirmPointUpload, previewPointUpload, type Uploader } from '../../../service-point-import/point-uploads.js'
import { PointUploadPage } from '../../../../views/staff/lgu/point-upload-page.js'
import { PointUploadPreview } from '../../../../views/staff/lgu/point-upload-preview.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { fileOf, idParam, megabytes, seeOther } from '../dla/common.js'

const MAX_BYTES = MAX_POINT_MEGABYTES * 1024 * 1024

type Upload = NonNullable<ReturnType<typeof servicePointUploadOf>>

export function pointUploadRoutes({ db, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const words = (c: StaffContext) => {
    const locale = staffLocale(c)
    return { locale, t: pointUploadTranslator(locale) }
  }

  const uploaderOf = (c: StaffContext): Uploader => {
    const { scope } = staffOf(c)
    if (scope.kind !== 'organisation') return { scope }
    return { scope, ownDlaCode: findOrganisation(db, scope, scope.organisationId)?.dlaCode }
  }

  const scopeText = (c: StaffContext) => {
    const { locale, t } = words(c)
    const { scope } = staffOf(c)
    if (scope.kind === 'organisation') {
      const org = findOrganisation(db, scope, scope.organisationId)
      return t('points.upload.scope.lgu', { organisation: org ? organisationDisplayName(org.type, org.nameTh, locale) : '' })
    }
    if (scope.kind === 'province') {
      const province = findProvince(db, scope, scope.provinceCode)
      return t('points.upload.scope.province', { province: (locale === 'en' ? province?.nameEn : province?.nameTh) ?? '' })
    }
    return t('points.upload.scope.national')
  }

  const renderForm = (c: StaffContext, error?: string, status: ContentfulStatusCode = 200) => {
    const { t } = words(c)
    const title = t('points.upload.title')
    const body = (
      <PointUploadPage
        t={t}
        csrfToken={staffOf(c).csrfToken}
        scopeText={scopeText(c)}
        maxMegabytes={MAX_POINT_MEGABYTES}
        maxRows={MAX_POINT_ROWS}
        error={error}
      />
    )
    return renderStaffPage(c, error ? `${t('staff.error.titlePrefix')}${title}` : title, body, status)
  }

  const problemTexts = (c: StaffContext, problems: BatchProblem[]) => {
    const { t } = words(c)
    return problems.map((p) => ({ line: p.line, text: t(`points.problem.${p.key}`, p.vars) }))
  }

  const renderUpload = (
    c: StaffContext,
    upload: Pick<Upload, 'filename' | 'createdAt' | 'uploadedBy' | 'importedAt'> & { id?: number },
    shown: { plan?: PointBatchPlan; result?: PointBatchResult },
    error?: string,
    status: ContentfulStatusCode = 200,
  ) => {
    const { locale, t } = words(c)
    const title = t(shown.result ? 'points.result.title' : 'points.preview.title', { file: upload.filename })
    const problems = problemTexts(c, shown.plan?.problems ?? [])
    const failed = error !== undefined || problems.length > 0
    const body = (
      <PointUploadPreview
        locale={locale}
        t={t}
        csrfToken={staffOf(c).csrfToken}
        upload={upload}
        confirmAction={upload.id === undefined ? undefined : `/staff/service-points/uploads/${upload.id}/confirm`}
        plan={shown.plan}
        problems={problems}
        result={shown.result}
        error={error}
      />
    )
    return renderStaffPage(c, failed ? `${t('staff.error.titlePrefix')}${title}` : title, body, status)
  }

  /** The file's own problem, in the page's words. */
  const fileProblem = (c: StaffContext, error: PointFileError) => {
    const { t } = words(c)
    if (error.reason === 'notCsv' && error.vars.line) return t('points.file.notCsvAt', error.vars)
    return t(`points.file.${error.reason}` as PointUploadMessageKey, error.vars)
  }

  app.get('/staff/service-points/upload', (c) => renderForm(c))

  app.get('/staff/service-points/template.csv', (c) => {
    const { scope } = staffOf(c)
    const code = uploaderOf(c).ownDlaCode ?? sampleDlaCode(db, scope) ?? '0000000'
    c.header('Content-Type', 'text/csv; charset=utf-8')
    c.header('Content-Disposition', 'attachment; filename="service-points-template.csv"')
    return c.body(pointCsvTemplate(code))
  })

  app.post('/staff/service-points/upload', async (c) => {
    const { t } = words(c)
    const file = fileOf(await c.req.parseBody(), 'file')
    if (!file) return renderForm(c, t('points.file.noFile'), 422)
    if (file.size > MAX_BYTES)
      return renderForm(c, t('points.file.tooLarge', { max: MAX_POINT_MEGABYTES, size: megabytes(file.size) }), 413)
    // Not UTF-8 (an old Excel's TIS-620) decodes to U+FFFD, which the reader refuses in words.
    const content = new TextDecoder('utf-8').decode(await file.arrayBuffer())
    let plan: PointBatchPlan
    try {
      plan = previewPointUpload(db, content, uploaderOf(c))
    } catch (error) {
      if (error instanceof PointFileError) return renderForm(c, fileProblem(c, error), 422)
      throw error
    }
    const filename = file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'service-points.csv'
    const at = new Date(now())
    // A file with any wrong line is shown with its problems and not kept: it is fixed and sent again.
    if (plan.problems.length > 0) {
      const unsaved = { filename, createdAt: at, uploadedBy: staffOf(c).user.displayName, importedAt: null }
      return renderUpload(c, unsaved, { plan }, undefined, 422)
    }
    const id = saveServicePointUpload(db, { filename, content, userId: staffOf(c).user.id }, at)
    return seeOther(c, `/staff/service-points/uploads/${id}`)
  })

  const load = (c: StaffContext) => {
    const id = idParam(c)
    return id === undefined ? undefined : servicePointUploadOf(db, id, staffOf(c).user.id)
  }

  app.get('/staff/service-points/uploads/:id', (c) => {
    const upload = load(c)
    if (!upload) return renderStaffStatus(c, 'notFound', 404)
    if (upload.importedAt && upload.result) return renderUpload(c, upload, { result: upload.result })
    const plan = previewPointUpload(db, upload.content, uploaderOf(c))
    return renderUpload(c, upload, { plan })
  })

  app.post('/staff/service-points/uploads/:id/confirm', (c) => {
    const upload = load(c)
    if (!upload) return renderStaffStatus(c, 'notFound', 404)
    const { locale, t } = words(c)
    const staff = staffOf(c)
    const at = new Date(now())
    const outcome = inTransaction(db, () => {
      const outcome = confirmPointUpload(db, upload.id, staff.user.id, uploaderOf(c), at)
      if (outcome?.ok) recordAudit(db, auditEntry(staff.user, upload, outcome.result), at)
      return outcome
    })
    if (!outcome) return renderStaffStatus(c, 'notFound', 404)
    if (outcome.ok) return seeOther(c, `/staff/service-points/uploads/${upload.id}`)
    if ('importedAt' in outcome) {
      const done = load(c) ?? upload
      const error = t('points.preview.alreadyImported', { at: formatDateTime(outcome.importedAt, locale) })
      return renderUpload(c, done, { result: done.result ?? undefined }, error, 409)
    }
    return renderUpload(c, upload, { plan: outcome.plan }, t('points.preview.changed'), 409)
  })

  return app
}

/** One entry per file; its province or organisation when it touched only one, so scoped readers see it. */
function auditEntry(actor: { id: number; username: string }, upload: Upload, result: PointBatchResult) {
  const provinces = new Set(result.organisations.map((o) => o.provinceCode))
  const only = result.organisations.length === 1 ? result.organisations[0] : undefined
  return {
    action: 'service_points_imported' as const,
    actor,
    targetType: 'service_point_upload',
    targetId: upload.id,
    provinceCode: provinces.size === 1 ? [...provinces][0] : null,
    organisationId: only?.organisationId ?? null,
    detail: {
      filename: upload.filename,
      points: result.pointCount,
      organisations: result.organisations.length,
      // A national file names thousands; the upload itself keeps the full list.
      ...(result.organisations.length <= 50 && { dlaCodes: result.organisations.map((o) => o.dlaCode) }),
      ...(only && { codes: only.points.map((p) => p.code) }),
    },
  }
}
