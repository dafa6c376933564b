import type { RegistrySummary } from '../../../src/domain/registry.js'
import { ORGANISATION_TYPES } from '../../../src/domain/organisation-types.js'
import { ORGANISATION_TYPE_LABELS } from '../../../src/domain/organisation-types.js'
import { formatDateTime } from '../../../src/i18n/format.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { ConfirmUploadForm } from '../components/csv-upload.js'

export type RegistryUploadProps = {
  locale: Locale
  t: Translate<DlaKey>
  csrfToken: string
  upload: { id: number; filename: string; createdAt: Date; uploadedBy: string; importedAt: Date | null }
  summary: RegistrySummary
  /** Why a confirmation was refused (already imported). */
  error?: string
}

const n = (value: number) => value.toLocaleString('th-TH')

function Counts({ t, s, imported }: { t: Translate<DlaKey>; s: RegistrySummary; imported: boolean }) {
  const organisations = Object.values(s.countsByType).reduce((a, b) => a + b, 0)
  const rows: [string, number][] = [
    [t('dla.reg.rows'), s.rowCount],
    [t('dla.reg.organisations'), organisations],
    [t(imported ? 'dla.reg.inserted' : 'dla.reg.wouldInsert'), s.inserted],
    [t(imported ? 'dla.reg.updated' : 'dla.reg.wouldUpdate'), s.updated],
    [t('dla.reg.unchanged'), s.unchanged],
  ]
  return (
    <table class="table">
      <caption>{t('dla.reg.changes')}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr>
            <th scope="row">{label}</th>
            <td class="num">{n(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ByType({ t, locale, s }: { t: Translate<DlaKey>; locale: Locale; s: RegistrySummary }) {
  return (
    <table class="table">
      <caption>{t('dla.reg.byType')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dla.reg.col.type')}</th>
          <th scope="col" class="num">
            {t('dla.reg.col.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ORGANISATION_TYPES.map((type) => (
          <tr>
            <td>{ORGANISATION_TYPE_LABELS[type][locale] || ORGANISATION_TYPE_LABELS[type].registry}</td>
            <td class="num">{n(s.countsByType[type])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Problems({ t, s }: { t: Translate<DlaKey>; s: RegistrySummary }) {
  if (s.problemCount === 0) return <p>{t('dla.reg.noProblems')}</p>
  return (
    <>
      <table class="table" id="problems">
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('dla.reg.col.line')}
            </th>
            <th scope="col">{t('dla.reg.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {s.problems.map((p) => (
            <tr>
              <td class="num">{p.line}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.problemCount > s.problems.length && <p>{t('dla.reg.andMore', { n: n(s.problemCount - s.problems.length) })}</p>}
    </>
  )
}

/** Before the import: what it would change, and "confirm". After: what it changed. */
export function RegistryUploadPage(p: RegistryUploadProps) {
  const { t, locale, upload, summary } = p
  const imported = upload.importedAt !== null
  const action = `/staff/registry/uploads/${upload.id}/import`
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={p.error ? [{ href: '', text: p.error }] : []} />
      <p>
        <a href="/staff/registry">{t('dla.reg.back')}</a>
      </p>
      <h1 class="heading-l">{t(imported ? 'dla.reg.result.title' : 'dla.reg.preview.title', { file: upload.filename })}</h1>
      <p class="hint">
        {t('dla.reg.col.uploadedAt')} {formatDateTime(upload.createdAt, locale)} · {t('dla.reg.col.uploadedBy')}{' '}
        {upload.uploadedBy}
      </p>
      {imported ? (
        <div class="banner" role="status">
          <p>{t('dla.reg.importedAt', { at: formatDateTime(upload.importedAt!, locale) })}</p>
        </div>
      ) : (
        <p>{t('dla.reg.preview.nothingYet')}</p>
      )}
      <Counts t={t} s={summary} imported={imported} />
      <ByType t={t} locale={locale} s={summary} />
      <h2 class="heading-m">{t('dla.reg.problems', { n: n(summary.problemCount) })}</h2>
      <Problems t={t} s={summary} />
      {!imported && (
        <ConfirmUploadForm
          action={action}
          csrfToken={p.csrfToken}
          confirm={t('dla.reg.confirm')}
          working={t('dla.reg.working')}
          pressed={t('staff.working')}
          workingId="import-working"
        />
      )}
    </>
  )
}
