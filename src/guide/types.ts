/** The guide's shape: one section per task, per role, in Thai and English. */
import type { Locale } from '../i18n/messages.js'

export const GUIDE_ROLES = ['resident', 'lgu', 'province', 'dla'] as const
export type GuideRole = (typeof GUIDE_ROLES)[number]
export const STAFF_GUIDE_ROLES = ['lgu', 'province', 'dla'] as const satisfies readonly GuideRole[]

export const isGuideRole = (value: string): value is GuideRole => (GUIDE_ROLES as readonly string[]).includes(value)

/** The same words in both languages. Steps may carry `[[area:key]]` references to the app's own labels (see ui.ts). */
export type Words = Record<Locale, string>

/**
 * What the screenshot script opens and keeps for a section: a path on the demo (with `{organisation}`,
 * `{point}`, `{round}` or `{province}` filled in from what the signed-in role sees), and the part of the
 * page worth showing (a CSS selector; `main` when absent).
 */
export type GuideShot = {
  path: string
  clip?: string
  /** The page's status when it is not 200, e.g. 410 for a closed service point. */
  status?: number
}

export type GuideSection = {
  /** Also the fragment of its link (`/staff/guide/lgu#lgu-print-posters`) and its screenshot's file name. */
  id: string
  role: GuideRole
  title: Words
  /** One sentence on when to do this. */
  summary: Words
  steps: Words[]
  /** Further notes worth knowing, kept short. */
  notes?: Words[]
  shot: GuideShot
}

/** `static/guide/<id>.png`, and the address it is served at. */
export const screenshotFile = (section: Pick<GuideSection, 'id'>) => `${section.id}.png`
export const screenshotHref = (section: Pick<GuideSection, 'id'>) => `/static/guide/${screenshotFile(section)}`
