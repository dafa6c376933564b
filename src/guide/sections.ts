/** Every section of the guide, in the order each role's guide shows them. */
import { dlaSections } from './sections/dla.js'
import { lguSections } from './sections/lgu.js'
import { provinceSections } from './sections/province.js'
import { residentSections } from './sections/resident.js'
import { dlaLoopSections, lguLoopSections, provinceLoopSections } from './sections/closing-the-loop.js'
import type { GuideRole, GuideSection } from './types.js'

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  ...residentSections,
  ...lguSections,
  ...lguLoopSections,
  ...provinceSections,
  ...provinceLoopSections,
  ...dlaSections,
  ...dlaLoopSections,
]

export const sectionsOf = (role: GuideRole) => GUIDE_SECTIONS.filter((s) => s.role === role)

export const findSection = (id: string) => GUIDE_SECTIONS.find((s) => s.id === id)
