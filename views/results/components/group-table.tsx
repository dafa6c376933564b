/**
 * Groups side by side (service points, services, organisations): respondents and a few
 * headline figures each. A group below the minimum is still shown to staff, marked
 * "น้อยกว่า N คำตอบ"; a group with nothing to score says "ยังไม่มีข้อมูล".
 *
 * @example
 * <GroupTable id="by-point" caption="ผลรายจุดให้บริการ" nameHeader="จุดให้บริการ" locale="th"
 *   columns={[{ label: 'x̄', numeric: true }, { label: 'ร้อยละความพึงพอใจ', numeric: true }, { label: 'ระดับ', numeric: false }]} minimum={10}
 *   rows={[{ key: '12', label: 'งานทะเบียนราษฎร', respondents: 40, figures: ['4.28', '85.66', 'มากที่สุด'] }]} />
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { isTooFew, TooFewTag } from './data-notice.js'
import { count } from './figures.js'

export type GroupRow = {
  /** Written as `data-row`, for tests and links. */
  key: string
  label: string
  /** A second, quieter line: the service point of a service, "ปิดรับแล้ว"… */
  note?: string
  respondents: number
  /** Already formatted, one per column; null when the group has no answer to score. */
  figures: string[] | null
}

export type GroupColumn = { label: string; numeric: boolean }

export type GroupTableProps = {
  id: string
  /** The table's caption; or, when a heading above already names it, `labelledBy` that heading's id. */
  caption?: string
  labelledBy?: string
  nameHeader: string
  columns: GroupColumn[]
  rows: GroupRow[]
  locale: Locale
  /** Groups with fewer respondents than this are marked. */
  minimum?: number
}

export function GroupTable({ id, caption, labelledBy, nameHeader, columns, rows, locale, minimum }: GroupTableProps) {
  const t = resultsTranslator(locale)
  return (
    <div class="table-wrap">
      <table class="table" id={id} aria-labelledby={caption ? undefined : labelledBy}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" class="num">
              {t('results.table.respondents')}
            </th>
            {columns.map((c) => (
              <th scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-row={row.key}>
              <th scope="row">
                {row.label}
                {row.note && (
                  <>
                    <br />
                    <span class="hint">{row.note}</span>
                  </>
                )}
                {isTooFew(row.respondents, minimum) && (
                  <>
                    {' '}
                    <TooFewTag locale={locale} minimum={minimum!} />
                  </>
                )}
              </th>
              <td class="num" data-col="respondents">
                {count(row.respondents)}
              </td>
              {row.figures === null || row.respondents === 0 ? (
                <td colspan={columns.length} data-col="no-data">
                  {t('results.noData')}
                </td>
              ) : (
                row.figures.map((f, i) => (
                  <td class={columns[i]?.numeric ? 'num' : undefined} data-col={`figure-${i}`}>
                    {f}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
