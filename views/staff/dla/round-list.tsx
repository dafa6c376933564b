import type { RoundScope } from '../../../src/domain/round-scopes.js'
import type { RoundStatus } from '../../../src/domain/round-status.js'
import { formatDateTime } from '../../../src/i18n/format.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { Pagination } from '../../components/pagination.js'
import { DoneBanner, RoundStatusTag } from './round-status.js'

/** A round as the lists and its page show it. */
export type RoundSummary = {
  id: number
  nameTh: string
  nameEn: string
  slug: string
  version: number
  opensAt: Date
  closesAt: Date
  scope: RoundScope
  /** Provinces or organisations named by the scope (0 for 'all'). */
  scopeSize: number
  responses: number
  createdAt: Date
  finalisedAt: Date | null
}

export type RoundListProps = {
  locale: Locale
  t: Translate<DlaKey>
  rows: (RoundSummary & { status: RoundStatus })[]
  page: number
  pageSize: number
  total: number
  done?: string
}

export function scopeSummary(t: Translate<DlaKey>, r: Pick<RoundSummary, 'scope' | 'scopeSize'>): string {
  if (r.scope === 'all') return t('dla.rounds.scope.all')
  return t(`dla.rounds.scope.${r.scope}`, { n: r.scopeSize.toLocaleString('th-TH') })
}

/** Every round, newest first, with its window in Buddhist Era and its response count. */
export function RoundList(p: RoundListProps) {
  const { t, locale } = p
  return (
    <>
      <DoneBanner text={p.done} />
      <h1 class="heading-l">{t('dla.rounds.title')}</h1>
      <p>
        <a class="button button--small" href="/staff/rounds/new">
          {t('dla.rounds.create')}
        </a>
      </p>
      {p.rows.length === 0 ? (
        <p>{t('dla.rounds.none')}</p>
      ) : (
        <div class="table-wrap" id="rounds">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('dla.rounds.col.name')}</th>
                <th scope="col">{t('dla.rounds.col.questionnaire')}</th>
                <th scope="col">{t('dla.rounds.col.window')}</th>
                <th scope="col">{t('dla.rounds.col.scope')}</th>
                <th scope="col">{t('dla.rounds.col.status')}</th>
                <th scope="col" class="num">
                  {t('dla.rounds.col.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/staff/rounds/${r.id}`}>{locale === 'en' ? r.nameEn : r.nameTh}</a>
                  </td>
                  <td>{t('dla.rounds.questionnaire', { slug: r.slug, version: r.version })}</td>
                  <td>
                    {t('dla.rounds.window', {
                      opens: formatDateTime(r.opensAt, locale),
                      closes: formatDateTime(r.closesAt, locale),
                    })}
                  </td>
                  <td>{scopeSummary(t, r)}</td>
                  <td>
                    <RoundStatusTag status={r.status} t={t} />
                  </td>
                  <td class="num">{r.responses.toLocaleString('th-TH')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            hrefFor={(page) => `/staff/rounds?page=${page}`}
            page={p.page}
            pageSize={p.pageSize}
            total={p.total}
            hxTarget="#rounds"
            t={t}
          />
        </div>
      )}
    </>
  )
}
