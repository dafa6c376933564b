/**
 * The review queue: flagged answers of an organisation (its LGU officers, the province's
 * officers, DLA) or of a province, grouped by service point × reason × Bangkok day; a group
 * or one answer is counted or kept out, with a reason, until the round is finalised. Every
 * look-up goes through the caller's scope (anything else is 404), every decision is written
 * with its audit entry and the tallies it moves in one transaction.
 */
import { Hono } from 'hono'
import { inTransaction } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, findProvince, roundsFor } from '../../../db/queries/collection.js'
import { decideFlags, flagGroupAnswers } from '../../../db/queries/flag-decisions.js'
import { findFlagGroup, flagGroups, reviewTotals, type ReviewPlace } from '../../../db/queries/review-groups.js'
import { createRoundDefinitions } from '../../../db/queries/questionnaires.js'
import { MAX_DECISION_REASON, parseFlagGroupKey } from '../../../domain/flag-review.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { formatCount } from '../../../i18n/format.js'
import { reviewTranslator, type ReviewMessageKey } from '../../../i18n/staff/review.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { ReviewGroupPage, type DecisionForm } from '../../../../views/staff/review/review-group-page.js'
import { ReviewQueuePage } from '../../../../views/staff/review/review-queue-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm } from '../form-data.js'
import { requireRole } from '../guards.js'
import { chooseRound, idParam, roundOptions } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { decisionSchema, pageParam, REVIEW_PAGE_SIZE } from './review-form.js'
import { groupLabel, groupPath, groupStatus, presentAnswer } from './present-review.js'

type GroupState = {
  done?: { decision: string; count: number }
  /** The form that failed: which reason field, what was typed, the message. */
  failed?: { field: string; reason: string; message: string }
  status?: 404 | 409 | 422
}

export function reviewRoutes(deps: StaffAreaDeps) {
  const { db } = deps
  const app = new Hono<StaffEnv>()
  const definitionFor = createRoundDefinitions(db)

  const renderQueue = (
    c: StaffContext,
    place: { name: string; href: string; path: string; reach: { organisationId: number } | { provinceCode: string } },
    rounds: ReturnType<typeof roundsFor>,
  ) => {
    const locale = staffLocale(c)
    const t = reviewTranslator(locale)
    const common = staffTranslator(locale)
    const now = deps.now()
    const round = chooseRound(rounds, c.req.query('round'), now)
    const page = pageParam(c.req.query('page'))
    const province = 'provinceCode' in place.reach
    const reach: ReviewPlace | undefined = round && { roundId: round.id, ...place.reach }
    const totals = reach ? reviewTotals(db, reach) : { groups: 0, waiting: 0 }
    const groups =
      reach && totals.groups > 0 ? flagGroups(db, reach, { limit: REVIEW_PAGE_SIZE, offset: (page - 1) * REVIEW_PAGE_SIZE }) : []
    const title = t('review.titleOf', { place: place.name })
    const query = (p: number) =>
      `${place.path}?${new URLSearchParams({ ...(round && { round: String(round.id) }), page: String(p) })}`
    return renderStaffPage(
      c,
      title,
      <ReviewQueuePage
        title={title}
        back={{ href: place.href, text: t('review.back', { place: place.name }) }}
        intro={t('review.intro')}
        roundPicker={
          round && {
            action: place.path,
            label: t('review.round'),
            submit: t('review.show'),
            errorPrefix: common('staff.error.inlinePrefix'),
            options: roundOptions(rounds, locale, now),
            value: String(round.id),
            note: round.finalisedAt ? t('review.finalised') : undefined,
          }
        }
        summary={
          !round
            ? t('review.noRound')
            : totals.groups === 0
              ? t('review.none')
              : t('review.summary', { groups: formatCount(totals.groups), waiting: formatCount(totals.waiting) })
        }
        headings={{
          group: t('review.col.group'),
          organisation: province ? t('review.col.organisation') : undefined,
          status: t('review.col.status'),
        }}
        rows={groups.map((g) => ({
          href: `${groupPath(g.organisationId, g)}?round=${round!.id}`,
          label: groupLabel(g, locale),
          organisation: province ? organisationDisplayName(g.organisationType, g.organisationTh, locale) : undefined,
          status: groupStatus(g, locale),
          waiting: g.waiting > 0,
        }))}
        pagination={{ t: common, hrefFor: query, page, pageSize: REVIEW_PAGE_SIZE, total: totals.groups }}
      />,
    )
  }

  app.get('/staff/organisations/:id/review', (c) => {
    const id = idParam(c.req.param('id'))
    const org = id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
    if (!org) return renderStaffStatus(c, 'notFound', 404)
    const name = organisationDisplayName(org.type, org.nameTh, staffLocale(c))
    const rounds = roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id })
    const href = `/staff/organisations/${org.id}`
    return renderQueue(c, { name, href, path: `${href}/review`, reach: { organisationId: org.id } }, rounds)
  })

  app.get('/staff/provinces/:code/review', requireRole('province', 'dla'), (c) => {
    const province = findProvince(db, staffOf(c).scope, c.req.param('code'))
    if (!province) return renderStaffStatus(c, 'notFound', 404)
    const locale = staffLocale(c)
    const href = `/staff/provinces/${province.code}`
    const place = {
      name: locale === 'en' ? province.nameEn : province.nameTh,
      href,
      path: `${href}/review`,
      reach: { provinceCode: province.code },
    }
    return renderQueue(c, place, roundsFor(db, { provinceCode: province.code }))
  })

  /** The organisation, round and group a group page's address names, all through the caller's scope. */
  const groupOf = (c: StaffContext, requestedRound: string | undefined) => {
    const id = idParam(c.req.param('id'))
    const org = id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
    const key = parseFlagGroupKey(c.req.param('point') ?? '', c.req.param('reason') ?? '', c.req.param('day') ?? '')
    if (!org || !key) return undefined
    const rounds = roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id })
    const round = rounds.find((r) => String(r.id) === requestedRound) ?? chooseRound(rounds, undefined, deps.now())
    const group = round && findFlagGroup(db, round.id, org.id, key)
    return group && round ? { org, round, key, group } : undefined
  }

  const renderGroup = (c: StaffContext, found: NonNullable<ReturnType<typeof groupOf>>, state: GroupState) => {
    const { org, round, key, group } = found
    const locale = staffLocale(c)
    const t = reviewTranslator(locale)
    const common = staffTranslator(locale)
    const page = pageParam(c.req.query('page'))
    const answers = flagGroupAnswers(db, round.id, org.id, key, {
      limit: REVIEW_PAGE_SIZE,
      offset: (page - 1) * REVIEW_PAGE_SIZE,
    })
    const definition = definitionFor(round.id)
    const final = round.finalisedAt !== null
    const path = groupPath(org.id, key)
    const form = (id: string, legend: string, hidden: Record<string, string>): DecisionForm | undefined =>
      final
        ? undefined
        : {
            id,
            legend,
            hidden: { round: String(round.id), ...hidden },
            reason: state.failed?.field === id ? state.failed.reason : '',
            error: state.failed?.field === id ? state.failed.message : undefined,
          }
    const title = groupLabel(group, locale)
    return renderStaffPage(
      c,
      state.failed ? `${common('staff.error.titlePrefix')}${title}` : title,
      <ReviewGroupPage
        title={title}
        back={{ href: `/staff/organisations/${org.id}/review?round=${round.id}`, text: t('review.title') }}
        privacy={t('review.privacy')}
        done={
          state.done &&
          t('review.done', {
            decision: t(`review.decision.${state.done.decision}` as ReviewMessageKey),
            count: formatCount(state.done.count),
          })
        }
        finalised={final ? t('review.finalised') : undefined}
        errorTitle={common('staff.error.summaryTitle')}
        errors={state.failed ? [{ href: state.failed.field ? `#${state.failed.field}` : '', text: state.failed.message }] : []}
        action={path}
        csrfToken={staffOf(c).csrfToken}
        labels={{
          reason: t('review.reason'),
          reasonHint: t('review.reasonHint'),
          count: t('review.decision.count'),
          keepOut: t('review.decision.keep_out'),
          errorPrefix: common('staff.error.inlinePrefix'),
          answers: t('review.answers'),
          number: t('review.col.number'),
          answersCol: t('review.col.answers'),
          decision: t('review.col.decision'),
        }}
        groupForm={form('reason', t('review.decideGroup', { count: formatCount(group.total) }), {})}
        rows={answers.map((a, i) => ({
          number: formatCount((page - 1) * REVIEW_PAGE_SIZE + i + 1),
          ...presentAnswer(definition, a),
          decision: a.decision
            ? t('review.decidedWhy', { decision: t(`review.decision.${a.decision}`), reason: a.decisionReason ?? '' })
            : t('review.waiting'),
          form: form(`reason-${a.id}`, t('review.decideOne'), { response: String(a.id) }),
        }))}
        pagination={{
          t: common,
          hrefFor: (p) => `${path}?round=${round.id}&page=${p}`,
          page,
          pageSize: REVIEW_PAGE_SIZE,
          total: group.total,
        }}
        reasonMaxLength={MAX_DECISION_REASON}
      />,
      state.status ?? 200,
    )
  }

  const groupRoute = '/staff/organisations/:id/review/:point/:reason/:day'

  const groupNotFound = (c: StaffContext) => {
    const t = reviewTranslator(staffLocale(c))
    return renderStaffPage(c, t('review.title'), <p class="notice">{t('review.error.group')}</p>, 404)
  }

  app.get(groupRoute, (c) => {
    const found = groupOf(c, c.req.query('round'))
    if (!found) return groupNotFound(c)
    const done = c.req.query('done')
    const count = Number(c.req.query('count'))
    const decided = (done === 'count' || done === 'keep_out') && Number.isInteger(count) ? { decision: done, count } : undefined
    return renderGroup(c, found, { done: decided })
  })

  app.post(groupRoute, async (c) => {
    const form = await readForm(c, decisionSchema)
    const found = groupOf(c, form.raw.round)
    if (!found || (form.raw.round !== undefined && String(found.round.id) !== form.raw.round)) return groupNotFound(c)
    const t = reviewTranslator(staffLocale(c))
    const responseId = form.raw.response ? idParam(form.raw.response) : undefined
    const field = responseId ? `reason-${responseId}` : 'reason'
    const reason = form.raw.reason ?? ''
    if (!form.ok) {
      const key = (form.errors.reason ??
        form.errors.decision ??
        form.errors.response ??
        'review.error.reason') as ReviewMessageKey
      const message = t(key, { max: MAX_DECISION_REASON })
      return renderGroup(c, found, { failed: { field: form.errors.response ? '' : field, reason, message }, status: 422 })
    }
    const { org, round, key } = found
    const staff = staffOf(c)
    const at = new Date(deps.now())
    const outcome = inTransaction(db, () => {
      const decided = decideFlags(db, {
        roundId: round.id,
        organisationId: org.id,
        group: key,
        responseId,
        decision: form.data.decision,
        reason: form.data.reason,
        userId: staff.user.id,
        at,
      })
      if (decided.ok)
        recordAudit(
          db,
          {
            action: 'flags_decided',
            actor: staff.user,
            targetType: responseId ? 'response' : 'flag_group',
            targetId: responseId ?? `${round.id}/${key.servicePointId}/${key.reason}/${key.day}`,
            provinceCode: org.provinceCode,
            organisationId: org.id,
            detail: {
              round: round.id,
              servicePoint: key.servicePointId,
              flag: key.reason,
              day: key.day,
              decision: form.data.decision,
              reason: form.data.reason,
              responses: decided.responseIds.length,
              moved: decided.changed,
            },
          },
          at,
        )
      return decided
    })
    if (!outcome.ok) {
      if (outcome.error === 'finalised')
        return renderGroup(c, found, { failed: { field: '', reason, message: t('review.error.finalised') }, status: 409 })
      return renderGroup(c, found, { failed: { field: '', reason, message: t('review.error.answer') }, status: 404 })
    }
    const back = `${groupPath(org.id, key)}?round=${round.id}&done=${form.data.decision}&count=${outcome.responseIds.length}`
    return c.redirect(back, 303)
  })

  return app
}
