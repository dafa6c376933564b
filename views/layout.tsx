import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import type { Locale } from '../src/i18n/messages.js'

export type LayoutProps = {
  locale: Locale
  title: string
  /** Extra scripts by path under /static; the survey page loads one tiny script, never a framework. */
  scripts?: string[]
  /** Extra stylesheets by path under /static, for pages that draw charts. */
  stylesheets?: string[]
  children?: Child
}

/** The page shell shared by every page: no third-party request, the phone's own Thai font. */
export function Layout({ locale, title, scripts = [], stylesheets = [], children }: LayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="same-origin" />
          <title>{title}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/static/site.css" />
          {stylesheets.map((href) => (
            <link rel="stylesheet" href={href} />
          ))}
          {scripts.map((src) => (
            <script src={src} defer />
          ))}
        </head>
        <body>
          <main id="main" class="page">
            {children}
          </main>
        </body>
      </html>
    </>
  )
}
