/**
 * Staff sessions: cookie → session row → user. Idle and absolute expiry; the
 * cookie is HttpOnly, SameSite=Lax, and Secure when the site is served over HTTPS.
 */
import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Db } from '../../db/client.js'
import { deleteSession, findSession, touchSession } from '../../db/queries/sessions.js'
import { scopeOf } from '../../domain/scope.js'
import type { StaffEnv } from './context.js'

export const SESSION_COOKIE = 'staff_session'

export type SessionOptions = { db: Db; idleMs: number; absoluteMs: number; secure: boolean; now: () => number }

/** Records last use at most once a minute, so reading pages does not turn into a stream of writes. */
const TOUCH_EVERY_MS = 60_000

export function setSessionCookie(
  c: Parameters<MiddlewareHandler>[0],
  id: string,
  options: Pick<SessionOptions, 'absoluteMs' | 'secure'>,
) {
  setCookie(c, SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: options.secure,
    maxAge: Math.floor(options.absoluteMs / 1000),
  })
}

export function staffSession(options: SessionOptions): MiddlewareHandler<StaffEnv> {
  const { db, idleMs, absoluteMs, secure, now } = options
  return async (c, next) => {
    c.set('staff', undefined)
    const id = getCookie(c, SESSION_COOKIE)
    if (id) {
      const session = findSession(db, id)
      const t = now()
      const expired = session && (t - session.lastSeenAt > idleMs || t - session.createdAt > absoluteMs)
      if (!session || expired || !session.user.active) {
        if (session) deleteSession(db, session.idHash)
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure })
      } else {
        if (t - session.lastSeenAt > TOUCH_EVERY_MS) touchSession(db, session.idHash, t)
        c.set('staff', {
          user: session.user,
          scope: scopeOf(session.user),
          csrfToken: session.csrfToken,
          sessionIdHash: session.idHash,
        })
      }
    }
    await next()
  }
}
