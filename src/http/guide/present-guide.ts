/** A role's guide sections in the reader's language, ready for the view. */
import { guideTranslator } from '../../i18n/guide.js'
import type { Locale } from '../../i18n/messages.js'
import { sectionsOf } from '../../guide/sections.js'
import { screenshotHref, type GuideRole } from '../../guide/types.js'
import { resolveLabels } from '../../guide/ui.js'
import type { GuideBodyProps } from '../../../views/guide/guide-sections.js'

export function presentGuide(role: GuideRole, locale: Locale): GuideBodyProps {
  const t = guideTranslator(locale)
  return {
    title: t(`guide.title.${role}`),
    intro: t(role === 'resident' ? 'guide.intro.resident' : 'guide.intro.staff'),
    sections: sectionsOf(role).map((s) => ({
      id: s.id,
      title: s.title[locale],
      summary: s.summary[locale],
      steps: s.steps.map((step) => resolveLabels(step[locale], locale)),
      notes: (s.notes ?? []).map((note) => resolveLabels(note[locale], locale)),
      screenshot: { src: screenshotHref(s), alt: t('guide.screenshot', { title: s.title[locale] }) },
    })),
    words: {
      contents: t('guide.contents'),
      steps: t('guide.steps'),
      notes: t('guide.notes'),
      toContents: t('guide.toContents'),
      print: t('guide.print'),
    },
  }
}
