/**
 * The headline figures of one result, one per line: n, x̄, S.D., percent satisfaction with its
 * 95 % margin of error, top-2-box, the band, and the points with the table they come from
 * ("not official" unless the configured table is). No answers: "ยังไม่มีข้อมูล".
 */
import type { Child } from 'hono/jsx'
import type { RatingStats } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { NoDataNotice } from './data-notice.js'
import { count, fixed2 } from './figures.js'

export type SummaryFiguresProps = { id: string; caption: string; stats: RatingStats; locale: Locale }

export function SummaryFigures({ id, caption, stats, locale }: SummaryFiguresProps) {
  const t = resultsTranslator(locale)
  const heading = (
    <h3 class="chart__title" id={`${id}-title`}>
      {caption}
    </h3>
  )
  if (stats.kind === 'no-data')
    return (
      <div id={id}>
        {heading}
        <NoDataNotice locale={locale} />
      </div>
    )
  const { points } = stats
  const rows: [figure: string, label: string, value: Child][] = [
    [
      'n',
      t('results.figure.n'),
      <>
        {count(stats.n)}
        {stats.notApplicable > 0 && (
          <span class="hint"> · {t('results.figure.notApplicable', { n: count(stats.notApplicable) })}</span>
        )}
      </>,
    ],
    ['mean', t('results.figure.mean'), fixed2(stats.mean)],
    ['sd', t('results.figure.sd'), stats.sd === null ? t('results.figure.sdNone') : fixed2(stats.sd)],
    ['percent', t('results.figure.percent'), <strong>{fixed2(stats.percentSatisfaction)}</strong>],
    [
      'margin',
      t('results.figure.margin'),
      stats.marginOfError === null
        ? t('results.figure.sdNone')
        : t('results.figure.marginValue', { value: fixed2(stats.marginOfError) }),
    ],
    ['top-two', t('results.figure.topTwo'), fixed2(stats.topTwoBox)],
    ['band', t('results.figure.band'), stats.band.label[locale]],
    [
      'points',
      t('results.figure.points'),
      <>
        {t('results.figure.pointsValue', { points: count(points.points) })}{' '}
        {!points.official && <strong class="tag tag--grey">{t('results.figure.notOfficial')}</strong>}
        <br />
        <span class="hint">{t('results.figure.pointsSource', { source: points.source[locale] })}</span>
      </>,
    ],
  ]
  return (
    <div id={id}>
      {heading}
      <table class="table" aria-labelledby={`${id}-title`}>
        <tbody>
          {rows.map(([figure, label, value]) => (
            <tr data-figure={figure}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
