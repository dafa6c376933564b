import { Layout } from '../layout.js'
import { SurveyHeader, type SurveyHeaderProps } from './survey-header.js'
import type { Locale } from '../../src/i18n/messages.js'

export type ClosedPointPageProps = {
  locale: Locale
  header: SurveyHeaderProps
  title: string
  body: string
  /** The organisation's service points that still take answers; the list is left out when there are none. */
  others: { heading: string; links: { href: string; text: string }[] }
  site: { href: string; text: string }
}

/** A switched-off service point: where the resident is, in either language, and where they can answer instead. */
export function ClosedPointPage(p: ClosedPointPageProps) {
  return (
    <Layout locale={p.locale} title={`${p.title} – ${p.site.text}`}>
      <SurveyHeader {...p.header} />
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.body}</p>
      {p.others.links.length > 0 && (
        <nav aria-labelledby="other-points">
          <h2 class="heading-m" id="other-points">
            {p.others.heading}
          </h2>
          <ul class="link-list">
            {p.others.links.map((link) => (
              <li>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <a href={p.site.href}>{p.site.text}</a>
      </p>
    </Layout>
  )
}
