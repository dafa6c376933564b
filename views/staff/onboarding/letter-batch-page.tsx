import { WorkingSubmit } from '../components/working-submit.js'
import type { OnboardingT } from './onboarding-page.js'

/** A batch's PDF: a download, or for a big batch a form that starts it as a background job. */
export type LetterBatchPdf = { href: string } | { action: string; batch: string; csrfToken: string; count: number }

export type LetterBatchPageProps = {
  t: OnboardingT
  summary: string
  until: string
  pdf: LetterBatchPdf
  csvHref: string
}

/** The one chance to take the letters away: the codes in them are stored nowhere else. */
export function LetterBatchPage({ t, summary, until, pdf, csvHref }: LetterBatchPageProps) {
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
        {'href' in pdf && (
          <li>
            <a href={pdf.href} download>
              {t('onboarding.batch.pdf')}
            </a>
          </li>
        )}
        <li>
          <a href={csvHref} download>
            {t('onboarding.batch.csv')}
          </a>
        </li>
      </ul>
      {'action' in pdf && (
        <form method="post" action={pdf.action} novalidate>
          <input type="hidden" name="_csrf" value={pdf.csrfToken} />
          <input type="hidden" name="batch" value={pdf.batch} />
          <p class="body">{t('onboarding.batch.pdfJob', { count: pdf.count })}</p>
          <WorkingSubmit label={t('onboarding.batch.pdfStart')} working={t('staff.working')} />
        </form>
      )}
    </>
  )
}
