/**
 * The residents' part of the guide, public: `/guide` (questions residents ask), and `/guide/<section>`,
 * which leads to that question on the page. Staff guides live under /staff/guide.
 */
import { Hono } from 'hono'
import { findSection } from '../../guide/sections.js'
import { translator } from '../../i18n/messages.js'
import { Layout } from '../../../views/layout.js'
import { GuideBody } from '../../../views/guide/guide-sections.js'
import { PublicHeader } from '../../../views/public/public-header.js'
import { otherLocale, resolveLocale } from '../locale.js'
import { homeLink } from '../public/home-route.js'
import { renderStatus } from '../status.js'
import { RESIDENT_GUIDE_PATH } from './paths.js'
import { presentGuide } from './present-guide.js'

export function guideRoutes() {
  const app = new Hono()
  app.get(RESIDENT_GUIDE_PATH, (c) => {
    const locale = resolveLocale(c)
    const other = otherLocale(locale)
    const body = presentGuide('resident', locale)
    return c.html(
      <Layout locale={locale} title={`${body.title} – ${translator(locale)('site.name')}`}>
        <PublicHeader
          siteName={translator(locale)('site.name')}
          siteHref="/"
          home={homeLink(locale)}
          lang={{ href: `${RESIDENT_GUIDE_PATH}?lang=${other}`, text: translator(locale)('lang.switch'), code: other }}
        />
        <GuideBody {...body} />
      </Layout>,
    )
  })
  app.get(`${RESIDENT_GUIDE_PATH}/:section`, (c) => {
    const section = findSection(c.req.param('section'))
    if (section?.role !== 'resident') return renderStatus(c, resolveLocale(c), 'pageNotFound', 404)
    return c.redirect(`${RESIDENT_GUIDE_PATH}#${section.id}`, 303)
  })
  return app
}
