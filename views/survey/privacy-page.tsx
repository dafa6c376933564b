import { Layout } from '../layout.js'
import type { Locale } from '../../src/i18n/messages.js'

export function PrivacyPage(p: {
  locale: Locale
  title: string
  organisationName: string
  /** The questionnaire's own short notice, read first; the full paragraphs follow. */
  summary: string
  paragraphs: string[]
  backHref: string
  backText: string
}) {
  return (
    <Layout locale={p.locale} title={`${p.title} – ${p.organisationName}`}>
      <p class="survey-header__org">{p.organisationName}</p>
      <h1 class="heading-l">{p.title}</h1>
      <p class="notice">{p.summary}</p>
      {p.paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      <p>
        <a href={p.backHref}>{p.backText}</a>
      </p>
    </Layout>
  )
}
