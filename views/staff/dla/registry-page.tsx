import { formatDateTime } from '../../../src/i18n/format.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { CsvFileForm } from '../components/csv-upload.js'
import { Pagination } from '../../components/pagination.js'
import { PointUploadLink } from '../lgu/point-upload-link.js'

export type RegistryUploadRow = { id: number; filename: string; createdAt: Date; importedAt: Date | null; uploadedBy: string }

export type RegistryPageProps = {
  locale: Locale
  t: Translate<DlaKey>
  csrfToken: string
  maxMegabytes: number
  error?: string
  uploads: { rows: RegistryUploadRow[]; page: number; pageSize: number; total: number }
}

/**
 * Upload DLA's registry CSV. A plain multipart form; with JavaScript, htmx sends
 * it and static/staff.js fills the progress bar as the file goes up.
 */
export function RegistryPage(p: RegistryPageProps) {
  const { t, locale, uploads } = p
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={p.error ? [{ href: '#file', text: p.error }] : []} />
      <h1 class="heading-l">{t('dla.reg.title')}</h1>
      <p>{t('dla.reg.intro')}</p>
      <PointUploadLink locale={locale} />
      <CsvFileForm
        action="/staff/registry"
        csrfToken={p.csrfToken}
        label={t('dla.reg.file')}
        hint={t('dla.reg.fileHint', { max: p.maxMegabytes })}
        error={p.error}
        errorPrefix={t('staff.error.inlinePrefix')}
        uploading={t('dla.reg.uploading')}
        submit={t('dla.reg.submit')}
        working={t('staff.working')}
      />
      <h2 class="heading-m">{t('dla.reg.uploads')}</h2>
      {uploads.rows.length === 0 ? (
        <p>{t('dla.reg.none')}</p>
      ) : (
        <div class="table-wrap" id="registry-uploads">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('dla.reg.col.file')}</th>
                <th scope="col">{t('dla.reg.col.uploadedAt')}</th>
                <th scope="col">{t('dla.reg.col.uploadedBy')}</th>
                <th scope="col">{t('dla.reg.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {uploads.rows.map((u) => (
                <tr>
                  <td>
                    <a href={`/staff/registry/uploads/${u.id}`}>{u.filename}</a>
                  </td>
                  <td>{formatDateTime(u.createdAt, locale)}</td>
                  <td>{u.uploadedBy}</td>
                  <td>
                    {u.importedAt
                      ? t('dla.reg.status.imported', { at: formatDateTime(u.importedAt, locale) })
                      : t('dla.reg.status.pending')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            hrefFor={(page) => `/staff/registry?page=${page}`}
            page={uploads.page}
            pageSize={uploads.pageSize}
            total={uploads.total}
            hxTarget="#registry-uploads"
            t={t}
          />
        </div>
      )}
    </>
  )
}
