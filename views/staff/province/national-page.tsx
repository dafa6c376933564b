import { PosterBundleLink } from '../posters/poster-bundle-link.js'
import type { Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { formatCount } from '../../../src/i18n/format.js'
import { RoundPicker, type RoundPickerProps } from '../lgu/round-picker.js'
import { ExportsLink } from '../exports/exports-link.js'
import { rollupTranslator } from '../../../src/i18n/staff/rollups.js'
import { LoopCells, LoopHeadings, type LoopCellsView, type LoopLabels } from './loop-cells.js'

export type NationalRow = {
  href: string
  name: string
  code: string
  lgus: number
  withPoints: number
  withResponses: number
  responses: number
  /** "12.50 %" of the province's responses kept out as suspicious, and how many of its organisations mostly so. */
  keptOut?: { share: string; mostly: number }
  loop?: LoopCellsView
}

export type NationalPageProps = {
  t: Translate<ProvinceMessageKey>
  roundPicker?: RoundPickerProps
  noRound: string
  note: string
  /** Every LGU of the country as one list to follow up. */
  lgusLink: { href: string; text: string }
  rows: NationalRow[]
  /** The kept-out columns' headings and the country's figures for the total row. */
  keptOutHeadings?: { share: string; mostly: string; total: { share: string; mostly: number } }
  /** "You said, we did" per province, when a round is shown. */
  loop?: LoopLabels
}

const COLUMNS = ['lgus', 'withPoints', 'withResponses', 'responses'] as const

/** DLA's home: every province with LGUs, how many have points and responses, and a national total. */
export function NationalPage({ t, roundPicker, noRound, note, lgusLink, rows, keptOutHeadings, loop }: NationalPageProps) {
  const total = (key: (typeof COLUMNS)[number]) => rows.reduce((n, r) => n + r[key], 0)
  return (
    <>
      <h1 class="heading-l">{t('national.title')}</h1>
      <p>{t('national.intro')}</p>
      <p>
        {/* No locale prop here: the page's own words tell its language. */}
        <a href={`/staff/national/results${roundPicker ? `?round=${roundPicker.value}` : ''}`}>
          {rollupTranslator(t('national.title') === 'National overview' ? 'en' : 'th')('rollup.link.national')}
        </a>
      </p>
      <p>
        <a href={lgusLink.href}>{lgusLink.text}</a>
      </p>
      <ExportsLink round={roundPicker?.value} locale={t('national.title') === 'National overview' ? 'en' : 'th'} />
      <PosterBundleLink locale={t('national.title') === 'National overview' ? 'en' : 'th'} />
      {roundPicker ? <RoundPicker {...roundPicker} /> : <p class="hint">{noRound}</p>}
      {rows.length === 0 ? (
        <p>{t('national.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('national.col.province')}</th>
                {COLUMNS.map((key) => (
                  <th scope="col" class="num">
                    {t(`national.col.${key}`)}
                  </th>
                ))}
                {keptOutHeadings && (
                  <>
                    <th scope="col" class="num">
                      {keptOutHeadings.share}
                    </th>
                    <th scope="col" class="num">
                      {keptOutHeadings.mostly}
                    </th>
                  </>
                )}
                {loop && <LoopHeadings labels={loop} />}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-province={r.code}>
                  <th scope="row">
                    <a href={r.href}>{r.name}</a>
                  </th>
                  {COLUMNS.map((key) => (
                    <td class="num" data-col={key}>
                      {formatCount(r[key])}
                    </td>
                  ))}
                  {keptOutHeadings && (
                    <>
                      <td class="num" data-col="kept-out">
                        {r.keptOut?.share ?? '–'}
                      </td>
                      <td class="num" data-col="mostly-kept-out">
                        {formatCount(r.keptOut?.mostly ?? 0)}
                      </td>
                    </>
                  )}
                  {loop && r.loop && <LoopCells cells={r.loop} />}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-province="total">
                <th scope="row">{t('national.total')}</th>
                {COLUMNS.map((key) => (
                  <td class="num" data-col={key}>
                    {formatCount(total(key))}
                  </td>
                ))}
                {keptOutHeadings && (
                  <>
                    <td class="num" data-col="kept-out">
                      {keptOutHeadings.total.share}
                    </td>
                    <td class="num" data-col="mostly-kept-out">
                      {formatCount(keptOutHeadings.total.mostly)}
                    </td>
                  </>
                )}
                {loop && <td colspan={3} />}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p class="hint">{note}</p>
      {loop && <p class="hint">{loop.note}</p>}
    </>
  )
}
