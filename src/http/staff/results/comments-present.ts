/**
 * Turns what the comments page read into the view's props: words in the
 * page's language, Buddhist-Era days, paging links that keep the filters.
 * Pure: no database, no request.
 */
import type { CommentPoint, CommentRow } from '../../../db/queries/comments.js'
import type { OrganisationSummary, RoundOption } from '../../../db/queries/collection.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Item } from '../../../domain/questionnaire/definition.js'
import { deletableFrom } from '../../../domain/retention.js'
import { formatCount, formatDate, formatDay } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { commentsTranslator } from '../../../i18n/staff/comments.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import type { CommentsPageProps } from '../../../../views/results/comments/comments-page.js'
import { roundOptions } from '../lgu/round-choice.js'
import { commentsHref, COMMENTS_PAGE_SIZE, type CommentsQuery } from './comments-query.js'

export type CommentsPageInput = {
  locale: Locale
  now: number
  organisation: OrganisationSummary
  query: CommentsQuery
  rounds: RoundOption[]
  round: RoundOption | undefined
  points: CommentPoint[]
  /** The round's free-text items. */
  questions: Item[]
  list: { total: number; rows: CommentRow[] }
  /** `RESPONSE_RETENTION_FISCAL_YEARS`: a round past it has no comments left, and the page says why. */
  retentionFiscalYears: number
}

/** Why a round shows no comments: none were written, or they were deleted with the round's answers (and since when). */
function deletedFrom(closesAt: number, input: CommentsPageInput): string {
  const t = commentsTranslator(input.locale)
  const from = deletableFrom(closesAt, input.retentionFiscalYears)
  return input.now >= from
    ? t('comments.deleted', { years: input.retentionFiscalYears, date: formatDate(from, input.locale) })
    : t('comments.none')
}

export function presentCommentsPage(input: CommentsPageInput): CommentsPageProps {
  const { locale, query, list, round, organisation: org } = input
  const en = locale === 'en'
  const t = commentsTranslator(locale)
  const common = staffTranslator(locale)
  const home = `/staff/organisations/${org.id}`
  const path = `${home}/comments`
  const name = organisationDisplayName(org.type, org.nameTh, locale)
  const pointName = (p: { nameTh: string; nameEn: string | null }) => (en && p.nameEn ? p.nameEn : p.nameTh)
  const questionOf = new Map(input.questions.map((q) => [q.id, en ? q.text.en : q.text.th]))
  const filtered = query.q !== '' || query.point !== ''
  const summary = !round
    ? t('comments.noRound')
    : input.questions.length === 0
      ? t('comments.noQuestion')
      : list.total === 0
        ? filtered
          ? t('comments.noMatch')
          : deletedFrom(round.closesAt, input)
        : `${t('comments.found', { count: formatCount(list.total) })} · ${t('comments.newestFirst')}`
  return {
    t,
    title: t('comments.title'),
    back: { href: `${home}/results${round ? `?round=${round.id}` : ''}`, text: t('comments.back', { organisation: name }) },
    action: path,
    filters: round && {
      q: query.q,
      point: {
        value: query.point,
        options: [
          { value: '', label: common('staff.filter.all') },
          ...input.points.map((p) => ({ value: String(p.id), label: pointName(p) })),
        ],
      },
      round: { value: String(round.id), options: roundOptions(input.rounds, locale, input.now) },
    },
    labels: { apply: common('staff.filter.apply'), errorPrefix: common('staff.error.inlinePrefix') },
    summary,
    rows: list.rows.map((r) => ({
      id: r.id,
      day: formatDay(r.day, locale),
      dayIso: r.day,
      point: pointName({ nameTh: r.pointNameTh, nameEn: r.pointNameEn }),
      text: r.text,
      question: input.questions.length > 1 ? questionOf.get(r.itemId) : undefined,
      flag: r.flagReason ? t(`comments.flagged.${r.flagReason}`) : undefined,
    })),
    pagination: {
      hrefFor: (page) => commentsHref(path, query, page),
      page: query.page,
      pageSize: COMMENTS_PAGE_SIZE,
      total: list.total,
      t: common,
    },
  }
}
