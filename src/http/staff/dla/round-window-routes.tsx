/**
 * One round's page and its window actions: open now (if not yet open), close now
 * (if open), extend (a later closing time, never once final). Opening early and
 * extending are refused when the new window would overlap another round for the
 * same organisations. Each change is audited with the window before and after.
 * Finalising has its own confirmation page (`round-finalise-routes.tsx`).
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { recordAudit } from '../../../db/queries/audit.js'
import { roundById, updateRoundWindow, type RoundDetail } from '../../../db/queries/rounds.js'
import { roundStatus } from '../../../domain/round-status.js'
import { formatDateTime } from '../../../i18n/format.js'
import type { DlaKey } from '../../../i18n/staff/dla.js'
import { RoundDetailPage } from '../../../../views/staff/dla/round-detail.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { dlaWords, field, idParam, seeOther } from './common.js'
import { clashMessage, type ProposedRound } from './round-clashes.js'
import { parseBangkokLocal } from '../../../domain/thai-time.js'

const DONE = ['created', 'opened', 'closed', 'extended', 'finalised'] as const

/** The "done" message after a redirect, if the query names a known one. */
export function doneMessage(c: StaffContext, t: (key: DlaKey) => string): string | undefined {
  const done = DONE.find((d) => d === c.req.query('done'))
  return done && t(`dla.rounds.done.${done}`)
}

type Again = { extendValue?: string; extendError?: string; actionError?: string }

/** The round named by the URL's id, with its response count as the staff pages count it. */
export function roundLoader({ db, config }: Pick<StaffAreaDeps, 'db' | 'config'>) {
  return (c: StaffContext) => {
    const id = idParam(c)
    return id === undefined ? undefined : roundById(db, id, !config.EXCLUDE_FLAGGED)
  }
}

/** The proposed window with the round's own scope, for the overlap check. */
const withWindow = (round: RoundDetail, window: { opensAt?: Date; closesAt?: Date }): ProposedRound => ({
  opensAt: window.opensAt ?? round.opensAt,
  closesAt: window.closesAt ?? round.closesAt,
  scope: round.scope,
  provinceCodes: round.provinces.map((p) => p.code),
  organisationIds: round.organisations.map((o) => o.id),
})

export function roundWindowRoutes({ db, config, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const load = roundLoader({ db, config })

  const render = (c: StaffContext, round: RoundDetail, status: ContentfulStatusCode = 200, again: Again = {}) => {
    const { locale, t } = dlaWords(c)
    const name = locale === 'en' ? round.nameEn : round.nameTh
    const body = (
      <RoundDetailPage
        locale={locale}
        t={t}
        csrfToken={staffOf(c).csrfToken}
        round={round}
        status={roundStatus(round, now())}
        done={status === 200 ? doneMessage(c, t) : undefined}
        extend={{ value: again.extendValue ?? '', error: again.extendError }}
        actionError={again.actionError}
      />
    )
    return renderStaffPage(c, status === 200 ? name : `${t('staff.error.titlePrefix')}${name}`, body, status)
  }

  const audit = (c: StaffContext, round: RoundDetail, change: string, window: { opensAt?: Date; closesAt?: Date }, at: Date) =>
    recordAudit(
      db,
      {
        action: 'round_updated',
        actor: staffOf(c).user,
        targetType: 'round',
        targetId: round.id,
        detail: {
          change,
          ...(window.opensAt && { opensAt: { from: round.opensAt.toISOString(), to: window.opensAt.toISOString() } }),
          ...(window.closesAt && { closesAt: { from: round.closesAt.toISOString(), to: window.closesAt.toISOString() } }),
        },
      },
      at,
    )

  app.get('/staff/rounds/:id', (c) => {
    const round = load(c)
    return round ? render(c, round) : renderStaffStatus(c, 'notFound', 404)
  })

  app.post('/staff/rounds/:id/open', (c) => {
    const round = load(c)
    if (!round) return renderStaffStatus(c, 'notFound', 404)
    const at = new Date(now())
    if (roundStatus(round, at.getTime()) !== 'upcoming')
      return render(c, round, 409, { actionError: dlaWords(c).t('dla.round.error.notUpcoming') })
    const clash = clashMessage(db, withWindow(round, { opensAt: at }), dlaWords(c), round.id)
    if (clash) return render(c, round, 409, { actionError: clash })
    updateRoundWindow(db, round.id, { opensAt: at })
    audit(c, round, 'opened', { opensAt: at }, at)
    return seeOther(c, `/staff/rounds/${round.id}?done=opened`)
  })

  app.post('/staff/rounds/:id/close', (c) => {
    const round = load(c)
    if (!round) return renderStaffStatus(c, 'notFound', 404)
    const at = new Date(now())
    if (roundStatus(round, at.getTime()) !== 'open')
      return render(c, round, 409, { actionError: dlaWords(c).t('dla.round.error.notOpen') })
    // A round opened this very millisecond still needs a window that closes after it opens.
    const closesAt = new Date(Math.max(at.getTime(), round.opensAt.getTime() + 1))
    updateRoundWindow(db, round.id, { closesAt })
    audit(c, round, 'closed', { closesAt }, at)
    return seeOther(c, `/staff/rounds/${round.id}?done=closed`)
  })

  app.post('/staff/rounds/:id/extend', async (c) => {
    const round = load(c)
    if (!round) return renderStaffStatus(c, 'notFound', 404)
    const { locale, t } = dlaWords(c)
    const value = field(await c.req.parseBody(), 'closesAt')
    if (round.finalisedAt) return render(c, round, 409, { actionError: t('dla.round.extend.finalised') })
    const closesAt = parseBangkokLocal(value)
    const at = new Date(now())
    const error = !closesAt
      ? t('dla.round.error.closesAt')
      : closesAt <= round.closesAt
        ? t('dla.round.extend.notLater', { current: formatDateTime(round.closesAt, locale) })
        : closesAt <= at
          ? t('dla.round.extend.notFuture')
          : clashMessage(db, withWindow(round, { closesAt }), { locale, t }, round.id)
    if (error || !closesAt) return render(c, round, 422, { extendValue: value, extendError: error })
    updateRoundWindow(db, round.id, { closesAt })
    audit(c, round, 'extended', { closesAt }, at)
    return seeOther(c, `/staff/rounds/${round.id}?done=extended`)
  })

  return app
}
