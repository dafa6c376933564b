import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { parse } from 'hono/utils/cookie'
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
  return rememberedLocale(c.req.header('cookie'))
}

/** The language kept in the cookie of a `Cookie` header, else Thai. */
export function rememberedLocale(cookieHeader: string | undefined): Locale {
  const remembered = cookieHeader ? parse(cookieHeader, COOKIE)[COOKIE] : undefined
  return isLocale(remembered) ? remembered : 'th'
}

export const otherLocale = (locale: Locale): Locale => (locale === 'th' ? 'en' : 'th')
