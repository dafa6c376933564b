/** Actions as residents read them, on the public results page and the thank-you page. Pure. */
import type { ActionSummary } from '../../db/queries/service-actions.js'
import type { Localized } from '../../domain/questionnaire/definition.js'
import { actionsPublicTranslator } from '../../i18n/actions-public.js'
import { formatDay } from '../../i18n/format.js'
import type { Locale } from '../../i18n/messages.js'
import type { PublicAction } from '../../../views/public/action-list.js'
import { publicResultsPath } from './paths.js'

export const actionPhotoPath = (dlaCode: string, action: { id: number; photoAt: number | null }, size: 'photo' | 'thumb') =>
  `${publicResultsPath(dlaCode)}/actions/${action.id}/${size}.jpg?v=${action.photoAt}`

export type TopicOf = (action: Pick<ActionSummary, 'roundId' | 'topic'>) => Localized | undefined

const pointName = (p: { nameTh: string; nameEn: string | null }, locale: Locale) =>
  locale === 'en' && p.nameEn ? p.nameEn : p.nameTh

/** What residents said, in words: the aspect or question, then the summary. */
export function saidText(action: ActionSummary, locale: Locale, topicOf: TopicOf): string {
  const t = actionsPublicTranslator(locale)
  const topic = topicOf(action)
  return [topic && t('actions.topic', { topic: topic[locale] }), action.residentsSaid].filter(Boolean).join(': ')
}

export function presentPublicActions(
  actions: ActionSummary[],
  o: { locale: Locale; dlaCode: string; topicOf: TopicOf; showWhere: boolean; small: boolean },
): PublicAction[] {
  const t = actionsPublicTranslator(o.locale)
  return actions.map((a) => ({
    said: saidText(a, o.locale, o.topicOf),
    did: a.changed,
    where: o.showWhere ? t('actions.at', { points: a.points.map((p) => pointName(p, o.locale)).join(', ') }) : undefined,
    status:
      a.status === 'done' && a.doneOn
        ? t('actions.status.done', { date: formatDay(a.doneOn, o.locale) })
        : a.startedOn
          ? t('actions.status.in_progress', { date: formatDay(a.startedOn, o.locale) })
          : '',
    photo:
      a.photoAt === null
        ? undefined
        : {
            src: actionPhotoPath(o.dlaCode, a, 'thumb'),
            alt: t('actions.photo'),
            width: o.small ? 96 : 240,
            href: o.small ? undefined : actionPhotoPath(o.dlaCode, a, 'photo'),
          },
  }))
}
