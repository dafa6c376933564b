import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { LguMessageKey } from '../../../src/i18n/staff/lgu.js'
import { formatCount, formatDateTime, formatDay } from '../../../src/i18n/format.js'

export type CollectionRow = {
  id: number
  code: string
  name: string
  department: string | null
  /** The point's opening hours in a line, when it has them. */
  hours?: string
  active: boolean
  today: number
  round: number
  flagged: number
  lastResponseAt: number | null
}

export type CollectionTableProps = {
  t: Translate<LguMessageKey>
  locale: Locale
  rows: CollectionRow[]
  /** The Bangkok day counted as "today", `YYYY-MM-DD`. */
  today: string
  flaggedCounted: boolean
}

const lastOf = (rows: CollectionRow[]) =>
  rows.reduce<number | null>(
    (last, r) => (r.lastResponseAt !== null && (last === null || r.lastResponseAt > last) ? r.lastResponseAt : last),
    null,
  )

/** Responses per service point today and this round, flagged ones apart, with a totals row. */
export function CollectionTable({ t, locale, rows, today, flaggedCounted }: CollectionTableProps) {
  const sum = (key: 'today' | 'round' | 'flagged') => rows.reduce((n, r) => n + r[key], 0)
  const when = (ms: number | null) => (ms === null ? t('lgu.collection.never') : formatDateTime(ms, locale))
  return (
    <div class="table-wrap">
      <table class="table" id="collection" aria-labelledby="collection-title">
        <thead>
          <tr>
            <th scope="col">{t('lgu.collection.point')}</th>
            <th scope="col" class="num">
              {t('lgu.collection.today', { day: formatDay(today, locale) })}
            </th>
            <th scope="col" class="num">
              {t('lgu.collection.round')}
            </th>
            <th scope="col" class="num">
              {t(flaggedCounted ? 'lgu.collection.flaggedIncluded' : 'lgu.collection.flaggedExcluded')}
            </th>
            <th scope="col">{t('lgu.collection.last')}</th>
            <th scope="col">{t('lgu.collection.status')}</th>
            <th scope="col">{t('lgu.collection.links')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-point={r.code}>
              <th scope="row">
                {r.name}
                <br />
                <span class="hint">
                  {t('lgu.point.code', { code: r.code })}
                  {r.department && ` · ${r.department}`}
                </span>
                {r.hours && (
                  <>
                    <br />
                    <span class="hint" data-col="hours">
                      {r.hours}
                    </span>
                  </>
                )}
              </th>
              <td class="num" data-col="today">
                {formatCount(r.today)}
              </td>
              <td class="num" data-col="round">
                {formatCount(r.round)}
              </td>
              <td class="num" data-col="flagged">
                {formatCount(r.flagged)}
              </td>
              <td data-col="last">{when(r.lastResponseAt)}</td>
              <td>
                <strong class={r.active ? 'tag tag--green' : 'tag tag--grey'}>
                  {t(r.active ? 'lgu.point.active' : 'lgu.point.inactive')}
                </strong>
              </td>
              <td>
                <div class="actions">
                  <a
                    href={`/s/${r.code}`}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('lgu.point.surveyLabel', { name: r.name })}
                  >
                    {t('lgu.point.survey')}
                  </a>
                  <a href={`/staff/service-points/${r.id}/edit`} aria-label={t('lgu.point.editLabel', { name: r.name })}>
                    {t('lgu.point.edit')}
                  </a>
                  {r.active && (
                    <>
                      <a href={`/staff/service-points/${r.id}/poster`} aria-label={t('lgu.point.posterLabel', { name: r.name })}>
                        {t('lgu.point.poster')}
                      </a>
                      <a href={`/staff/service-points/${r.id}/qr.png`} aria-label={t('lgu.point.qrLabel', { name: r.name })}>
                        {t('lgu.point.qr')}
                      </a>
                      <a href={`/staff/service-points/${r.id}/kiosks`} aria-label={t('lgu.point.kiosksLabel', { name: r.name })}>
                        {t('lgu.point.kiosks')}
                      </a>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-point="total">
            <th scope="row">{t('lgu.collection.total')}</th>
            <td class="num" data-col="today">
              {formatCount(sum('today'))}
            </td>
            <td class="num" data-col="round">
              {formatCount(sum('round'))}
            </td>
            <td class="num" data-col="flagged">
              {formatCount(sum('flagged'))}
            </td>
            <td data-col="last">{when(lastOf(rows))}</td>
            <td colspan={2}></td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
