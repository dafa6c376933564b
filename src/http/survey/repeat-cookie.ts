/**
 * Repeat detection that stores nothing on the server: after a submission the
 * browser keeps a cookie listing the service points it answered today. A second
 * answer from the same browser at the same point on the same day is stored but
 * flagged. The cookie is never stored with a response.
 */
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

const COOKIE = 'answered'
const MAX_ENTRIES = 20

const entriesFor = (c: Context, day: string) =>
  (getCookie(c, COOKIE) ?? '')
    .split('~')
    .filter((e) => /^[0-9A-Z]{4,12}\.\d{8}$/.test(e) && e.endsWith(`.${day.replaceAll('-', '')}`))

export function answeredToday(c: Context, code: string, day: string): boolean {
  return entriesFor(c, day).includes(`${code}.${day.replaceAll('-', '')}`)
}

export function rememberAnswered(c: Context, code: string, day: string): void {
  const entry = `${code}.${day.replaceAll('-', '')}`
  const entries = [...entriesFor(c, day).filter((e) => e !== entry), entry].slice(-MAX_ENTRIES)
  setCookie(c, COOKIE, entries.join('~'), { path: '/s', maxAge: 36 * 3600, sameSite: 'Lax', httpOnly: true })
}
