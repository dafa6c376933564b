/**
 * Kiosk mode: a tablet at the counter opens its secret device link once; a
 * cookie then marks its submissions as kiosk answers (never flagged as
 * repeats, not rate-limited as one client), and the thank-you page returns to
 * a fresh form by itself. Revoking the kiosk ends all of that at once.
 */
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Db } from '../../db/client.js'
import { activeKioskByToken, markKioskSeen, type Kiosk } from '../../db/queries/kiosks.js'

export const KIOSK_COOKIE = 'kiosk'
/** How often a kiosk's "last seen" is written: often enough for staff, rarely enough to cost nothing. */
const SEEN_EVERY_MS = 5 * 60_000

export function createKioskSessions(db: Db, now: () => number, secure: boolean) {
  const lastWritten = new Map<number, number>()
  const pointCode = db.$client.prepare('select code from service_points where id = ?')

  return {
    /** Opens a device link: remembers it on the tablet and returns the survey path, or undefined. */
    open(c: Context, token: string): string | undefined {
      const kiosk = activeKioskByToken(db, token)
      if (!kiosk) return undefined
      setCookie(c, KIOSK_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: 400 * 24 * 3600 })
      const row = pointCode.get(kiosk.servicePointId) as { code: string } | undefined
      return row && `/s/${row.code}`
    },

    /** The kiosk this request comes from, when it is a live kiosk of this service point. */
    of(c: Context, servicePointId: number): Kiosk | undefined {
      const token = getCookie(c, KIOSK_COOKIE)
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
