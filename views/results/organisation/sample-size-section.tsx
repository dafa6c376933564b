/**
 * Responses against the Taro Yamane sample size when the population is known, and the form
 * that sets or clears the population (officers of the organisation and above).
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { BarChart } from '../../components/charts/bar-chart.js'
import { Input } from '../../components/input.js'
import { count, fixed2 } from '../components/figures.js'

export type SampleSizeSectionProps = {
  locale: Locale
  population: number | null
  respondents: number
  /** "บันทึกจำนวนประชากรแล้ว" after a save. */
  notice?: string
  /** Present when the population is known; `percent` is null while nobody has answered. */
  target?: { n: number; percent: number | null; reached: boolean }
  form: { action: string; csrfToken: string; round?: string; value: string; error?: string; errorPrefix: string }
}

export function SampleSizeSection({ locale, population, respondents, notice, target, form }: SampleSizeSectionProps) {
  const t = resultsTranslator(locale)
  return (
    <section aria-labelledby="sample-size-title" id="sample-size">
      <h2 class="heading-m" id="sample-size-title">
        {t('results.sample.title')}
      </h2>
      {notice && (
        <div class="banner" role="status">
          {notice}
        </div>
      )}
      {population !== null && target ? (
        <>
          <table class="table" id="sample-size-figures">
            <tbody>
              <tr data-figure="population">
                <th scope="row">{t('results.sample.population')}</th>
                <td>{count(population)}</td>
              </tr>
              <tr data-figure="target">
                <th scope="row">{t('results.sample.target')}</th>
                <td>{t('results.sample.targetValue', { n: count(target.n) })}</td>
              </tr>
              <tr data-figure="progress">
                <th scope="row">{t('results.sample.progress')}</th>
                <td>
                  {target.percent === null
                    ? t('results.sample.progressNone', { target: count(target.n) })
                    : t('results.sample.progressValue', {
                        n: count(respondents),
                        target: count(target.n),
                        percent: fixed2(target.percent),
                      })}
                  {target.reached && (
                    <>
                      {' '}
                      <strong class="tag tag--green">{t('results.sample.reached')}</strong>
                    </>
                  )}
                </td>
              </tr>
            </tbody>
          </table>
          {target.percent !== null && (
            <BarChart
              id="sample-size-chart"
              title={t('results.sample.chart')}
              bars={[
                {
                  label: t('results.sample.chartLabel'),
                  value: Math.min(100, target.percent),
                  text: `${fixed2(target.percent)} %`,
                },
              ]}
              max={100}
            />
          )}
          <p class="hint">{t('results.sample.formula')}</p>
        </>
      ) : (
        <p data-notice="no-population">{t('results.sample.unknown')}</p>
      )}
      <form method="post" action={form.action} novalidate>
        <input type="hidden" name="_csrf" value={form.csrfToken} />
        {form.round && <input type="hidden" name="round" value={form.round} />}
        <Input
          id="population"
          label={t('results.sample.formLabel')}
          hint={t('results.sample.formHint')}
          value={form.value}
          error={form.error}
          errorPrefix={form.errorPrefix}
          width="short"
          autocomplete="off"
        />
        <button type="submit" class="button button--small">
          {t('results.sample.save')}
        </button>
      </form>
    </section>
  )
}
