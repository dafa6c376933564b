import type { Child } from 'hono/jsx'
import type { Locale } from '../../src/i18n/messages.js'
import { Layout } from '../layout.js'

/** The public layout with the language link every open-data page carries. */
export function OpenDataFrame(p: {
  locale: Locale
  title: string
  langHref: string
  langLabel: string
  /** The front door, in the page's language. */
  home: { href: string; text: string }
  children?: Child
}) {
  return (
    <Layout locale={p.locale} title={p.title}>
      <a class="lang-switch" href={p.langHref} hreflang={p.locale === 'th' ? 'en' : 'th'} lang={p.locale === 'th' ? 'en' : 'th'}>
        {p.langLabel}
      </a>
      <a class="home-link" href={p.home.href}>
        {p.home.text}
      </a>
      {p.children}
    </Layout>
  )
}
