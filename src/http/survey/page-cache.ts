/**
 * The survey form is the same for every resident at a service point except for
 * its one-time token, so it is rendered once and the token is put into the
 * cached HTML per request. The key names everything the page shows, so any
 * change (a renamed point, new services, another round or language) renders
 * afresh; stale entries simply stop being asked for and age out.
 */
import type { OpenSurvey } from './load-survey.js'
import type { Locale } from '../../i18n/messages.js'

export const TOKEN_SLOT = '__FORM_TOKEN_SLOT__'

export function surveyPageKey(survey: OpenSurvey, locale: Locale): string {
  const { point, round } = survey
  return [point.id, point.updatedAt, point.organisationType, point.organisationNameTh, round.id, round.questionnaireId, locale].join('|')
}

export function createPageCache(maxEntries = 20_000) {
  const pages = new Map<string, string>()
  return {
    async get(key: string, render: () => Promise<string> | string): Promise<string> {
      const hit = pages.get(key)
      if (hit !== undefined) return hit
      const html = await render()
      // Oldest first out: a Map keeps insertion order.
      if (pages.size >= maxEntries) pages.delete(pages.keys().next().value as string)
      pages.set(key, html)
      return html
    },
  }
}
