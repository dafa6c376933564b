/**
 * "How to use this page": which guide section explains each staff page, for each role, in one place.
 * A page with no section of its own opens the role's guide from the top.
 */
import type { StaffRole } from '../domain/staff-roles.js'
import { findSection } from './sections.js'

/** A section for every role, or one per role (a role left out gets its guide's index). */
type Sections = string | Partial<Record<StaffRole, string>>

const perRole = (task: string, roles: StaffRole[] = ['lgu', 'province', 'dla']) =>
  Object.fromEntries(roles.map((role) => [role, `${role}-${task}`])) as Partial<Record<StaffRole, string>>

export const PAGE_SECTIONS: readonly { pages: string[]; sections: Sections }[] = [
  {
    pages: ['/staff/organisations/:id'],
    sections: { lgu: 'lgu-collection', province: 'province-lgu-page', dla: 'province-lgu-page' },
  },
  { pages: ['/staff/organisations/:id/service-points/new'], sections: 'lgu-add-point' },
  { pages: ['/staff/service-points/upload', '/staff/service-points/uploads/:id'], sections: 'lgu-upload-points' },
  { pages: ['/staff/service-points/:id/edit'], sections: 'lgu-edit-point' },
  { pages: ['/staff/service-points/:id/kiosks'], sections: 'lgu-kiosks' },
  { pages: ['/staff/organisations/:id/posters', '/staff/service-points/:id/poster'], sections: 'lgu-print-posters' },
  { pages: ['/staff/organisations/:id/results'], sections: 'lgu-results' },
  { pages: ['/staff/organisations/:id/comments'], sections: 'lgu-comments' },
  { pages: ['/staff/organisations/:id/transactions'], sections: 'lgu-transactions' },
  { pages: ['/staff/exports'], sections: perRole('export') },
  { pages: ['/staff/password'], sections: perRole('account') },
  { pages: ['/staff/provinces/:code'], sections: { province: 'province-follow-up', dla: 'province-follow-up' } },
  { pages: ['/staff/provinces/:code/results'], sections: 'province-results' },
  { pages: ['/staff/onboarding', '/staff/onboarding/letters'], sections: perRole('letters', ['province', 'dla']) },
  { pages: ['/staff/users', '/staff/users/new', '/staff/users/:id'], sections: perRole('users', ['province', 'dla']) },
  { pages: ['/staff/posters/bundle', '/staff/jobs', '/staff/jobs/:id'], sections: perRole('posters', ['province', 'dla']) },
  { pages: ['/staff/national', '/staff/national/results'], sections: 'dla-national' },
  { pages: ['/staff/rounds', '/staff/rounds/new'], sections: 'dla-open-round' },
  { pages: ['/staff/rounds/:id', '/staff/rounds/:id/finalise'], sections: 'dla-close-round' },
  {
    pages: [
      '/staff/questionnaires',
      '/staff/questionnaires/new',
      '/staff/questionnaires/:id/preview',
      '/staff/questionnaires/:id/privacy',
      '/staff/questionnaires/uploads/:id/preview',
      '/staff/questionnaires/uploads/:id/privacy',
    ],
    sections: 'dla-questionnaires',
  },
  { pages: ['/staff/registry', '/staff/registry/uploads/:id'], sections: 'dla-registry' },
  { pages: ['/staff/api-tokens', '/staff/api-tokens/new', '/staff/api-tokens/issued'], sections: 'dla-api-tokens' },
  { pages: ['/staff/audit'], sections: 'dla-audit' },
  { pages: ['/staff/alerts/:id'], sections: 'lgu-alerts' },
  {
    pages: ['/staff/organisations/:id/review', '/staff/organisations/:id/review/:point/:reason/:day'],
    sections: { lgu: 'lgu-review', province: 'province-review', dla: 'province-review' },
  },
  { pages: ['/staff/provinces/:code/review'], sections: 'province-review' },
  {
    pages: ['/staff/organisations/:id/actions', '/staff/organisations/:id/actions/new', '/staff/actions/:id/edit'],
    sections: 'lgu-actions',
  },
  { pages: ['/staff/national/lgus'], sections: 'dla-follow-up' },
  { pages: ['/staff/reports/annual'], sections: perRole('annual-report', ['province', 'dla']) },
]

const matcher = (page: string) => new RegExp(`^${page.replace(/:\w+/g, '[^/]+')}/?$`)
const MATCHERS = PAGE_SECTIONS.flatMap(({ pages, sections }) => pages.map((page) => ({ test: matcher(page), sections })))

export const guideIndexHref = (role: StaffRole) => `/staff/guide/${role}`

/** The guide section that explains `path` to `role`, if there is one. */
export function helpSectionId(role: StaffRole, path: string): string | undefined {
  const pathname = path.split(/[?#]/)[0] ?? ''
  const found = MATCHERS.find((m) => m.test.test(pathname))
  if (!found) return undefined
  return typeof found.sections === 'string' ? found.sections : found.sections[role]
}

/** Where "How to use this page" leads: the section for this page, or the role's guide index. */
export function helpHref(role: StaffRole, path: string): string {
  const section = findSection(helpSectionId(role, path) ?? '')
  return section ? `/staff/guide/${section.role}#${section.id}` : guideIndexHref(role)
}
