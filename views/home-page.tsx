import { Layout } from './layout.js'
import type { Locale, Translate } from '../src/i18n/messages.js'

export type HomeLink = { href: string; text: string; hint: string }

export type HomePageProps = {
  locale: Locale
  t: Translate
  /** The same page in the other language. */
  lang: { href: string; code: Locale }
  /** Where else a visitor may be heading: results, open data, staff sign-in. */
  links: HomeLink[]
  /** Questions residents ask (the public part of the guide). */
  guideHref: string
}

/**
 * The front door for someone who typed the address instead of scanning: a box for the poster's code,
 * then the ways to an organisation's results, the open data and the staff sign-in.
 */
export function HomePage({ locale, t, lang, links, guideHref }: HomePageProps) {
  return (
    <Layout locale={locale} title={t('home.title')}>
      <a class="lang-switch" href={lang.href} hreflang={lang.code} lang={lang.code}>
        {t('lang.switch')}
      </a>
      <h1 class="heading-l">{t('home.title')}</h1>
      <p>{t('home.body')}</p>
      <form method="get" action="/s" class="field">
        <label class="label" for="code">
          {t('home.codeLabel')}
        </label>
        <p id="code-hint" class="hint">
          {t('home.codeHint')}
        </p>
        <input
          class="input input--code"
          id="code"
          name="code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby="code-hint"
        />
        <button type="submit" class="button">
          {t('home.go')}
        </button>
      </form>
      <nav aria-labelledby="home-more">
        <h2 class="heading-m" id="home-more">
          {t('home.more')}
        </h2>
        <ul class="link-list">
          {links.map((link) => (
            <li>
              <a href={link.href}>{link.text}</a>
              <p class="hint">{link.hint}</p>
            </li>
          ))}
        </ul>
      </nav>
      <p class="home-guide">
        <a href={guideHref}>{t('home.guide')}</a>
        <span class="hint"> – {t('home.guide.hint')}</span>
      </p>
    </Layout>
  )
}
