/** Kiosk device links: created by staff, opened once on the tablet, revocable. */
import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client.js'
import { kiosks, servicePoints } from '../schema.js'

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

export type Kiosk = typeof kiosks.$inferSelect

/** Returns the secret token: shown once as a link, never stored. */
export function createKiosk(
  db: Db,
  input: { servicePointId: number; label: string; createdBy: number },
  now: number,
): { kiosk: Kiosk; token: string } {
  const token = randomBytes(24).toString('base64url')
  const kiosk = db
    .insert(kiosks)
    .values({ ...input, tokenHash: hashToken(token), createdAt: new Date(now) })
    .returning()
    .get()
  return { kiosk, token }
}

/** The kiosk a token opens, if it exists and has not been revoked. */
export function activeKioskByToken(db: Db, token: string): Kiosk | undefined {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined
  return db
    .select()
    .from(kiosks)
    .where(and(eq(kiosks.tokenHash, hashToken(token)), isNull(kiosks.revokedAt)))
    .get()
}

export function kiosksOfPoint(db: Db, servicePointId: number): Kiosk[] {
  return db.select().from(kiosks).where(eq(kiosks.servicePointId, servicePointId)).orderBy(desc(kiosks.createdAt)).all()
}

export function revokeKiosk(db: Db, id: number, now: number): void {
  db.update(kiosks)
    .set({ revokedAt: new Date(now) })
    .where(and(eq(kiosks.id, id), isNull(kiosks.revokedAt)))
    .run()
}

export function markKioskSeen(db: Db, id: number, now: number): void {
  db.update(kiosks)
    .set({ lastSeenAt: new Date(now) })
    .where(eq(kiosks.id, id))
    .run()
}

/** The code of the service point a kiosk answers for, or undefined when the point is gone. */
export function kioskPointCode(db: Db, kiosk: Pick<Kiosk, 'servicePointId'>): string | undefined {
  return db.select({ code: servicePoints.code }).from(servicePoints).where(eq(servicePoints.id, kiosk.servicePointId)).get()?.code
}
