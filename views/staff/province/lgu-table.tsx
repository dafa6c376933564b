import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { formatCount, formatDateTime } from '../../../src/i18n/format.js'
import { keptOutLabel } from '../../../src/i18n/flag-rate.js'
import { LoopCells, LoopHeadings, type LoopCellsView, type LoopLabels } from './loop-cells.js'

export type LguTableRow = {
  href: string
  name: string
  dlaCode: string
  province: string
  district: string
  officer: boolean
  activePoints: number
  responses: number
  minimumSample: number
  lastResponseAt: number | null
  inRound: boolean
  /** "12.50 %": responses left out as suspicious (flagged, not reinstated). */
  keptOut?: string
  /** "You said, we did": the organisation's low-scoring points acted on. */
  loop?: LoopCellsView
}

/** LGUs and their collection: the ones not collecting, or with no officer or point, stand out with a tag. */
export function LguTable(p: {
  t: Translate<ProvinceMessageKey>
  locale: Locale
  rows: LguTableRow[]
  showProvince: boolean
  loop?: LoopLabels
}) {
  const { t, rows } = p
  if (rows.length === 0) return <p>{t('province.none')}</p>
  const keptOut = rows.some((r) => r.keptOut !== undefined)
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('province.col.name')}</th>
            <th scope="col">{t('province.col.code')}</th>
            {p.showProvince && <th scope="col">{t('province.col.province')}</th>}
            <th scope="col">{t('province.col.district')}</th>
            <th scope="col">{t('province.col.officer')}</th>
            <th scope="col" class="num">
              {t('province.col.points')}
            </th>
            <th scope="col" class="num">
              {t('province.col.responses')}
            </th>
            <th scope="col" class="num">
              {t('province.col.sample')}
            </th>
            {keptOut && (
              <th scope="col" class="num">
                {keptOutLabel(p.locale)}
              </th>
            )}
            <th scope="col">{t('province.col.last')}</th>
            {p.loop && <LoopHeadings labels={p.loop} />}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-lgu={r.dlaCode}>
              <th scope="row">
                <a href={r.href}>{r.name}</a>
              </th>
              <td>{r.dlaCode}</td>
              {p.showProvince && <td>{r.province}</td>}
              <td>{r.district}</td>
              <td data-col="officer">
                {r.officer ? t('province.officer.yes') : <span class="tag tag--grey">{t('province.tag.noOfficer')}</span>}
              </td>
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
              <td class="num" data-col="sample">
                {formatCount(r.minimumSample)}
              </td>
              {keptOut && (
                <td class="num" data-col="kept-out">
                  {r.keptOut}
                </td>
              )}
              <td>{r.lastResponseAt === null ? '–' : formatDateTime(r.lastResponseAt, p.locale)}</td>
              {p.loop && r.loop && <LoopCells cells={r.loop} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
