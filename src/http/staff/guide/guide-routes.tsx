/**
 * The staff guides, one per role, for anyone signed in: `/staff/guide/<role>`; `/staff/guide/<role>/<section>`
 * leads to that section. An unknown role or section gets a 404 page that lists the guides.
 */
import { Hono } from 'hono'
import { findSection } from '../../../guide/sections.js'
import { GUIDE_ROLES, isGuideRole, STAFF_GUIDE_ROLES, type GuideRole } from '../../../guide/types.js'
import { guideTranslator } from '../../../i18n/guide.js'
import type { Locale } from '../../../i18n/messages.js'
import { GuideBody } from '../../../../views/guide/guide-sections.js'
import { GuideLinks } from '../../../../views/guide/guide-links.js'
import { RESIDENT_GUIDE_PATH } from '../../guide/paths.js'
import { presentGuide } from '../../guide/present-guide.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import { renderStaffPage, staffLocale } from '../render.js'

const guidePath = (role: GuideRole) => (role === 'resident' ? RESIDENT_GUIDE_PATH : `/staff/guide/${role}`)

const guideLinks = (locale: Locale, except?: GuideRole) =>
  GUIDE_ROLES.filter((role) => role !== except).map((role) => ({
    href: guidePath(role),
    text: guideTranslator(locale)(`guide.title.${role}`),
  }))

function notFound(c: StaffContext) {
  const locale = staffLocale(c)
  const t = guideTranslator(locale)
  return renderStaffPage(
    c,
    t('guide.notFound.title'),
    <>
      <h1 class="heading-l">{t('guide.notFound.title')}</h1>
      <p>{t('guide.notFound.body')}</p>
      <GuideLinks heading={t('guide.contents')} links={guideLinks(locale)} />
    </>,
    404,
  )
}

const staffGuideRole = (value: string) =>
  isGuideRole(value) && (STAFF_GUIDE_ROLES as readonly string[]).includes(value) ? value : undefined

export function guideRoutes() {
  const app = new Hono<StaffEnv>()
  app.get('/staff/guide', (c) => c.redirect(`/staff/guide/${staffOf(c).user.role}`, 303))
  app.get('/staff/guide/:role', (c) => {
    const role = staffGuideRole(c.req.param('role'))
    if (!role) return notFound(c)
    const locale = staffLocale(c)
    const body = presentGuide(role, locale)
    return renderStaffPage(
      c,
      body.title,
      <>
        <GuideBody {...body} />
        <GuideLinks heading={guideTranslator(locale)('guide.otherGuides')} links={guideLinks(locale, role)} />
      </>,
    )
  })
  app.get('/staff/guide/:role/:section', (c) => {
    const role = staffGuideRole(c.req.param('role'))
    const section = findSection(c.req.param('section'))
    if (!role || section?.role !== role) return notFound(c)
    return c.redirect(`/staff/guide/${role}#${section.id}`, 303)
  })
  return app
}
