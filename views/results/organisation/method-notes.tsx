import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'

/** How the Thai-report figures are calculated, said on the page next to them. */
export function MethodNotes({ locale, bandsSource }: { locale: Locale; bandsSource: string }) {
  const t = resultsTranslator(locale)
  return (
    <div class="notice" id="method">
      <p>
        <strong>{t('results.method.title')}</strong>
      </p>
      <ul>
        <li>{t('results.method.sd')}</li>
        <li>{t('results.method.percent')}</li>
        <li>{t('results.method.pooled')}</li>
        <li>{t('results.method.na')}</li>
        <li>{t('results.method.bands', { source: bandsSource })}</li>
        <li>{t('results.method.margin')}</li>
      </ul>
    </div>
  )
}
