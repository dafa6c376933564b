/**
 * API tokens: issued by DLA officers to a named user, shown once, stored only
 * as a SHA-256, revocable. A token works while it is not revoked and its user
 * is active; it sees what its user sees.
 *
 * @example
 * const { token, secret } = issueApiToken(db, { userId: 7, name: 'NSO dashboard', createdBy: 1 }, Date.now())
 * const caller = authenticateApiToken(db, secret) // undefined once revoked or the user is deactivated
 */
import { createHash, randomBytes } from 'node:crypto'
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../client.js'
import { apiTokens, users } from '../schema.js'
import type { StaffUser } from './users.js'

export type ApiToken = typeof apiTokens.$inferSelect

/** Tokens start with this, so secret scanners and people can tell what leaked. */
export const API_TOKEN_PREFIX = 'lgusat_'
const TOKEN_SHAPE = /^lgusat_[A-Za-z0-9_-]{43}$/

/** Hex SHA-256 of the whole token: what the table keeps instead of the token. */
export const hashApiToken = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** Creates a token for a user; the returned secret is never stored and cannot be shown again. */
export function issueApiToken(
  db: Db,
  input: { userId: number; name: string; createdBy: number },
  now: number,
): { token: ApiToken; secret: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
  const token = db
    .insert(apiTokens)
    .values({ ...input, tokenHash: hashApiToken(secret), createdAt: new Date(now) })
    .returning()
    .get()
  return { token, secret }
}

/** The token and its user, when the token exists, is not revoked and its user is active. */
export function authenticateApiToken(db: Db, secret: string): { token: ApiToken; user: StaffUser } | undefined {
  if (!TOKEN_SHAPE.test(secret)) return undefined
  const row = db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(secret)), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .get()
  return row
}

/** Keeps `last_used_at` to the minute without a write on every call of a busy client. */
export function markApiTokenUsed(db: Db, id: number, now: number): void {
  db.update(apiTokens)
    .set({ lastUsedAt: new Date(now) })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now - 60_000)))))
    .run()
}

export function revokeApiToken(db: Db, id: number, now: number): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: new Date(now) })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .run().changes > 0
  )
}

export type ApiTokenRow = ApiToken & {
  user: {
    id: number
    username: string
    displayName: string
    role: StaffUser['role']
    active: boolean
    provinceCode: string | null
    organisationId: number | null
  }
  createdByUsername: string
}

const creators = alias(users, 'creators')
const selectRows = (db: Db) =>
  db
    .select({
      token: apiTokens,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        active: users.active,
        provinceCode: users.provinceCode,
        organisationId: users.organisationId,
      },
      createdByUsername: creators.username,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(creators, eq(creators.id, apiTokens.createdBy))

const toRow = (r: { token: ApiToken; user: ApiTokenRow['user']; createdByUsername: string }): ApiTokenRow => ({
  ...r.token,
  user: r.user,
  createdByUsername: r.createdByUsername,
})

/** Every token, active ones first, newest first within each. */
export function listApiTokens(db: Db, paging: { page: number; pageSize: number }): { rows: ApiTokenRow[]; total: number } {
  const total = db.select({ n: count() }).from(apiTokens).get()?.n ?? 0
  const rows = selectRows(db)
    .orderBy(sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .all()
    .map(toRow)
  return { rows, total }
}

export function findApiToken(db: Db, id: number): ApiTokenRow | undefined {
  const row = selectRows(db).where(eq(apiTokens.id, id)).get()
  return row && toRow(row)
}
