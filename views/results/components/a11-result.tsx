/**
 * An OMB A-11 §280 result: percent positive (4–5) on the trust question, and the share of
 * respondents who ticked each "went well / didn't go well" reason.
 */
import type { A11Result } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { NoDataNotice } from './data-notice.js'
import { count, fixed2 } from './figures.js'

type Props = { id: string; result: A11Result; respondents: number; locale: Locale }

export function A11ResultView({ id, result, respondents, locale }: Props) {
  const t = resultsTranslator(locale)
  const { trust } = result
  return (
    <div id={id}>
      <h3 class="chart__title">{t('results.a11.trust')}</h3>
      {trust.percentPositive === null ? (
        <NoDataNotice locale={locale} />
      ) : (
        <table class="table" id={`${id}-trust`}>
          <tbody>
            <tr data-figure="n">
              <th scope="row">{t('results.figure.n')}</th>
              <td>{count(trust.n)}</td>
            </tr>
            <tr data-figure="positive">
              <th scope="row">{t('results.a11.positive')}</th>
              <td>{count(trust.positive)}</td>
            </tr>
            <tr data-figure="percent">
              <th scope="row">{t('results.a11.trust')}</th>
              <td>
                <strong>{fixed2(trust.percentPositive)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {result.reasons.map((reason) => (
        <div class="table-wrap">
          <table class="table" id={`${id}-${reason.id}`}>
            <caption>{`${t('results.a11.reasons')}: ${reason.text[locale]}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.arta.option')}</th>
                <th scope="col" class="num">
                  {t('results.table.count')}
                </th>
                <th scope="col" class="num">
                  {t('results.a11.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {reason.options.map((o) => (
                <tr data-row={o.value}>
                  <th scope="row">{o.label[locale]}</th>
                  <td class="num" data-col="count">
                    {count(o.count)}
                  </td>
                  <td class="num" data-col="share">
                    {o.share === null ? t('results.noData') : fixed2(o.share)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="hint">{t('results.a11.method', { n: count(respondents) })}</p>
    </div>
  )
}
