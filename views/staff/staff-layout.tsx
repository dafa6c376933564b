import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import type { StaffRole } from '../../src/domain/staff-roles.js'
import type { Locale, Translate } from '../../src/i18n/messages.js'
import type { StaffMessageKey } from '../../src/i18n/staff-messages.js'

export type StaffLayoutUser = {
  displayName: string
  role: StaffRole
  csrfToken: string
  homeHref: string
  /** "How to use this page": the guide section for the page, or the role's guide. */
  helpHref: string
}

export type StaffLayoutProps = {
  locale: Locale
  t: Translate<StaffMessageKey>
  title: string
  /** The current path, to mark the active menu item and build the language link. */
  path: string
  user?: StaffLayoutUser
  children?: Child
}

type NavItem = { href: string; key: StaffMessageKey }

function navFor(user: StaffLayoutUser): NavItem[] {
  const home = { href: user.homeHref, key: 'staff.nav.home' as const }
  const exports = { href: '/staff/exports', key: 'staff.nav.exports' as const }
  if (user.role === 'lgu') return [home, exports]
  if (user.role === 'province')
    return [
      home,
      exports,
      { href: '/staff/users', key: 'staff.nav.users' },
      { href: '/staff/onboarding', key: 'staff.nav.onboarding' },
    ]
  return [
    home,
    { href: '/staff/rounds', key: 'staff.nav.rounds' },
    { href: '/staff/questionnaires', key: 'staff.nav.questionnaires' },
    exports,
    { href: '/staff/registry', key: 'staff.nav.registry' },
    { href: '/staff/users', key: 'staff.nav.users' },
    { href: '/staff/onboarding', key: 'staff.nav.onboarding' },
    { href: '/staff/api-tokens', key: 'staff.nav.apiTokens' },
    { href: '/staff/audit', key: 'staff.nav.audit' },
  ]
}

/** The staff page shell: menu by role, sign-out, language switch; htmx for partial updates only. */
export function StaffLayout({ locale, t, title, path, user, children }: StaffLayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="same-origin" />
          <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowScriptTags":false}' />
          <title>{`${title} – ${t('staff.siteName')}`}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/static/site.css" />
          <link rel="stylesheet" href="/static/staff.css" />
          <link rel="stylesheet" href="/static/charts.css" />
          <script src="/static/htmx.min.js" defer />
          <script src="/static/staff.js" defer />
        </head>
        <body hx-headers={user ? JSON.stringify({ 'X-CSRF-Token': user.csrfToken }) : undefined}>
          <a class="skip-link" href="#main">
            {t('staff.skipToContent')}
          </a>
          <header class="staff-header">
            <div class="staff-header__inner">
              <a class="staff-header__name" href={user?.homeHref ?? '/staff'}>
                {t('staff.siteName')}
              </a>
              <a
                class="staff-header__lang"
                href={`${path}${path.includes('?') ? '&' : '?'}lang=${locale === 'th' ? 'en' : 'th'}`}
                lang={locale === 'th' ? 'en' : 'th'}
              >
                {t('staff.lang.switch')}
              </a>
              {user && (
                <div class="staff-header__user">
                  <span>
                    {t('staff.signedInAs', { name: user.displayName })} ({t(`staff.role.${user.role}`)})
                  </span>{' '}
                  <a href={user.helpHref} rel="help" class="staff-header__help">
                    {t('staff.nav.help')}
                  </a>{' '}
                  <a href="/staff/password">{t('staff.nav.password')}</a>{' '}
                  <form method="post" action="/staff/sign-out" class="inline-form">
                    <input type="hidden" name="_csrf" value={user.csrfToken} />
                    <button type="submit" class="link-button">
                      {t('staff.signOut')}
                    </button>
                  </form>
                </div>
              )}
            </div>
            {user && (
              <nav class="staff-nav" aria-label={t('staff.nav.label')}>
                <ul>
                  {navFor(user).map((item) => (
                    <li>
                      <a href={item.href} aria-current={path.split('?')[0] === item.href ? 'page' : undefined}>
                        {t(item.key)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </header>
          <main id="main" class="staff-page">
            {children}
          </main>
        </body>
      </html>
    </>
  )
}
