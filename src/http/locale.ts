import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { isLocale, type Locale } from '../i18n/messages.js'

const COOKIE = 'lang'

/**
 * The page language: `?lang=` (remembered in a cookie), else the cookie, else Thai.
 * The cookie only ever holds "th" or "en" and is never stored with a response.
 */
export function resolveLocale(c: Context, formValue?: string): Locale {
  const asked = formValue ?? c.req.query('lang')
  if (isLocale(asked)) {
    if (getCookie(c, COOKIE) !== asked)
      setCookie(c, COOKIE, asked, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: true })
    return asked
  }
  const remembered = getCookie(c, COOKIE)
  return isLocale(remembered) ? remembered : 'th'
}

export const otherLocale = (locale: Locale): Locale => (locale === 'th' ? 'en' : 'th')
