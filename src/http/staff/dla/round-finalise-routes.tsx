/**
 * Finalising a round, for DLA officers: a confirmation page saying what it
 * means, then the POST (with the CSRF token, like every staff form) that
 * counts what is left, fixes the round's figures and is audited. Only a
 * closed round can be finalised, and only once.
 */
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { finaliseRound } from '../../../db/queries/round-lifecycle.js'
import { roundById, type RoundDetail } from '../../../db/queries/rounds.js'
import { roundStatus } from '../../../domain/round-status.js'
import { RoundFinalisePage } from '../../../../views/staff/dla/round-finalise.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, seeOther } from './common.js'
import { roundLoader } from './round-window-routes.js'

export function roundFinaliseRoutes({ db, config, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const load = roundLoader({ db, config })

  /** Why the round cannot be finalised now, or undefined when it can. */
  const refusal = (c: StaffContext, round: RoundDetail) => {
    const { t } = dlaWords(c)
    const status = roundStatus(round, now())
    return status === 'finalised'
      ? t('dla.round.finalise.already')
      : status !== 'closed'
        ? t('dla.round.finalise.notClosed')
        : undefined
  }

  const render = (c: StaffContext, round: RoundDetail, error?: string) => {
    const { locale, t } = dlaWords(c)
    const title = t('dla.round.finalise.title', { round: locale === 'en' ? round.nameEn : round.nameTh })
    const body = <RoundFinalisePage locale={locale} t={t} csrfToken={staffOf(c).csrfToken} round={round} error={error} />
    return renderStaffPage(c, error ? `${t('staff.error.titlePrefix')}${title}` : title, body, error ? 409 : 200)
  }

  app.get('/staff/rounds/:id/finalise', (c) => {
    const round = load(c)
    return round ? render(c, round, refusal(c, round)) : renderStaffStatus(c, 'notFound', 404)
  })

  app.post('/staff/rounds/:id/finalise', (c) => {
    const round = load(c)
    if (!round) return renderStaffStatus(c, 'notFound', 404)
    const refused = refusal(c, round)
    if (refused) return render(c, round, refused)
    const at = new Date(now())
    if (!finaliseRound(db, round.id, at)) return render(c, round, dlaWords(c).t('dla.round.finalise.notClosed'))
    const counted = (includeFlagged: boolean) => roundById(db, round.id, includeFlagged)?.responses ?? 0
    recordAudit(
      db,
      {
        action: 'round_finalised',
        actor: staffOf(c).user,
        targetType: 'round',
        targetId: round.id,
        detail: { closesAt: round.closesAt.toISOString(), responses: counted(true), officialResponses: counted(false) },
      },
      at,
    )
    return seeOther(c, `/staff/rounds/${round.id}?done=finalised`)
  })

  return app
}
