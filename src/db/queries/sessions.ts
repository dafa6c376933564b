/**
 * Server-side staff sessions. The browser holds a random id; the database holds
 * only its SHA-256, so a copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { sessions, users } from '../schema.js'
import type { StaffUser } from './users.js'

const hashId = (id: string) => createHash('sha256').update(id).digest('base64url')

export type StaffSession = { idHash: string; csrfToken: string; createdAt: number; lastSeenAt: number; user: StaffUser }

export function createSession(db: Db, userId: number, now: number): { id: string; csrfToken: string } {
  const id = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  db.insert(sessions)
    .values({ idHash: hashId(id), userId, csrfToken, createdAt: new Date(now), lastSeenAt: new Date(now) })
    .run()
  return { id, csrfToken }
}

export function findSession(db: Db, id: string): StaffSession | undefined {
  const row = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, hashId(id)))
    .get()
  if (!row) return undefined
  return {
    idHash: row.session.idHash,
    csrfToken: row.session.csrfToken,
    createdAt: row.session.createdAt.getTime(),
    lastSeenAt: row.session.lastSeenAt.getTime(),
    user: row.user,
  }
}

export function touchSession(db: Db, idHash: string, now: number): void {
  db.update(sessions)
    .set({ lastSeenAt: new Date(now) })
    .where(eq(sessions.idHash, idHash))
    .run()
}

export function deleteSession(db: Db, idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run()
}

/** Signs a user out everywhere, e.g. after a password change or deactivation. */
export function deleteSessionsOf(db: Db, userId: number, exceptIdHash?: string): void {
  const all = db.select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, userId)).all()
  for (const s of all) if (s.idHash !== exceptIdHash) deleteSession(db, s.idHash)
}
