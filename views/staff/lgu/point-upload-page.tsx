import type { Translate } from '../../../src/i18n/messages.js'
import type { PointUploadMessageKey } from '../../../src/i18n/staff/point-upload.js'
import type { StaffMessageKey } from '../../../src/i18n/staff-messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
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
      <form
        method="post"
        action={POINT_UPLOAD_PATH}
        enctype="multipart/form-data"
        novalidate
        hx-post={POINT_UPLOAD_PATH}
        hx-encoding="multipart/form-data"
        hx-target="#main"
        hx-select="#main"
        hx-swap="outerHTML"
        hx-disabled-elt="find button"
        data-upload-progress
        data-swap-errors
      >
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Input
          id="file"
          type="file"
          accept=".csv,text/csv"
          label={t('points.upload.file')}
          hint={t('points.upload.fileHint', { max: p.maxMegabytes, rows: p.maxRows.toLocaleString('th-TH') })}
          error={p.error}
          errorPrefix={t('staff.error.inlinePrefix')}
        />
        <p>
          <progress id="upload-progress" max="100" value="0" hidden aria-label={t('points.upload.uploading')} />
        </p>
        <button type="submit" class="button">
          {t('points.upload.submit')}
        </button>
      </form>
    </>
  )
}
