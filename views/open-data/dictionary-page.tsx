import type { Locale, Translate } from '../../src/i18n/messages.js'
import type { OpenDataKey } from '../../src/i18n/open-data.js'
import { OpenDataFrame } from './open-data-frame.js'

export type DictionaryEntry = { code: string; labelTh: string; labelEn: string; description: string; unit: string; type: string }

/** A dataset's columns in file order: code, names, meaning, unit and type. */
export function DictionaryPage(p: {
  locale: Locale
  t: Translate<OpenDataKey>
  langHref: string
  home: { href: string; text: string }
  roundHref: string
  roundName: string
  dataset: string
  minimum: number
  /** Decimals the CSV for Excel writes figures with, as the results pages print them. */
  decimals: number
  entries: DictionaryEntry[]
}) {
  const { t } = p
  const title = t('dictionary.title', { dataset: p.dataset })
  return (
    <OpenDataFrame
      locale={p.locale}
      title={`${title} – ${p.roundName}`}
      langHref={p.langHref}
      home={p.home}
      langLabel={t('lang.switch')}
    >
      <p>
        <a href={p.roundHref}>{t('dictionary.back')}</a>
      </p>
      <h1 class="heading-l">{title}</h1>
      <p>{p.roundName}</p>
      <p class="notice">{t('dictionary.empty', { min: p.minimum })}</p>
      <p>{t('dictionary.decimals', { decimals: p.decimals })}</p>
      <table class="table table--stack">
        <caption>{t('dictionary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dictionary.code')}</th>
            <th scope="col">{t('dictionary.label')}</th>
            <th scope="col">{t('dictionary.description')}</th>
            <th scope="col">{t('dictionary.unit')}</th>
            <th scope="col">{t('dictionary.type')}</th>
          </tr>
        </thead>
        <tbody>
          {p.entries.map((e) => (
            <tr>
              <th scope="row">
                <code>{e.code}</code>
              </th>
              <td data-label={t('dictionary.label')}>
                {e.labelTh}
                <br />
                <span lang="en">{e.labelEn}</span>
              </td>
              <td data-label={t('dictionary.description')}>{e.description}</td>
              <td data-label={t('dictionary.unit')}>{e.unit}</td>
              <td data-label={t('dictionary.type')}>{e.type}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </OpenDataFrame>
  )
}
