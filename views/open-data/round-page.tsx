import type { Locale, Translate } from '../../src/i18n/messages.js'
import type { OpenDataKey } from '../../src/i18n/open-data.js'
import { OpenDataFrame } from './open-data-frame.js'

export type DatasetLinks = {
  id: string
  title: string
  description: string
  rows: number
  csv: string
  excelCsv: string
  json: string
  dictionary: string
  dictionaryCsv: string
  dictionaryJson: string
}

export type RoundPageProps = {
  locale: Locale
  t: Translate<OpenDataKey>
  langHref: string
  home: { href: string; text: string }
  homeHref: string
  name: string
  period: string
  /** Collecting answers, closed but provisional, or final. */
  standing: 'open' | 'closed' | 'final'
  minimum: number
  licence: string
  publisher: string
  packageJson: string
  datasets: DatasetLinks[]
}

/** /open-data/rounds/:id: the round's datasets, each in three formats with its dictionary, and the catalogue metadata. */
export function RoundPage(p: RoundPageProps) {
  const { t } = p
  return (
    <OpenDataFrame
      locale={p.locale}
      title={`${p.name} – ${t('list.title')}`}
      langHref={p.langHref}
      home={p.home}
      langLabel={t('lang.switch')}
    >
      <p>
        <a href={p.homeHref}>{t('round.back')}</a>
      </p>
      <h1 class="heading-l">{p.name}</h1>
      <p>{p.period}</p>
      <p class="notice">{t(`round.${p.standing}Notice`)}</p>
      <h2 class="heading-m">{t('round.datasets')}</h2>
      {p.datasets.map((d) => (
        <section aria-labelledby={`dataset-${d.id}`}>
          <h3 id={`dataset-${d.id}`}>{d.title}</h3>
          <p>
            {d.description} ({t('round.rows', { count: d.rows.toLocaleString('th-TH') })})
          </p>
          <ul>
            <li>
              <a href={d.excelCsv} download>
                {t('round.csvPeople')}
              </a>
            </li>
            <li>
              <a href={d.csv} download>
                {t('round.csvMachines')}
              </a>
            </li>
            <li>
              <a href={d.json}>{t('round.json')}</a>
            </li>
            <li>
              {t('round.dictionary')}: <a href={d.dictionary}>{t('round.dictionaryPage')}</a> ·{' '}
              <a href={d.dictionaryCsv}>{t('round.dictionaryCsv')}</a> ·{' '}
              <a href={d.dictionaryJson}>{t('round.dictionaryJson')}</a>
            </li>
          </ul>
        </section>
      ))}
      <h2 class="heading-m">{t('round.suppression')}</h2>
      <p>{t('round.suppressionOrg', { min: p.minimum })}</p>
      <p>{t('round.suppressionAspect', { min: p.minimum })}</p>
      <p>{t('round.suppressionProvince')}</p>
      <h2 class="heading-m">{t('round.metadata')}</h2>
      <p>{t('round.licence', { licence: p.licence, publisher: p.publisher })}</p>
      <p>
        {t('round.metadataBody')} <a href={p.packageJson}>package.json</a>
      </p>
    </OpenDataFrame>
  )
}
