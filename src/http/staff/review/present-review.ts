/**
 * Turns what the review pages read into the views' props: group labels such as
 * "12 คำตอบ “ตอบซ้ำจากเครื่องเดิม” ที่กองคลัง วันที่ 3 ธ.ค. 2569", masked answers, paging links.
 * Pure: no database, no request.
 */
import type { FlaggedAnswer } from '../../../db/queries/flag-decisions.js'
import type { FlagGroup } from '../../../db/queries/review-groups.js'
import type { FlagGroupKey } from '../../../domain/flag-review.js'
import { maskPersonalData } from '../../../domain/mask-personal-data.js'
import { NOT_APPLICABLE } from '../../../domain/questionnaire/answers.js'
import { allItems, type Definition } from '../../../domain/questionnaire/definition.js'
import type { Locale } from '../../../i18n/messages.js'
import { formatCount, formatDay } from '../../../i18n/format.js'
import { flagReasonLabel, reviewTranslator } from '../../../i18n/staff/review.js'

export const groupPath = (organisationId: number, key: FlagGroupKey) =>
  `/staff/organisations/${organisationId}/review/${key.servicePointId}/${key.reason}/${key.day}`

export function groupLabel(group: FlagGroup, locale: Locale): string {
  return reviewTranslator(locale)('review.group', {
    count: formatCount(group.total),
    reason: flagReasonLabel(group.reason, locale),
    point: locale === 'en' && group.pointEn ? group.pointEn : group.pointTh,
    day: formatDay(group.day, locale),
  })
}

export function groupStatus(group: FlagGroup, locale: Locale): string {
  return reviewTranslator(locale)('review.status', {
    waiting: formatCount(group.waiting),
    counted: formatCount(group.counted),
    keptOut: formatCount(group.keptOut),
  })
}

/**
 * An answer as a reviewer compares it with the others of its group: the ratings in the
 * questionnaire's order ("5 5 4 – 5", – for N/A or skipped), and the comments, masked.
 */
export function presentAnswer(definition: Definition | undefined, answer: FlaggedAnswer): { ratings: string; comment?: string } {
  const items = definition ? allItems(definition) : []
  const ratings = items
    .filter((item) => item.kind === 'rating')
    .map((item) => {
      const value = answer.answerValues[item.id]?.[0]
      return value && value !== NOT_APPLICABLE ? value : '–'
    })
    .join(' ')
  const comments = items
    .filter((item) => item.kind === 'text')
    .flatMap((item) => answer.answerValues[item.id] ?? [])
    .filter((text) => text.trim() !== '')
    .map(maskPersonalData)
  return { ratings, comment: comments.length > 0 ? comments.join(' / ') : undefined }
}
