/**
 * Survey rounds, for DLA officers only: the list, "create a round" (refused
 * when it would overlap another round for the same organisations), and one
 * round's page with its window actions and finalising. Every change is audited.
 */
import { Hono } from 'hono'
import { inTransaction } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import {
  allProvinces,
  createRound,
  isPublishedQuestionnaire,
  listRounds,
  organisationIdsByCode,
  publishedQuestionnaires,
} from '../../../db/queries/rounds.js'
import { DEFAULT_DEFINITION_SLUG } from '../../../domain/questionnaire/builtins/index.js'
import { roundStatus } from '../../../domain/round-status.js'
import { fiscalYearWindow, thaiFiscalYear, toBangkokLocal } from '../../../domain/thai-time.js'
import { RoundForm } from '../../../../views/staff/dla/round-form.js'
import { RoundList } from '../../../../views/staff/dla/round-list.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, errorLinks, pageParam, seeOther } from './common.js'
import {
  defaultPointsField,
  giveDefaultPoints,
  renderRoundConfirm,
  roundFormStep,
  suggestDefaultPoints,
} from './round-default-points.js'
import { ROUND_FIELDS, readRoundForm, validateRoundForm, type RoundFormValues } from './round-form.js'
import { clashMessage } from './round-clashes.js'
import { roundFinaliseRoutes } from './round-finalise-routes.js'
import { doneMessage, roundWindowRoutes } from './round-window-routes.js'

const PAGE_SIZE = 50

export function roundRoutes(deps: StaffAreaDeps) {
  const { db, config, now } = deps
  const app = new Hono<StaffEnv>()
  app.use('/staff/rounds', requireRole('dla'))
  app.use('/staff/rounds/*', requireRole('dla'))

  app.get('/staff/rounds', (c) => {
    const { locale, t } = dlaWords(c)
    const page = pageParam(c)
    const { rows, total } = listRounds(db, { page, pageSize: PAGE_SIZE, includeFlagged: !config.EXCLUDE_FLAGGED })
    if (rows.length === 0 && page > 1) return renderStaffStatus(c, 'notFound', 404)
    const at = now()
    const listed = rows.map((r) => ({ ...r, status: roundStatus(r, at) }))
    const body = (
      <RoundList locale={locale} t={t} rows={listed} page={page} pageSize={PAGE_SIZE} total={total} done={doneMessage(c, t)} />
    )
    return renderStaffPage(c, t('dla.rounds.title'), body)
  })

  const renderForm = (c: StaffContext, values: RoundFormValues, errors: Record<string, string> = {}) => {
    const { locale, t } = dlaWords(c)
    const questionnaires = publishedQuestionnaires(db).map((q) => ({
      value: String(q.id),
      label: `${t('dla.rounds.questionnaire', { slug: q.slug, version: q.version })} – ${(q.definition as { title?: Record<string, string> }).title?.[locale] ?? ''}`,
    }))
    const provinces = allProvinces(db).sort((a, b) =>
      locale === 'en' ? a.nameEn.localeCompare(b.nameEn) : a.nameTh.localeCompare(b.nameTh, 'th'),
    )
    const hasErrors = Object.keys(errors).length > 0
    const title = t('dla.rounds.create')
    const body = (
      <RoundForm
        locale={locale}
        t={t}
        csrfToken={staffOf(c).csrfToken}
        fiscalYear={thaiFiscalYear(now())}
        questionnaires={questionnaires}
        provinces={provinces}
        values={values}
        defaultPoints={defaultPointsField(c, values.defaultPoints)}
        errors={errors}
        errorLinks={errorLinks(errors, [...ROUND_FIELDS])}
      />
    )
    return renderStaffPage(c, hasErrors ? `${t('staff.error.titlePrefix')}${title}` : title, body, hasErrors ? 422 : 200)
  }

  app.get('/staff/rounds/new', (c) => {
    const window = fiscalYearWindow(thaiFiscalYear(now()))
    const latestDefault = publishedQuestionnaires(db).find((q) => q.slug === DEFAULT_DEFINITION_SLUG)
    return renderForm(c, {
      nameTh: '',
      nameEn: '',
      questionnaireId: latestDefault ? String(latestDefault.id) : '',
      opensAt: toBangkokLocal(window.opensAt),
      closesAt: toBangkokLocal(window.closesAt),
      scope: 'all',
      provinces: [],
      organisations: '',
      defaultPoints: suggestDefaultPoints(db),
    })
  })

  app.post('/staff/rounds/new', async (c) => {
    const { t } = dlaWords(c)
    const body = await c.req.parseBody({ all: true })
    const values = readRoundForm(body)
    const step = roundFormStep(body)
    if (step === 'edit') return renderForm(c, values)
    const checked = validateRoundForm(
      values,
      {
        isPublishedQuestionnaire: (id) => isPublishedQuestionnaire(db, id),
        provinceCodes: new Set(allProvinces(db).map((p) => p.code)),
        organisationIdsByCode: (codes) => organisationIdsByCode(db, codes),
      },
      t,
    )
    if (!checked.ok) return renderForm(c, values, checked.errors)
    const clash = clashMessage(db, checked.round, dlaWords(c))
    if (clash) return renderForm(c, values, { opensAt: clash })
    if (values.defaultPoints && step !== 'confirm') return renderRoundConfirm(c, db, values, checked.round)
    const at = new Date(now())
    const id = inTransaction(db, () => {
      const id = createRound(db, checked.round, at)
      if (values.defaultPoints) giveDefaultPoints(db, staffOf(c).user, id, checked.round, at)
      return id
    })
    const { round } = checked
    recordAudit(
      db,
      {
        action: 'round_created',
        actor: staffOf(c).user,
        targetType: 'round',
        targetId: id,
        detail: {
          nameTh: round.nameTh,
          questionnaireId: round.questionnaireId,
          opensAt: round.opensAt.toISOString(),
          closesAt: round.closesAt.toISOString(),
          scope: round.scope,
          provinces: round.provinceCodes,
          organisations: round.organisationIds.length,
        },
      },
      at,
    )
    return seeOther(c, `/staff/rounds/${id}?done=created`)
  })

  app.route('/', roundWindowRoutes(deps))
  app.route('/', roundFinaliseRoutes(deps))
  return app
}
