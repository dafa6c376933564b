/**
 * Previews of a questionnaire exactly as residents will see it (the resident
 * survey page itself, at a sample service point), in Thai or English, with a
 * staff banner and a switched-off send button. For uploads waiting to be
 * published and for published versions alike.
 */
import { Hono } from 'hono'
import { latestPublishedQuestionnaire } from '../../../db/queries/questionnaires.js'
import { publishedVersion, questionnaireUploadById } from '../../../db/queries/uploads.js'
import { parseDefinition, type Definition } from '../../../domain/questionnaire/definition.js'
import { translator } from '../../../i18n/messages.js'
import { renderPreviewHtml } from '../../../../views/staff/dla/questionnaire-preview.js'
import { PrivacyPage } from '../../../../views/survey/privacy-page.js'
import { otherLocale } from '../../locale.js'
import { presentPrivacy, presentSurvey } from '../../survey/present.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, idParam } from './common.js'
import { SAMPLE_POINT, SAMPLE_SERVICES } from './sample-point.js'

/** What is being previewed, where its pages are, and what the banner says about it. */
type Previewed = { definition: Definition; base: string; status: string; publishAction?: string }

export function questionnairePreviewRoutes({ db, config }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()

  const fromUpload = (c: StaffContext): Previewed | undefined => {
    const id = idParam(c)
    const upload = id === undefined ? undefined : questionnaireUploadById(db, id)
    const parsed = upload && parseDefinition(upload.definition)
    if (!upload || !parsed?.ok) return undefined
    const { definition } = parsed
    const base = `/staff/questionnaires/uploads/${upload.id}`
    const published = upload.publishedQuestionnaireId === null ? undefined : publishedVersion(db, upload.publishedQuestionnaireId)
    const next = (latestPublishedQuestionnaire(db, definition.slug)?.version ?? 0) + 1
    const { t } = dlaWords(c)
    return {
      definition,
      base,
      status: published
        ? t('dla.preview.publishedAs', { slug: published.slug, version: published.version })
        : t('dla.preview.willPublish', { slug: definition.slug, version: next }),
      publishAction: published ? undefined : `${base}/publish`,
    }
  }

  const fromPublished = (c: StaffContext): Previewed | undefined => {
    const id = idParam(c)
    const row = id === undefined ? undefined : publishedVersion(db, id)
    const parsed = row && parseDefinition(row.definition)
    if (!row || !parsed?.ok) return undefined
    return {
      definition: parsed.definition,
      base: `/staff/questionnaires/${row.id}`,
      status: dlaWords(c).t('dla.preview.publishedAs', { slug: row.slug, version: row.version }),
    }
  }

  const preview = async (c: StaffContext, previewed: Previewed | undefined) => {
    if (!previewed) return renderStaffStatus(c, 'notFound', 404)
    const { locale, t } = dlaWords(c)
    const { definition, base } = previewed
    const props = presentSurvey({
      point: SAMPLE_POINT,
      definition,
      services: SAMPLE_SERVICES,
      locale,
      t: translator(locale),
      token: 'preview',
    })
    const href = `${base}/preview`
    const html = await renderPreviewHtml(
      {
        ...props,
        header: { ...props.header, langHref: `${href}?lang=${otherLocale(locale)}` },
        privacyHref: `${base}/privacy`,
        action: href,
      },
      {
        locale,
        t,
        status: previewed.status,
        publishAction: previewed.publishAction,
        csrfToken: staffOf(c).csrfToken,
        otherLanguageHref: `${href}?lang=${otherLocale(locale)}`,
      },
    )
    c.header('Cache-Control', 'no-store')
    return c.html(html)
  }

  const privacy = (c: StaffContext, previewed: Previewed | undefined) => {
    if (!previewed) return renderStaffStatus(c, 'notFound', 404)
    const { locale } = dlaWords(c)
    c.header('Cache-Control', 'no-store')
    return c.html(
      <PrivacyPage
        {...presentPrivacy(
          previewed.definition,
          SAMPLE_POINT,
          locale,
          translator(locale),
          config.RESPONSE_RETENTION_FISCAL_YEARS,
        )}
        backHref={`${previewed.base}/preview`}
      />,
    )
  }

  app.get('/staff/questionnaires/uploads/:id/preview', (c) => preview(c, fromUpload(c)))
  app.get('/staff/questionnaires/uploads/:id/privacy', (c) => privacy(c, fromUpload(c)))
  app.get('/staff/questionnaires/:id/preview', (c) => preview(c, fromPublished(c)))
  app.get('/staff/questionnaires/:id/privacy', (c) => privacy(c, fromPublished(c)))
  return app
}
