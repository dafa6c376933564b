import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { PostButton } from '../../components/post-button.js'

export type RoundFinaliseProps = {
  locale: Locale
  t: Translate<DlaKey>
  csrfToken: string
  round: { id: number; nameTh: string; nameEn: string; responses: number }
  /** Why it cannot be finalised (not closed, already final): then there is nothing to confirm. */
  error?: string
}

/** "Are you sure?": what finalising fixes and that it cannot be undone, then the one button. */
export function RoundFinalisePage(p: RoundFinaliseProps) {
  const { t, locale, round: r } = p
  const base = `/staff/rounds/${r.id}`
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={p.error ? [{ href: '', text: p.error }] : []} />
      <p>
        <a href={base}>{t('dla.round.finalise.cancel')}</a>
      </p>
      <h1 class="heading-l">{t('dla.round.finalise.title', { round: locale === 'en' ? r.nameEn : r.nameTh })}</h1>
      {!p.error && (
        <>
          <p>{t('dla.round.finalise.explain', { n: r.responses.toLocaleString('th-TH') })}</p>
          <p>
            <strong>{t('dla.round.finalise.irreversible')}</strong>
          </p>
          <div class="actions">
            <PostButton
              action={`${base}/finalise`}
              csrfToken={p.csrfToken}
              label={t('dla.round.finalise.confirm')}
              variant="warning"
            />
          </div>
        </>
      )}
    </>
  )
}
