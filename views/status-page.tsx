import { Layout } from './layout.js'
import type { Locale } from '../src/i18n/messages.js'

/** A plain page for "not found", "closed" and the like: a heading and what to do next, never a stack trace. */
export function StatusPage(p: { locale: Locale; title: string; body: string; siteName: string }) {
  return (
    <Layout locale={p.locale} title={`${p.title} – ${p.siteName}`}>
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.body}</p>
      <p>
        <a href="/">{p.siteName}</a>
      </p>
    </Layout>
  )
}
