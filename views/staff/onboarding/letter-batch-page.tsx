import type { OnboardingT } from './onboarding-page.js'

export type LetterBatchPageProps = {
  t: OnboardingT
  summary: string
  until: string
  pdfHref: string
  csvHref: string
}

/** The one chance to take the letters away: the codes in them are stored nowhere else. */
export function LetterBatchPage({ t, summary, until, pdfHref, csvHref }: LetterBatchPageProps) {
  return (
    <>
      <h1 class="heading-l">{t('onboarding.batch.title')}</h1>
      <div class="banner" role="status">
        {summary}
      </div>
      <p class="body">
        <strong>{t('onboarding.batch.warning', { time: until })}</strong>
      </p>
      <ul class="list">
        <li>
          <a href={pdfHref} download>
            {t('onboarding.batch.pdf')}
          </a>
        </li>
        <li>
          <a href={csvHref} download>
            {t('onboarding.batch.csv')}
          </a>
        </li>
      </ul>
    </>
  )
}
