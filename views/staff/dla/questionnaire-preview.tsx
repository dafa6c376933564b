import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { SurveyPage, type SurveyPageProps } from '../../survey/survey-page.js'

export type PreviewBannerProps = {
  locale: Locale
  t: Translate<DlaKey>
  /** "will be published as version 3" or "published as version 2". */
  status: string
  /** Where "publish" posts, when this is an upload that can still be published. */
  publishAction?: string
  csrfToken: string
  otherLanguageHref: string
}

/** The staff banner above a preview: what this is, the other language, publish. */
export function PreviewBanner(p: PreviewBannerProps) {
  const { t } = p
  return (
    <div class="banner" role="note" data-staff-preview>
      <p>
        <strong>{t('dla.preview.banner')}</strong>
      </p>
      <p>{p.status}</p>
      <div class="actions">
        {p.publishAction && (
          <form method="post" action={p.publishAction} class="inline-form">
            <input type="hidden" name="_csrf" value={p.csrfToken} />
            <button type="submit" class="button">
              {t('dla.preview.publish')}
            </button>
          </form>
        )}
        <a href={p.otherLanguageHref} lang={p.locale === 'th' ? 'en' : 'th'}>
          {t('dla.preview.otherLanguage')}
        </a>
        <a href="/staff/questionnaires">{t('dla.preview.back')}</a>
      </div>
    </div>
  )
}

const MAIN = '<main id="main" class="page">'
const BUTTON = '<button type="submit"'

/**
 * The resident survey page exactly as residents get it, with the staff banner
 * above it and its send button switched off: a preview never submits anywhere.
 * The markers are checked, so a change in the survey page's markup fails loudly
 * (and in the tests) instead of silently leaving a live form.
 */
export async function renderPreviewHtml(survey: SurveyPageProps, banner: PreviewBannerProps): Promise<string> {
  const page = String(await (<SurveyPage {...survey} />).toString())
  const bannerHtml = String(await (<PreviewBanner {...banner} />).toString())
  const button = page.indexOf(BUTTON, page.indexOf('data-survey-form'))
  if (!page.includes(MAIN) || !page.includes('</head>') || page.indexOf('data-survey-form') < 0 || button < 0)
    throw new Error('survey page markup changed: cannot build a safe preview')
  const disabled = `${BUTTON} disabled="" title="${escapeAttr(banner.t('dla.preview.submitDisabled'))}"`
  const withButton = page.slice(0, button) + disabled + page.slice(button + BUTTON.length)
  return withButton
    .replace('</head>', '<link rel="stylesheet" href="/static/staff.css" /></head>')
    .replace(MAIN, `${MAIN}${bannerHtml}`)
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
