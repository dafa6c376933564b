import type { Locale } from '../../../src/i18n/messages.js'
import { jobsTranslator } from '../../../src/i18n/staff/jobs.js'

/** Links to every LGU's posters as one ZIP (for a province when given) and to the person's jobs. */
export function PosterBundleLink({ locale = 'th', provinceCode }: { locale?: Locale; provinceCode?: string }) {
  const t = jobsTranslator(locale)
  return (
    <p>
      <a href={`/staff/posters/bundle${provinceCode ? `?province=${provinceCode}` : ''}`}>{t('bundle.link')}</a>
      {' · '}
      <a href="/staff/jobs">{t('jobs.list.title')}</a>
    </p>
  )
}
