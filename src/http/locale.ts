import type { Context } from 'hono'
import { parse, serialize } from 'hono/utils/cookie'
import { isLocale, type Locale } from '../i18n/messages.js'
import { cookiesSecure } from './secure-cookies.js'

const COOKIE = 'lang'

/**
 * The page language: `?lang=` (remembered in a cookie), else the cookie, else Thai.
 * The cookie only ever holds "th" or "en" and is never stored with a response.
 */
export function resolveLocale(c: Context, formValue?: string): Locale {
  const chosen = chooseLocale(c.req.header('cookie'), formValue ?? c.req.query('lang'), cookiesSecure(c))
  if (chosen.setCookie) c.header('Set-Cookie', chosen.setCookie, { append: true })
  return chosen.locale
}

/**
 * The language asked for (by `?lang=` or the form), else the remembered one; and
 * the cookie to set when asked for a new one, `secure` over HTTPS.
 */
export function chooseLocale(
  cookieHeader: string | undefined,
  asked: string | undefined,
  secure: boolean,
): { locale: Locale; setCookie?: string } {
  if (!isLocale(asked)) return { locale: rememberedLocale(cookieHeader) }
  if (cookieValue(cookieHeader) === asked) return { locale: asked }
  return {
    locale: asked,
    setCookie: serialize(COOKIE, asked, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: true, secure }),
  }
}

/** The language kept in the cookie of a `Cookie` header, else Thai. */
export function rememberedLocale(cookieHeader: string | undefined): Locale {
  const remembered = cookieValue(cookieHeader)
  return isLocale(remembered) ? remembered : 'th'
}

const cookieValue = (cookieHeader: string | undefined) => (cookieHeader ? parse(cookieHeader, COOKIE)[COOKIE] : undefined)

export const otherLocale = (locale: Locale): Locale => (locale === 'th' ? 'en' : 'th')
