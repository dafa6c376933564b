import { organisationDisplayName, type OrganisationType } from '../../../src/domain/organisation-types.js'
import type { RoundStatus } from '../../../src/domain/round-status.js'
import { formatDateTime } from '../../../src/i18n/format.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { ErrorSummary, type ErrorLink } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { PostButton } from '../../components/post-button.js'
import { scopeSummary, type RoundSummary } from './round-list.js'
import { DoneBanner, RoundStatusTag } from './round-status.js'

/** A round with the provinces or organisations its scope names. */
export type RoundDetail = RoundSummary & {
  provinces: { code: string; nameTh: string; nameEn: string }[]
  organisations: { id: number; dlaCode: string; type: OrganisationType; nameTh: string }[]
}

export type RoundDetailProps = {
  locale: Locale
  t: Translate<DlaKey>
  csrfToken: string
  round: RoundDetail
  status: RoundStatus
  done?: string
  /** The "extend" form's value and error, kept when it is sent back. */
  extend: { value: string; error?: string }
  /** An action that could not be done (e.g. "close now" on a closed round). */
  actionError?: string
}

function ScopeList({ round, locale }: { round: RoundDetail; locale: Locale }) {
  if (round.scope === 'provinces')
    return (
      <ul>
        {round.provinces.map((pr) => (
          <li>{locale === 'en' ? pr.nameEn : pr.nameTh}</li>
        ))}
      </ul>
    )
  if (round.scope === 'organisations')
    return (
      <ul>
        {round.organisations.map((o) => (
          <li>
            {o.dlaCode} {organisationDisplayName(o.type, o.nameTh, locale)}
          </li>
        ))}
      </ul>
    )
  return null
}

/** One round: what it is, who takes part, and the window actions. */
export function RoundDetailPage(p: RoundDetailProps) {
  const { t, locale, round: r } = p
  const base = `/staff/rounds/${r.id}`
  const errors: ErrorLink[] = [
    ...(p.actionError ? [{ href: '', text: p.actionError }] : []),
    ...(p.extend.error ? [{ href: '#closesAt', text: p.extend.error }] : []),
  ]
  const rows: [string, unknown][] = [
    [t('dla.rounds.col.status'), <RoundStatusTag status={p.status} t={t} />],
    [t('dla.round.field.nameTh'), r.nameTh],
    [t('dla.round.field.nameEn'), r.nameEn],
    [t('dla.rounds.col.questionnaire'), t('dla.rounds.questionnaire', { slug: r.slug, version: r.version })],
    [t('dla.round.field.opensAt'), formatDateTime(r.opensAt, locale)],
    [t('dla.round.field.closesAt'), formatDateTime(r.closesAt, locale)],
    [
      t('dla.rounds.col.scope'),
      <>
        {scopeSummary(t, r)}
        <ScopeList round={r} locale={locale} />
      </>,
    ],
    [t('dla.rounds.col.responses'), r.responses.toLocaleString('th-TH')],
    [t('dla.round.detail.createdAt'), formatDateTime(r.createdAt, locale)],
    ...(r.finalisedAt ? [[t('dla.round.detail.finalisedAt'), formatDateTime(r.finalisedAt, locale)] as [string, unknown]] : []),
  ]
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={errors} />
      <DoneBanner text={p.done} />
      <p>
        <a href="/staff/rounds">{t('dla.round.back')}</a>
      </p>
      <h1 class="heading-l">{locale === 'en' ? r.nameEn : r.nameTh}</h1>
      <table class="table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="heading-m">{t('dla.round.detail.actions')}</h2>
      <div class="actions">
        {p.status === 'upcoming' && <PostButton action={`${base}/open`} csrfToken={p.csrfToken} label={t('dla.round.openNow')} />}
        {p.status === 'open' && (
          <PostButton action={`${base}/close`} csrfToken={p.csrfToken} label={t('dla.round.closeNow')} variant="warning" />
        )}
        {p.status === 'closed' && (
          <a class="button button--small" href={`${base}/finalise`}>
            {t('dla.round.finalise.start')}
          </a>
        )}
      </div>
      {p.status === 'finalised' ? <p>{t('dla.round.finalisedNote')}</p> : <ExtendForm {...p} />}
    </>
  )
}

/** A later closing time; a finalised round has none (the route refuses it too). */
function ExtendForm(p: RoundDetailProps) {
  const { t, locale, round: r } = p
  return (
    <form method="post" action={`/staff/rounds/${r.id}/extend`} novalidate>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      <h3>{t('dla.round.extend.title')}</h3>
      <Input
        id="closesAt"
        type="datetime-local"
        label={t('dla.round.extend.field')}
        hint={t('dla.round.extend.hint', { current: formatDateTime(r.closesAt, locale) })}
        value={p.extend.value}
        error={p.extend.error}
        errorPrefix={t('staff.error.inlinePrefix')}
        width="half"
      />
      <button type="submit" class="button button--secondary">
        {t('dla.round.extend.submit')}
      </button>
    </form>
  )
}
