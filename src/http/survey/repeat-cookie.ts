/**
 * Repeat detection that stores nothing on the server: after a submission the
 * browser keeps a cookie listing the service points it answered today. A second
 * answer from the same browser at the same point on the same day is stored but
 * flagged. The cookie is never stored with a response.
 *
 * Read from a `Cookie` header and written as a `Set-Cookie` value: the survey
 * handler works on headers, not on a framework's request.
 */
import { parse, serialize } from 'hono/utils/cookie'

const COOKIE = 'answered'
const MAX_ENTRIES = 20

const entriesFor = (cookieHeader: string | undefined, day: string) =>
  ((cookieHeader && parse(cookieHeader, COOKIE)[COOKIE]) || '')
    .split('~')
    .filter((e) => /^[0-9A-Z]{4,12}\.\d{8}$/.test(e) && e.endsWith(`.${day.replaceAll('-', '')}`))

const entryOf = (code: string, day: string) => `${code}.${day.replaceAll('-', '')}`

export function answeredToday(cookieHeader: string | undefined, code: string, day: string): boolean {
  return entriesFor(cookieHeader, day).includes(entryOf(code, day))
}

/** The `Set-Cookie` value that adds this point and day to what the browser answered today; `secure` over HTTPS. */
export function answeredCookie(cookieHeader: string | undefined, code: string, day: string, secure: boolean): string {
  const entry = entryOf(code, day)
  const entries = [...entriesFor(cookieHeader, day).filter((e) => e !== entry), entry].slice(-MAX_ENTRIES)
  return serialize(COOKIE, entries.join('~'), { path: '/s', maxAge: 36 * 3600, sameSite: 'Lax', httpOnly: true, secure })
}
