import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { formatCount, formatDateTime } from '../../../src/i18n/format.js'
import { LoopCells, LoopHeadings, type LoopCellsView, type LoopLabels } from './loop-cells.js'

export type LguTableRow = {
  href: string
  name: string
  dlaCode: string
  district: string
  activePoints: number
  responses: number
  lastResponseAt: number | null
  inRound: boolean
  loop?: LoopCellsView
}

/** A province's LGUs and their collection: the ones not collecting stand out with a tag. */
export function LguTable({
  t,
  locale,
  rows,
  loop,
}: {
  t: Translate<ProvinceMessageKey>
  locale: Locale
  rows: LguTableRow[]
  loop?: LoopLabels
}) {
  if (rows.length === 0) return <p>{t('province.none')}</p>
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('province.col.name')}</th>
            <th scope="col">{t('province.col.code')}</th>
            <th scope="col">{t('province.col.district')}</th>
            <th scope="col" class="num">
              {t('province.col.points')}
            </th>
            <th scope="col" class="num">
              {t('province.col.responses')}
            </th>
            <th scope="col">{t('province.col.last')}</th>
            {loop && <LoopHeadings labels={loop} />}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-lgu={r.dlaCode}>
              <th scope="row">
                <a href={r.href}>{r.name}</a>
              </th>
              <td>{r.dlaCode}</td>
              <td>{r.district}</td>
              <td class="num" data-col="points">
                {r.activePoints === 0 ? (
                  <span class="tag tag--grey">{t('province.tag.noPoints')}</span>
                ) : (
                  formatCount(r.activePoints)
                )}
              </td>
              <td class="num" data-col="responses">
                {r.responses > 0 ? (
                  formatCount(r.responses)
                ) : r.inRound ? (
                  <span class="tag tag--red">{t('province.tag.noResponses')}</span>
                ) : (
                  <span class="tag tag--grey">{t('province.tag.notInRound')}</span>
                )}
              </td>
              <td>{r.lastResponseAt === null ? '–' : formatDateTime(r.lastResponseAt, locale)}</td>
              {loop && r.loop && <LoopCells cells={r.loop} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
