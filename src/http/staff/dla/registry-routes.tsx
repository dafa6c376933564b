/**
 * The national LGU registry, imported from the browser by DLA officers only:
 * upload the CSV (a file that is not the registry is refused and not stored),
 * see what it would change without writing anything, then confirm once.
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { recordAudit } from '../../../db/queries/audit.js'
import { recentRegistryUploads, registryUploadById, saveRegistryUpload } from '../../../db/queries/uploads.js'
import type { RegistrySummary } from '../../../domain/registry.js'
import { parseRegistry, RegistryFormatError, type RegistryLookups } from '../../../registry/parse-registry.js'
import { registryLookups } from '../../../registry/reference-data.js'
import { confirmRegistryImport, previewRegistryImport } from '../../../registry/registry-uploads.js'
import { formatDateTime } from '../../../i18n/format.js'
import { RegistryPage } from '../../../../views/staff/dla/registry-page.js'
import { RegistryUploadPage } from '../../../../views/staff/dla/registry-upload.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, fileOf, idParam, megabytes, pageParam, seeOther } from './common.js'

/** DLA's full file is about 13 MB; leave room for growth. */
export const MAX_REGISTRY_MEGABYTES = 25
const MAX_REGISTRY_BYTES = MAX_REGISTRY_MEGABYTES * 1024 * 1024
const PAGE_SIZE = 20

type Upload = NonNullable<ReturnType<typeof registryUploadById>>

export function registryRoutes({ db, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  app.use('/staff/registry', requireRole('dla'))
  app.use('/staff/registry/*', requireRole('dla'))
  let lookups: RegistryLookups | undefined
  const parse = (content: string) => parseRegistry(content, (lookups ??= registryLookups()))

  const renderList = (c: StaffContext, error?: string, status: ContentfulStatusCode = 200) => {
    const { locale, t } = dlaWords(c)
    const page = pageParam(c)
    const uploads = { ...recentRegistryUploads(db, { page, pageSize: PAGE_SIZE }), page, pageSize: PAGE_SIZE }
    const body = (
      <RegistryPage
        locale={locale}
        t={t}
        csrfToken={staffOf(c).csrfToken}
        maxMegabytes={MAX_REGISTRY_MEGABYTES}
        error={error}
        uploads={uploads}
      />
    )
    return renderStaffPage(c, error ? `${t('staff.error.titlePrefix')}${t('dla.reg.title')}` : t('dla.reg.title'), body, status)
  }

  const renderUpload = (
    c: StaffContext,
    upload: Upload,
    summary: RegistrySummary,
    error?: string,
    status: ContentfulStatusCode = 200,
  ) => {
    const { locale, t } = dlaWords(c)
    const title = t(upload.importedAt ? 'dla.reg.result.title' : 'dla.reg.preview.title', { file: upload.filename })
    const body = (
      <RegistryUploadPage
        locale={locale}
        t={t}
        csrfToken={staffOf(c).csrfToken}
        upload={upload}
        summary={summary}
        error={error}
      />
    )
    return renderStaffPage(c, error ? `${t('staff.error.titlePrefix')}${title}` : title, body, status)
  }

  app.get('/staff/registry', (c) => renderList(c))

  app.post('/staff/registry', async (c) => {
    const { t } = dlaWords(c)
    const file = fileOf(await c.req.parseBody(), 'file')
    if (!file) return renderList(c, t('dla.reg.error.noFile'), 422)
    if (file.size > MAX_REGISTRY_BYTES)
      return renderList(c, t('dla.reg.error.tooLarge', { max: MAX_REGISTRY_MEGABYTES, size: megabytes(file.size) }), 413)
    // Not UTF-8 (an old Excel's TIS-620) decodes to U+FFFD, which the parser reports in words.
    const content = new TextDecoder('utf-8').decode(await file.arrayBuffer())
    try {
      parse(content)
    } catch (error) {
      if (error instanceof RegistryFormatError)
        return renderList(c, t('dla.reg.error.notRegistry', { message: error.message }), 422)
      throw error
    }
    const filename = file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'registry.csv'
    const id = saveRegistryUpload(db, { filename, content, userId: staffOf(c).user.id }, new Date(now()))
    return seeOther(c, `/staff/registry/uploads/${id}`)
  })

  const load = (c: StaffContext) => {
    const id = idParam(c)
    return id === undefined ? undefined : registryUploadById(db, id)
  }

  app.get('/staff/registry/uploads/:id', (c) => {
    const upload = load(c)
    if (!upload) return renderStaffStatus(c, 'notFound', 404)
    if (upload.importedAt) return renderUpload(c, upload, upload.result as RegistrySummary)
    return renderUpload(c, upload, previewRegistryImport(db, parse(upload.content)))
  })

  app.post('/staff/registry/uploads/:id/import', (c) => {
    const upload = load(c)
    if (!upload) return renderStaffStatus(c, 'notFound', 404)
    const { locale, t } = dlaWords(c)
    const at = new Date(now())
    const outcome = confirmRegistryImport(db, upload.id, at)
    if (!outcome.ok) {
      const error = t('dla.reg.alreadyImported', { at: formatDateTime(outcome.importedAt, locale) })
      const imported = load(c) ?? upload
      return renderUpload(c, imported, imported.result as RegistrySummary, error, 409)
    }
    const { problems: _, ...counts } = outcome.summary
    recordAudit(
      db,
      {
        action: 'registry_imported',
        actor: staffOf(c).user,
        targetType: 'registry_upload',
        targetId: upload.id,
        detail: { filename: upload.filename, ...counts },
      },
      at,
    )
    return seeOther(c, `/staff/registry/uploads/${upload.id}`)
  })

  return app
}
