/**
 * Onboarding accounts by activation letter: who has no officer yet, the
 * accounts made for them, and the one live activation code of each account
 * (kept only as its hash).
 *
 * @example
 * const orgs = organisationsWithoutOfficer(db, ['81']) // by province, district, DLA code
 * completeActivation(db, user.id, codeHash, passwordHash, Date.now()) // false once used or expired
 */
import { and, asc, eq, gt, inArray, isNotNull, like, ne, notExists, or, sql, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { Db } from '../client.js'
import { districts, organisations, provinces, users } from '../schema.js'
import { userInScope } from './staff-users.js'

/** Whom a letter is addressed to: an organisation (LGU officer) or a province (provincial officer). */
export type LetterAddressee = {
  provinceCode: string
  provinceNameTh: string
  provinceNameEn: string
  districtCode: string | null
  districtNameTh: string | null
  organisation: { id: number; dlaCode: string; type: OrganisationType; nameTh: string } | null
}

export type LetterRecipient = LetterAddressee & { userId: number; username: string; role: 'lgu' | 'province' }

/** Organisations of the given provinces (all when `'all'`) with no officer account at all, in posting order. */
export function organisationsWithoutOfficer(db: Db, provinceCodes: string[] | 'all'): LetterAddressee[] {
  const rows = db
    .select({
      id: organisations.id,
      dlaCode: organisations.dlaCode,
      type: organisations.type,
      nameTh: organisations.nameTh,
      provinceCode: organisations.provinceCode,
      provinceNameTh: provinces.nameTh,
      provinceNameEn: provinces.nameEn,
      districtCode: organisations.districtCode,
      districtNameTh: districts.nameTh,
    })
    .from(organisations)
    .innerJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .innerJoin(districts, eq(districts.code, organisations.districtCode))
    .where(
      and(
        provinceCodes === 'all' ? undefined : inArray(organisations.provinceCode, provinceCodes),
        notExists(
          db
            .select({ one: sql`1` })
            .from(users)
            .where(eq(users.organisationId, organisations.id)),
        ),
      ),
    )
    .orderBy(asc(organisations.provinceCode), asc(organisations.districtCode), asc(organisations.dlaCode))
    .all()
  return rows.map(({ id, dlaCode, type, nameTh, ...place }) => ({ ...place, organisation: { id, dlaCode, type, nameTh } }))
}

/** Bangkok is itself a local government with no provincial local government office: no provincial officer. */
const BANGKOK = '10'

/** Provinces (76: Bangkok has none) with no provincial officer account, by code. */
export function provincesWithoutOfficer(db: Db): LetterAddressee[] {
  return db
    .select({ provinceCode: provinces.code, provinceNameTh: provinces.nameTh, provinceNameEn: provinces.nameEn })
    .from(provinces)
    .where(
      and(
        ne(provinces.code, BANGKOK),
        notExists(
          db
            .select({ one: sql`1` })
            .from(users)
            .where(and(eq(users.role, 'province'), eq(users.provinceCode, provinces.code))),
        ),
      ),
    )
    .orderBy(asc(provinces.code))
    .all()
    .map((p) => ({ ...p, districtCode: null, districtNameTh: null, organisation: null }))
}

/** Usernames (lower case) starting with a prefix, to choose new ones that do not clash. */
export function usernamesStartingWith(db: Db, prefix: string): Set<string> {
  const rows = db
    .select({ username: sql<string>`lower(${users.username})` })
    .from(users)
    .where(like(sql`lower(${users.username})`, `${prefix.toLowerCase()}%`))
    .all()
  return new Set(rows.map((r) => r.username))
}

export type NewOnboardedUser = {
  username: string
  displayName: string
  passwordHash: string
  role: 'lgu' | 'province'
  provinceCode: string | null
  organisationId: number | null
  activationCodeHash: string
  activationExpiresAt: number
}

/** Every account of one onboarding in one transaction: all of them or none. */
export function insertOnboardedUsers(db: Db, accounts: NewOnboardedUser[], now: number): number[] {
  return db.transaction((tx) =>
    accounts.map(
      (a) =>
        tx
          .insert(users)
          .values({
            ...a,
            provinceCode: a.role === 'province' ? a.provinceCode : null,
            organisationId: a.role === 'lgu' ? a.organisationId : null,
            activationExpiresAt: new Date(a.activationExpiresAt),
            awaitingActivation: true,
            createdAt: new Date(now),
            updatedAt: new Date(now),
          })
          .returning({ id: users.id })
          .get().id,
    ),
  )
}

/** A new code for each account; the one it replaces stops working in the same write. */
export function replaceActivationCodes(db: Db, codes: { userId: number; codeHash: string }[], expiresAt: number, now: number) {
  db.transaction((tx) => {
    for (const { userId, codeHash } of codes)
      tx.update(users)
        .set({ activationCodeHash: codeHash, activationExpiresAt: new Date(expiresAt), updatedAt: new Date(now) })
        .where(eq(users.id, userId))
        .run()
  })
}

const recipientProvince = sql`coalesce(${users.provinceCode}, ${organisations.provinceCode})`

/**
 * Accounts that may get a letter, inside the scope that manages them: LGU and
 * provincial officers only, active, by province, district and DLA code.
 */
export function letterRecipients(
  db: Db,
  scope: Scope,
  filter: { userIds?: number[]; awaitingOnly?: boolean; provinceCodes?: string[]; role?: 'lgu' | 'province' },
): LetterRecipient[] {
  const conditions: (SQL | undefined)[] = [
    userInScope(scope),
    eq(users.active, true),
    or(eq(users.role, 'lgu'), eq(users.role, 'province')),
    filter.userIds ? inArray(users.id, filter.userIds) : undefined,
    filter.awaitingOnly ? eq(users.awaitingActivation, true) : undefined,
    filter.provinceCodes ? inArray(recipientProvince, filter.provinceCodes) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
  ]
  const rows = db
    .select({
      userId: users.id,
      username: users.username,
      role: users.role,
      provinceCode: sql<string>`${recipientProvince}`,
      provinceNameTh: provinces.nameTh,
      provinceNameEn: provinces.nameEn,
      districtCode: districts.code,
      districtNameTh: districts.nameTh,
      orgId: organisations.id,
      dlaCode: organisations.dlaCode,
      type: organisations.type,
      nameTh: organisations.nameTh,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(districts, eq(districts.code, organisations.districtCode))
    .innerJoin(provinces, eq(provinces.code, recipientProvince))
    .where(and(...conditions))
    .orderBy(asc(recipientProvince), asc(districts.code), asc(organisations.dlaCode), asc(users.id))
    .all()
  return rows.map(({ orgId, dlaCode, type, nameTh, role, ...rest }) => ({
    ...rest,
    role: role as 'lgu' | 'province',
    organisation:
      orgId !== null && dlaCode !== null && type !== null && nameTh !== null ? { id: orgId, dlaCode, type, nameTh } : null,
  }))
}

export type PendingActivation = {
  id: number
  username: string
  displayName: string
  role: 'dla' | 'province' | 'lgu'
  provinceCode: string | null
  organisationId: number | null
  expiresAt: number
}

/** The active account a code belongs to, while the code is live (not used, not replaced) — expired or not. */
export function findActivation(db: Db, codeHash: string): PendingActivation | undefined {
  const row = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      provinceCode: users.provinceCode,
      organisationId: users.organisationId,
      expiresAt: users.activationExpiresAt,
    })
    .from(users)
    .where(and(eq(users.activationCodeHash, codeHash), eq(users.active, true), isNotNull(users.activationExpiresAt)))
    .get()
  return row && row.expiresAt ? { ...row, expiresAt: row.expiresAt.getTime() } : undefined
}

/**
 * Sets the officer's own password and spends the code, in one conditional
 * write: false when the code was used, replaced or expired in the meantime.
 */
export function completeActivation(db: Db, userId: number, codeHash: string, passwordHash: string, now: number): boolean {
  const result = db
    .update(users)
    .set({
      passwordHash,
      awaitingActivation: false,
      mustChangePassword: false,
      activationCodeHash: null,
      activationExpiresAt: null,
      updatedAt: new Date(now),
    })
    .where(
      and(
        eq(users.id, userId),
        eq(users.activationCodeHash, codeHash),
        eq(users.active, true),
        gt(users.activationExpiresAt, new Date(now)),
      ),
    )
    .run()
  return result.changes === 1
}

export function setMustChangePassword(db: Db, userId: number, must: boolean, now: number): void {
  db.update(users)
    .set({ mustChangePassword: must, updatedAt: new Date(now) })
    .where(eq(users.id, userId))
    .run()
}
