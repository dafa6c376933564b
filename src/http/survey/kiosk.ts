/**
 * Kiosk mode: a tablet at the counter opens its secret device link once; a
 * cookie then marks its submissions as kiosk answers (never flagged as
 * repeats, not rate-limited as one client), and the thank-you page returns to
 * a fresh form by itself. Revoking the kiosk ends all of that at once.
 *
 * Works from the `Cookie` header and gives `Set-Cookie` values, so the survey
 * handler needs no framework to use it.
 */
import { parse, serialize } from 'hono/utils/cookie'
import type { Db } from '../../db/client.js'
import { activeKioskByToken, kioskPointCode, markKioskSeen, type Kiosk } from '../../db/queries/kiosks.js'
import { surveyPath } from './present.js'

export const KIOSK_COOKIE = 'kiosk'
/** Set when the device link was opened with `?large=1`: the tablet starts every resident in large type. */
export const KIOSK_LARGE_COOKIE = 'kiosk_large'
/** How often a kiosk's "last seen" is written: often enough for staff, rarely enough to cost nothing. */
const SEEN_EVERY_MS = 5 * 60_000
/** The device secret lives as long as browsers let a cookie live. */
const KIOSK_COOKIE_MAX_AGE = 400 * 24 * 3600

export function createKioskSessions(db: Db, now: () => number, secure: boolean) {
  const lastWritten = new Map<number, number>()

  return {
    /**
     * Opens a device link: the survey path and the cookies that remember the link on the tablet, and
     * whether it starts residents in large type (opening the link again without it switches that off).
     */
    open(token: string, large: boolean): { path: string; setCookies: string[] } | undefined {
      const kiosk = activeKioskByToken(db, token)
      const code = kiosk && kioskPointCode(db, kiosk)
      if (!code) return undefined
      const options = { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: KIOSK_COOKIE_MAX_AGE } as const
      return {
        path: surveyPath(code),
        setCookies: [
          serialize(KIOSK_COOKIE, token, options),
          serialize(KIOSK_LARGE_COOKIE, large ? '1' : '', { ...options, maxAge: large ? KIOSK_COOKIE_MAX_AGE : 0 }),
        ],
      }
    },

    /** Whether the tablet this `Cookie` header comes from starts residents in large type. */
    large(cookieHeader: string | undefined): boolean {
      return !!cookieHeader && parse(cookieHeader, KIOSK_LARGE_COOKIE)[KIOSK_LARGE_COOKIE] === '1'
    },

    /** The kiosk a request with this `Cookie` header comes from, when it is a live kiosk of this service point. */
    of(cookieHeader: string | undefined, servicePointId: number): Kiosk | undefined {
      const token = cookieHeader ? parse(cookieHeader, KIOSK_COOKIE)[KIOSK_COOKIE] : undefined
      const kiosk = token ? activeKioskByToken(db, token) : undefined
      if (!kiosk || kiosk.servicePointId !== servicePointId) return undefined
      const t = now()
      if (t - (lastWritten.get(kiosk.id) ?? 0) > SEEN_EVERY_MS) {
        lastWritten.set(kiosk.id, t)
        markKioskSeen(db, kiosk.id, t)
      }
      return kiosk
    },
  }
}

export type KioskSessions = ReturnType<typeof createKioskSessions>
