import type { Locale } from '../../i18n/messages.js'

/** The residents' guide: questions residents ask. */
export const RESIDENT_GUIDE_PATH = '/guide'

/** The residents' guide in a language: Thai at the bare address, English asked for. */
export const residentGuideHref = (locale: Locale) =>
  locale === 'th' ? RESIDENT_GUIDE_PATH : `${RESIDENT_GUIDE_PATH}?lang=${locale}`
