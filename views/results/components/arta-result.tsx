/**
 * An ARTA Client Satisfaction Measurement result: the overall score pooled from SQD1–SQD8,
 * each SQD item with its score and ARTA rating, SQD0 on its own, and Citizen's Charter shares.
 */
import type { ArtaItemScore, ArtaResult, ArtaScore } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { NoDataNotice } from './data-notice.js'
import { count, fixed2 } from './figures.js'

type Props = { id: string; result: ArtaResult; locale: Locale }

function ScoreCells({ score, locale }: { score: ArtaScore; locale: Locale }) {
  if (score.score === null || score.band === null)
    return (
      <td colspan={2} data-col="no-data">
        {resultsTranslator(locale)('results.noData')}
      </td>
    )
  return (
    <>
      <td class="num" data-col="score">
        {fixed2(score.score)}
      </td>
      <td data-col="band">{score.band.label[locale]}</td>
    </>
  )
}

function ItemTable({ id, caption, items, locale }: { id: string; caption: string; items: ArtaItemScore[]; locale: Locale }) {
  const t = resultsTranslator(locale)
  return (
    <div class="table-wrap">
      <table class="table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.table.item')}</th>
            <th scope="col" class="num">
              {t('results.table.n')}
            </th>
            <th scope="col" class="num">
              {t('results.arta.na')}
            </th>
            <th scope="col" class="num">
              {t('results.arta.positive')}
            </th>
            <th scope="col" class="num">
              {t('results.arta.score')}
            </th>
            <th scope="col">{t('results.arta.band')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr data-row={item.id}>
              <th scope="row">{item.text[locale]}</th>
              <td class="num" data-col="n">
                {count(item.n)}
              </td>
              <td class="num" data-col="na">
                {count(item.notApplicable)}
              </td>
              <td class="num" data-col="positive">
                {count(item.positive)}
              </td>
              <ScoreCells score={item} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function ArtaResultView({ id, result, locale }: Props) {
  const t = resultsTranslator(locale)
  const { overall } = result
  return (
    <div id={id}>
      <h3 class="chart__title">{t('results.arta.overall')}</h3>
      {overall.score === null || overall.band === null ? (
        <NoDataNotice locale={locale} />
      ) : (
        <table class="table" id={`${id}-overall`}>
          <tbody>
            <tr data-figure="n">
              <th scope="row">{t('results.figure.n')}</th>
              <td>{count(overall.n)}</td>
            </tr>
            <tr data-figure="positive">
              <th scope="row">{t('results.arta.positive')}</th>
              <td>{count(overall.positive)}</td>
            </tr>
            <tr data-figure="score">
              <th scope="row">{t('results.arta.score')}</th>
              <td>
                <strong>{fixed2(overall.score)}</strong>
              </td>
            </tr>
            <tr data-figure="band">
              <th scope="row">{t('results.arta.band')}</th>
              <td>{overall.band.label[locale]}</td>
            </tr>
          </tbody>
        </table>
      )}
      <ItemTable id={`${id}-items`} caption={t('results.arta.items')} items={result.items} locale={locale} />
      {result.separate.length > 0 && (
        <ItemTable id={`${id}-separate`} caption={t('results.arta.separate')} items={result.separate} locale={locale} />
      )}
      {result.charter.map((c) => (
        <div class="table-wrap">
          <table class="table" id={`${id}-${c.id}`}>
            <caption>{`${t('results.arta.charter')}: ${c.text[locale]}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.arta.option')}</th>
                <th scope="col" class="num">
                  {t('results.table.count')}
                </th>
                <th scope="col" class="num">
                  {t('results.table.percent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.options.map((o) => (
                <tr data-row={o.value}>
                  <th scope="row">{o.label[locale]}</th>
                  <td class="num" data-col="count">
                    {count(o.count)}
                  </td>
                  <td class="num" data-col="percent">
                    {o.percent === null ? t('results.noData') : fixed2(o.percent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="hint">{t('results.arta.method')}</p>
    </div>
  )
}
