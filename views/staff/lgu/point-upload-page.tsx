import type { Translate } from '../../../src/i18n/messages.js'
import type { PointUploadMessageKey } from '../../../src/i18n/staff/point-upload.js'
import type { StaffMessageKey } from '../../../src/i18n/staff-messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { CsvFileForm } from '../components/csv-upload.js'
import { POINT_UPLOAD_PATH } from './point-upload-link.js'

export type PointUploadPageProps = {
  t: Translate<PointUploadMessageKey | StaffMessageKey>
  csrfToken: string
  /** Whose points the file may add, in words. */
  scopeText: string
  maxMegabytes: number
  maxRows: number
  error?: string
}

/**
 * Upload a CSV of service points. A plain multipart form; with JavaScript, htmx
 * sends it and static/staff.js fills the progress bar, as for the registry.
 */
export function PointUploadPage(p: PointUploadPageProps) {
  const { t } = p
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={p.error ? [{ href: '#file', text: p.error }] : []} />
      <h1 class="heading-l">{t('points.upload.title')}</h1>
      <p>{p.scopeText}</p>
      <p>{t('points.upload.format')}</p>
      <p>{t('points.upload.allOrNothing')}</p>
      <p>
        <a href="/staff/service-points/template.csv" download>
          {t('points.upload.template')}
        </a>
      </p>
      <CsvFileForm
        action={POINT_UPLOAD_PATH}
        csrfToken={p.csrfToken}
        label={t('points.upload.file')}
        hint={t('points.upload.fileHint', { max: p.maxMegabytes, rows: p.maxRows.toLocaleString('th-TH') })}
        error={p.error}
        errorPrefix={t('staff.error.inlinePrefix')}
        uploading={t('points.upload.uploading')}
        submit={t('points.upload.submit')}
        working={t('staff.working')}
      />
    </>
  )
}
