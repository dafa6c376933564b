import { Layout } from './layout.js'
import type { Locale, Translate } from '../src/i18n/messages.js'

/** The front door for someone who typed the address instead of scanning: a box for the poster's code. */
export function HomePage({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <Layout locale={locale} title={t('home.title')}>
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
    </Layout>
  )
}
