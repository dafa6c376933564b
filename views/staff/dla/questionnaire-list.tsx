import { formatDateTime } from '../../../src/i18n/format.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { DoneBanner } from './round-status.js'

type Titled = { title?: Partial<Record<Locale, string>>; slug?: string }

/** A published version and the rounds that use it. */
export type PublishedQuestionnaire = {
  id: number
  slug: string
  version: number
  definition: unknown
  publishedAt: Date | null
  rounds: { id: number; nameTh: string; nameEn: string }[]
}

export type PendingUpload = { id: number; definition: unknown; createdAt: Date; uploadedBy: string }

export type QuestionnaireListProps = {
  locale: Locale
  t: Translate<DlaKey>
  published: PublishedQuestionnaire[]
  pending: PendingUpload[]
  done?: string
}

const titleOf = (definition: unknown, locale: Locale) => (definition as Titled).title?.[locale] ?? ''

/** Published versions (immutable: there is no edit link) and uploads waiting to be published. */
export function QuestionnaireList(p: QuestionnaireListProps) {
  const { t, locale } = p
  return (
    <>
      <DoneBanner text={p.done} />
      <h1 class="heading-l">{t('dla.q.title')}</h1>
      <p>
        <a class="button button--small" href="/staff/questionnaires/new">
          {t('dla.q.upload')}
        </a>
      </p>
      <h2 class="heading-m">{t('dla.q.published')}</h2>
      <p class="hint">{t('dla.q.publishedNote')}</p>
      {p.published.length === 0 ? (
        <p>{t('dla.q.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('dla.q.col.slug')}</th>
                <th scope="col" class="num">
                  {t('dla.q.col.version')}
                </th>
                <th scope="col">{t('dla.q.col.title')}</th>
                <th scope="col">{t('dla.q.col.publishedAt')}</th>
                <th scope="col">{t('dla.q.col.rounds')}</th>
              </tr>
            </thead>
            <tbody>
              {p.published.map((q) => (
                <tr>
                  <td>{q.slug}</td>
                  <td class="num">{q.version}</td>
                  <td>
                    <a href={`/staff/questionnaires/${q.id}/preview`}>{titleOf(q.definition, locale)}</a>
                  </td>
                  <td>{q.publishedAt ? formatDateTime(q.publishedAt, locale) : ''}</td>
                  <td>
                    {q.rounds.length === 0
                      ? t('dla.q.notUsed')
                      : q.rounds.map((r, i) => (
                          <>
                            {i > 0 && ', '}
                            <a href={`/staff/rounds/${r.id}`}>{locale === 'en' ? r.nameEn : r.nameTh}</a>
                          </>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.pending.length > 0 && (
        <>
          <h2 class="heading-m">{t('dla.q.pending')}</h2>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('dla.q.col.slug')}</th>
                <th scope="col">{t('dla.q.col.title')}</th>
                <th scope="col">{t('dla.q.col.uploadedAt')}</th>
                <th scope="col">{t('dla.q.col.uploadedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {p.pending.map((u) => (
                <tr>
                  <td>{(u.definition as Titled).slug}</td>
                  <td>
                    <a href={`/staff/questionnaires/uploads/${u.id}/preview`}>
                      {titleOf(u.definition, locale) || t('dla.q.preview')}
                    </a>
                  </td>
                  <td>{formatDateTime(u.createdAt, locale)}</td>
                  <td>{u.uploadedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  )
}
