/**
 * The table of a Thai satisfaction report: for each row (a question, an aspect, a total) n,
 * the count and percent of every level 5 → 1, x̄, S.D., percent satisfaction and the band.
 * A row with no answers says so across the figures instead of printing zeros.
 *
 * @example
 * <StatsTable id="aspect-process" caption="ด้านกระบวนการ" locale="th" levels={levels}
 *   rows={[{ key: 'process_1', label: 'ขั้นตอนไม่ยุ่งยาก', stats }, { key: 'process', label: 'รวม', stats: pooled, kind: 'total' }]} />
 */
import type { RatingStats } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { count, fixed2, fixed2OrDash } from './figures.js'

export type LevelLabel = { value: number; label: string }
export type StatsRow = {
  /** Written as `data-row`, for links and tests. */
  key: string
  label: string
  stats: RatingStats
  /** A total (an aspect's pooled figure, the overall) is set in bold. */
  kind?: 'item' | 'total'
}
export type StatsTableProps = {
  id: string
  /** The table's caption; or, when a heading above already names it, `labelledBy` that heading's id. */
  caption?: string
  labelledBy?: string
  locale: Locale
  levels: LevelLabel[]
  rows: StatsRow[]
}

export function StatsTable({ id, caption, labelledBy, locale, levels, rows }: StatsTableProps) {
  const t = resultsTranslator(locale)
  const figureColumns = 1 + levels.length * 2 + 4
  return (
    <div class="table-wrap">
      <table class="table" id={id} aria-labelledby={caption ? undefined : labelledBy}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" rowspan={2}>
              {t('results.table.item')}
            </th>
            <th scope="col" rowspan={2} class="num">
              {t('results.table.n')}
            </th>
            {levels.map((l) => (
              <th scope="colgroup" colspan={2} class="num">
                {t('results.table.level', { label: l.label, value: l.value })}
              </th>
            ))}
            <th scope="col" rowspan={2} class="num">
              {t('results.table.mean')}
            </th>
            <th scope="col" rowspan={2} class="num">
              {t('results.table.sd')}
            </th>
            <th scope="col" rowspan={2} class="num">
              {t('results.table.satisfaction')}
            </th>
            <th scope="col" rowspan={2}>
              {t('results.table.band')}
            </th>
          </tr>
          <tr>
            {levels.map(() => (
              <>
                <th scope="col" class="num nowrap">
                  {t('results.table.count')}
                </th>
                <th scope="col" class="num nowrap">
                  {t('results.table.percent')}
                </th>
              </>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-row={row.key}>
              <th scope="row">
                {row.kind === 'total' ? <strong>{row.label}</strong> : row.label}
                {row.stats.notApplicable > 0 && (
                  <>
                    <br />
                    <span class="hint">{t('results.figure.notApplicable', { n: count(row.stats.notApplicable) })}</span>
                  </>
                )}
              </th>
              {row.stats.kind === 'no-data' ? (
                <td colspan={figureColumns} data-col="no-data">
                  {t('results.noData')}
                </td>
              ) : (
                <>
                  <td class="num" data-col="n">
                    {count(row.stats.n)}
                  </td>
                  {levels.map((l) => {
                    const share = row.stats.kind === 'rating' ? row.stats.levels.find((s) => s.value === l.value) : undefined
                    return (
                      <>
                        <td class="num" data-col={`count-${l.value}`}>
                          {count(share?.count ?? 0)}
                        </td>
                        <td class="num" data-col={`percent-${l.value}`}>
                          {fixed2(share?.percent ?? 0)}
                        </td>
                      </>
                    )
                  })}
                  <td class="num" data-col="mean">
                    {fixed2(row.stats.mean)}
                  </td>
                  <td class="num" data-col="sd">
                    {fixed2OrDash(row.stats.sd)}
                  </td>
                  <td class="num" data-col="percent">
                    {fixed2(row.stats.percentSatisfaction)}
                  </td>
                  <td data-col="band">{row.stats.band.label[locale]}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
