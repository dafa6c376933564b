/** `GET /`: the front door, in the visitor's language. */
import type { Context } from 'hono'
import { HomePage, type HomeLink } from '../../../views/home-page.js'
import { translator, type Locale } from '../../i18n/messages.js'
import { otherLocale, resolveLocale } from '../locale.js'
import { OPEN_DATA_HOME } from '../open-data/paths.js'
import { PUBLIC_SEARCH_PATH } from './paths.js'
import { residentGuideHref } from '../guide/paths.js'

const STAFF_HOME = '/staff'

/** Where a visitor may be heading besides the survey; the public pages keep the language, sign-in has its own. */
export function homeLinks(locale: Locale): HomeLink[] {
  const t = translator(locale)
  const inLanguage = (path: string) => (locale === 'th' ? path : `${path}?lang=${locale}`)
  return [
    { href: inLanguage(PUBLIC_SEARCH_PATH), text: t('home.results'), hint: t('home.results.hint') },
    { href: inLanguage(OPEN_DATA_HOME), text: t('home.openData'), hint: t('home.openData.hint') },
    { href: STAFF_HOME, text: t('home.staff'), hint: t('home.staff.hint') },
  ]
}

/** The link back to the front door that every public page carries, in the page's language. */
export function homeLink(locale: Locale): { href: string; text: string } {
  return { href: locale === 'th' ? '/' : `/?lang=${locale}`, text: translator(locale)('home.back') }
}

export function renderHome(c: Context) {
  const locale = resolveLocale(c)
  const other = otherLocale(locale)
  return c.html(
    <HomePage
      locale={locale}
      t={translator(locale)}
      lang={{ href: `/?lang=${other}`, code: other }}
      links={homeLinks(locale)}
      guideHref={residentGuideHref(locale)}
    />,
  )
}
