/** A plain public page for "no such organisation": what happened and where to look instead. */
import { Layout } from '../layout.js'
import type { Locale } from '../../src/i18n/messages.js'
import { PublicHeader, type PublicHeaderProps } from './public-header.js'

export type MessagePageProps = {
  locale: Locale
  title: string
  header: PublicHeaderProps
  body: string
  link: { href: string; text: string }
}

export function MessagePage(p: MessagePageProps) {
  return (
    <Layout locale={p.locale} title={`${p.title} – ${p.header.siteName}`}>
      <PublicHeader {...p.header} />
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.body}</p>
      <p>
        <a href={p.link.href}>{p.link.text}</a>
      </p>
    </Layout>
  )
}
