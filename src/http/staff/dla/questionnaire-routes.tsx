/**
 * Questionnaires, for DLA officers only: the published versions, uploading a
 * JSON definition (checked, errors named by path, nothing saved when invalid),
 * its preview, and "publish as a new version". There is no edit route: a
 * published version never changes.
 */
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { publishedQuestionnaires } from '../../../db/queries/rounds.js'
import {
  pendingQuestionnaireUploads,
  publishedVersion,
  publishUpload,
  questionnaireUploadById,
  saveQuestionnaireUpload,
} from '../../../db/queries/uploads.js'
import { parseDefinition, type DefinitionError } from '../../../domain/questionnaire/definition.js'
import { QuestionnaireList } from '../../../../views/staff/dla/questionnaire-list.js'
import { QuestionnaireUploadForm } from '../../../../views/staff/dla/questionnaire-upload-form.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, idParam, seeOther } from './common.js'
import { questionnairePreviewRoutes } from './questionnaire-preview-routes.js'
import { MAX_DEFINITION_BYTES, readDefinitionUpload } from './questionnaire-upload.js'

type FormState = { text: string; errors: Record<string, string>; pathErrors: DefinitionError[] }

export function questionnaireRoutes(deps: StaffAreaDeps) {
  const { db, now } = deps
  const app = new Hono<StaffEnv>()
  app.use('/staff/questionnaires', requireRole('dla'))
  app.use('/staff/questionnaires/*', requireRole('dla'))

  app.get('/staff/questionnaires', (c) => {
    const { locale, t } = dlaWords(c)
    const justPublished = /^\d{1,10}$/.test(c.req.query('published') ?? '')
      ? publishedVersion(db, Number(c.req.query('published')))
      : undefined
    const body = (
      <QuestionnaireList
        locale={locale}
        t={t}
        published={publishedQuestionnaires(db)}
        pending={pendingQuestionnaireUploads(db)}
        done={justPublished && t('dla.q.done.published', { slug: justPublished.slug, version: justPublished.version })}
      />
    )
    return renderStaffPage(c, t('dla.q.title'), body)
  })

  const renderForm = (c: StaffContext, state: FormState, status: 200 | 413 | 422 = 200) => {
    const { t } = dlaWords(c)
    const title = t('dla.q.form.title')
    const body = <QuestionnaireUploadForm t={t} csrfToken={staffOf(c).csrfToken} maxBytes={MAX_DEFINITION_BYTES} {...state} />
    return renderStaffPage(c, status === 200 ? title : `${t('staff.error.titlePrefix')}${title}`, body, status)
  }

  app.get('/staff/questionnaires/new', (c) => renderForm(c, { text: '', errors: {}, pathErrors: [] }))

  app.post('/staff/questionnaires/new', async (c) => {
    const { t } = dlaWords(c)
    const upload = await readDefinitionUpload(await c.req.parseBody(), t)
    if (!upload.ok) return renderForm(c, upload, upload.status)
    const id = saveQuestionnaireUpload(db, upload.definition, staffOf(c).user.id, new Date(now()))
    return seeOther(c, `/staff/questionnaires/uploads/${id}/preview`)
  })

  app.post('/staff/questionnaires/uploads/:id/publish', (c) => {
    const id = idParam(c)
    const upload = id === undefined ? undefined : questionnaireUploadById(db, id)
    if (!upload) return renderStaffStatus(c, 'notFound', 404)
    const { t } = dlaWords(c)
    const refuse = (message: string, status: 409 | 422) =>
      renderStaffPage(
        c,
        `${t('staff.error.titlePrefix')}${t('dla.q.title')}`,
        <>
          <h1 class="heading-l">{t('dla.q.title')}</h1>
          <p>{message}</p>
          <p>
            <a href="/staff/questionnaires">{t('dla.preview.back')}</a>
          </p>
        </>,
        status,
      )
    const parsed = parseDefinition(upload.definition)
    if (!parsed.ok) return refuse(t('dla.q.error.notPublishable'), 422)
    const at = new Date(now())
    const outcome = publishUpload(db, upload.id, parsed.definition, at)
    if (!outcome.ok) {
      const first = publishedVersion(db, outcome.questionnaireId)
      return refuse(t('dla.q.error.alreadyPublished', { slug: first?.slug ?? '', version: first?.version ?? '' }), 409)
    }
    recordAudit(
      db,
      {
        action: 'questionnaire_published',
        actor: staffOf(c).user,
        targetType: 'questionnaire',
        targetId: outcome.id,
        detail: { slug: parsed.definition.slug, version: outcome.version, uploadId: upload.id },
      },
      at,
    )
    return seeOther(c, `/staff/questionnaires?published=${outcome.id}`)
  })

  app.route('/', questionnairePreviewRoutes(deps))
  return app
}
