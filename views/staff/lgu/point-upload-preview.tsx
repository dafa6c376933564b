import type { PointBatchPlan, PointBatchResult } from '../../../src/domain/service-point-batch.js'
import { formatDateTime } from '../../../src/i18n/format.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { PointUploadMessageKey } from '../../../src/i18n/staff/point-upload.js'
import type { StaffMessageKey } from '../../../src/i18n/staff-messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { ConfirmUploadForm } from '../components/csv-upload.js'
import { POINT_UPLOAD_PATH } from './point-upload-link.js'

type T = Translate<PointUploadMessageKey | StaffMessageKey>

export type PointUploadPreviewProps = {
  locale: Locale
  t: T
  csrfToken: string
  upload: { filename: string; createdAt: Date; uploadedBy: string; importedAt: Date | null }
  /** Where "confirm" posts; absent for a file with problems, which is not kept. */
  confirmAction?: string
  /** Before confirming: what the file would create, and its problems (already in the page's words). */
  plan?: { rowCount: number; organisations: PointBatchPlan['organisations']; pointCount: number }
  problems: { line: number; text: string }[]
  /** After confirming: what was created. */
  result?: PointBatchResult
  /** Why a confirmation was refused (already done, or the data changed). */
  error?: string
}

/** Long files are listed in part: the counts above say how many there are in all. */
const LISTED = 500

const n = (value: number) => value.toLocaleString('th-TH')

function Counts({ t, rows }: { t: T; rows: [string, number][] }) {
  return (
    <table class="table">
      <caption>{t('points.preview.counts')}</caption>
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

function Problems({ t, problems }: { t: T; problems: PointUploadPreviewProps['problems'] }) {
  return (
    <>
      <div class="table-wrap">
        <table class="table" id="problems">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('points.col.line')}
              </th>
              <th scope="col">{t('points.col.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, LISTED).map((p) => (
              <tr>
                <td class="num">{p.line}</td>
                <td>{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > LISTED && <p>{t('points.preview.andMore', { n: n(problems.length - LISTED) })}</p>}
    </>
  )
}

function Planned({ t, plan }: { t: T; plan: NonNullable<PointUploadPreviewProps['plan']> }) {
  const rows = plan.organisations.flatMap((o) => o.points.map((p) => ({ dlaCode: o.dlaCode, ...p })))
  return (
    <>
      <div class="table-wrap">
        <table class="table" id="planned">
          <caption>{t('points.preview.plan')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('points.col.line')}
              </th>
              <th scope="col">{t('points.col.organisation')}</th>
              <th scope="col">{t('points.col.point')}</th>
              <th scope="col">{t('points.col.services')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED).map((r) => (
              <tr>
                <td class="num">{r.line}</td>
                <td>{r.dlaCode}</td>
                <td>
                  {r.nameTh}
                  {r.nameEn && <span class="hint"> · {r.nameEn}</span>}
                </td>
                <td>{r.services.map((s) => s.nameTh).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > LISTED && <p>{t('points.preview.andMore', { n: n(rows.length - LISTED) })}</p>}
    </>
  )
}

function Created({ t, result }: { t: T; result: PointBatchResult }) {
  const rows = result.organisations.flatMap((o) => o.points.map((p) => ({ dlaCode: o.dlaCode, ...p })))
  return (
    <>
      <div class="table-wrap">
        <table class="table" id="created">
          <caption>{t('points.preview.createdList')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('points.col.organisation')}</th>
              <th scope="col">{t('points.col.point')}</th>
              <th scope="col">{t('points.col.code')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LISTED).map((r) => (
              <tr>
                <td>{r.dlaCode}</td>
                <td>{r.nameTh}</td>
                <td>
                  <code>{r.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > LISTED && <p>{t('points.preview.andMore', { n: n(rows.length - LISTED) })}</p>}
    </>
  )
}

/** Before confirming: what the file would create, its problems by line, and "confirm" only when there are none. */
export function PointUploadPreview(p: PointUploadPreviewProps) {
  const { t, locale, upload, plan, result, problems } = p
  const done = upload.importedAt !== null && result
  const title = t(done ? 'points.result.title' : 'points.preview.title', { file: upload.filename })
  const action = p.confirmAction
  const blocked = problems.length > 0
  return (
    <>
      <ErrorSummary
        title={t('staff.error.summaryTitle')}
        errors={[
          ...(p.error ? [{ href: '', text: p.error }] : []),
          ...(blocked ? [{ href: '#problems', text: t('points.preview.blocked', { n: n(problems.length) }) }] : []),
        ]}
      />
      <p>
        <a href={POINT_UPLOAD_PATH}>{t('points.preview.back')}</a>
      </p>
      <h1 class="heading-l">{title}</h1>
      <p class="hint">
        {t('points.preview.uploadedAt')} {formatDateTime(upload.createdAt, locale)} · {t('points.preview.uploadedBy')}{' '}
        {upload.uploadedBy}
      </p>
      {done ? (
        <>
          <div class="banner" role="status">
            <p>{t('points.preview.importedAt', { at: formatDateTime(upload.importedAt!, locale) })}</p>
          </div>
          <Counts
            t={t}
            rows={[
              [t('points.preview.organisations'), result.organisations.length],
              [t('points.preview.created'), result.pointCount],
            ]}
          />
          <Created t={t} result={result} />
        </>
      ) : (
        plan && (
          <>
            {!blocked && <p>{t('points.preview.nothingYet')}</p>}
            <Counts
              t={t}
              rows={[
                [t('points.preview.rows'), plan.rowCount],
                [t('points.preview.organisations'), plan.organisations.length],
                [t('points.preview.wouldCreate'), plan.pointCount],
              ]}
            />
            <h2 class="heading-m">{t('points.preview.problems', { n: n(problems.length) })}</h2>
            {blocked ? <Problems t={t} problems={problems} /> : <p>{t('points.preview.noProblems')}</p>}
            {!blocked && <Planned t={t} plan={plan} />}
            {!blocked && action && (
              <>
                <ConfirmUploadForm
                  action={action}
                  csrfToken={p.csrfToken}
                  confirm={t('points.preview.confirm', { n: n(plan.pointCount) })}
                  working={t('points.preview.working')}
                  pressed={t('staff.working')}
                  workingId="confirm-working"
                />
              </>
            )}
          </>
        )
      )}
    </>
  )
}
