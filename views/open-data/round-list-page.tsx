import type { Locale, Translate } from '../../src/i18n/messages.js'
import type { OpenDataKey } from '../../src/i18n/open-data.js'
import { OpenDataFrame } from './open-data-frame.js'

export type RoundListItem = { href: string; name: string; period: string; status: string }

/** /open-data: what is published and under which terms, and every round that has opened. */
export function RoundListPage(p: {
  locale: Locale
  t: Translate<OpenDataKey>
  langHref: string
  home: { href: string; text: string }
  licence: string
  minimum: number
  rounds: RoundListItem[]
  /** The annual reports DLA published, the country first. */
  reports: { href: string; text: string }[]
}) {
  const { t } = p
  return (
    <OpenDataFrame locale={p.locale} title={t('list.title')} langHref={p.langHref} home={p.home} langLabel={t('lang.switch')}>
      <h1 class="heading-l">{t('list.title')}</h1>
      <p>{t('list.intro', { licence: p.licence })}</p>
      <p class="notice">{t('list.privacy', { min: p.minimum })}</p>
      {p.rounds.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <table class="table table--stack">
          <caption>{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.round')}</th>
              <th scope="col">{t('list.period')}</th>
              <th scope="col">{t('list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rounds.map((r) => (
              <tr>
                <td data-label={t('list.round')}>
                  <a href={r.href}>{r.name}</a>
                </td>
                <td data-label={t('list.period')}>{r.period}</td>
                <td data-label={t('list.status')}>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.reports.length > 0 && (
        <section aria-labelledby="published-reports-title" data-published-reports>
          <h2 class="heading-m" id="published-reports-title">
            {t('reports.title')}
          </h2>
          <p>{t('reports.intro')}</p>
          <ul>
            {p.reports.map((r) => (
              <li>
                <a href={r.href}>{r.text}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </OpenDataFrame>
  )
}
