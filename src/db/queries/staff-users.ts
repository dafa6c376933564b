/**
 * Staff accounts as the users pages see them: always through the caller's
 * scope, so an account outside it is simply not found.
 *
 * @example
 * const { rows, total } = listUsers(db, staff.scope, { role: 'lgu', page: 1, pageSize: 50 })
 * const target = findManagedUser(db, staff.scope, 12) // undefined when not theirs
 */
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { organisations, provinces, users } from '../schema.js'
import { type OrganisationType } from '../../domain/organisation-types.js'
import { type StaffRole } from '../../domain/staff-roles.js'

/**
 * The accounts a scope manages: DLA all of them; a province the LGU officers
 * of its organisations and nobody else; an organisation none. Needs the join
 * on `organisations` by `users.organisation_id`.
 */
export function userInScope(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`1 = 1`
  if (scope.kind === 'province') return and(eq(users.role, 'lgu'), eq(organisations.provinceCode, scope.provinceCode))!
  return sql`1 = 0`
}

export type UserFilter = { role?: StaffRole; active?: boolean; q?: string }

export type UserRow = {
  id: number
  username: string
  displayName: string
  email: string | null
  role: StaffRole
  active: boolean
  createdAt: Date
  updatedAt: Date
  provinceCode: string | null
  organisationId: number | null
  /** The province of the account: its own (provincial officer) or its organisation's. */
  province: { code: string; nameTh: string; nameEn: string } | null
  organisation: { id: number; dlaCode: string; type: OrganisationType; nameTh: string } | null
}

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  provinceCode: users.provinceCode,
  organisationId: users.organisationId,
  provinceNameTh: provinces.nameTh,
  provinceNameEn: provinces.nameEn,
  provinceOf: provinces.code,
  orgDlaCode: organisations.dlaCode,
  orgType: organisations.type,
  orgNameTh: organisations.nameTh,
}

type Selected = NonNullable<ReturnType<ReturnType<typeof selectUsers>['get']>>

function toRow(r: Selected): UserRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    email: r.email,
    role: r.role,
    active: r.active,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    provinceCode: r.provinceCode,
    organisationId: r.organisationId,
    province: r.provinceOf ? { code: r.provinceOf, nameTh: r.provinceNameTh ?? '', nameEn: r.provinceNameEn ?? '' } : null,
    organisation:
      r.organisationId !== null && r.orgDlaCode && r.orgType && r.orgNameTh
        ? { id: r.organisationId, dlaCode: r.orgDlaCode, type: r.orgType, nameTh: r.orgNameTh }
        : null,
  }
}

/** Users joined to their organisation and province (a provincial officer's own, or the organisation's). */
const selectUsers = (db: Db) =>
  db
    .select(columns)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(provinces, eq(provinces.code, sql`coalesce(${users.provinceCode}, ${organisations.provinceCode})`))

const countUsers = (db: Db) =>
  db.select({ n: count() }).from(users).leftJoin(organisations, eq(organisations.id, users.organisationId))

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`

function filterSql(scope: Scope, filter: UserFilter): SQL | undefined {
  const q = filter.q?.trim().toLowerCase()
  return and(
    userInScope(scope),
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.active === undefined ? undefined : eq(users.active, filter.active),
    q
      ? sql`(lower(${users.username}) like ${contains(q)} escape '\\'
          or lower(${users.displayName}) like ${contains(q)} escape '\\'
          or ${organisations.dlaCode} like ${contains(q)} escape '\\')`
      : undefined,
  )
}

/** One page of the accounts a scope manages, by username, with the total for paging. */
export function listUsers(
  db: Db,
  scope: Scope,
  filter: UserFilter & { page: number; pageSize: number },
): { rows: UserRow[]; total: number } {
  const where = filterSql(scope, filter)
  const total = countUsers(db).where(where).get()?.n ?? 0
  const rows = selectUsers(db)
    .where(where)
    .orderBy(asc(sql`lower(${users.username})`), asc(users.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all()
  return { rows: rows.map(toRow), total }
}

/** One account, only if the scope manages it. */
export function findManagedUser(db: Db, scope: Scope, id: number): UserRow | undefined {
  const row = selectUsers(db)
    .where(and(eq(users.id, id), userInScope(scope)))
    .get()
  return row && toRow(row)
}

/** An organisation by DLA code, only if it is inside the scope. */
export function findOrganisationInScope(db: Db, scope: Scope, dlaCode: string): { id: number; provinceCode: string } | undefined {
  if (scope.kind === 'organisation') return undefined
  return db
    .select({ id: organisations.id, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(
      and(
        eq(organisations.dlaCode, dlaCode.trim()),
        scope.kind === 'province' ? eq(organisations.provinceCode, scope.provinceCode) : undefined,
      ),
    )
    .get()
}

export function updateUserDetails(
  db: Db,
  id: number,
  details: { displayName: string; email: string | null },
  now = new Date(),
): void {
  db.update(users)
    .set({ ...details, updatedAt: now })
    .where(eq(users.id, id))
    .run()
}

/** Every province, by Thai name, for choosing a provincial officer's province. */
export function listProvinces(db: Db): Array<{ code: string; nameTh: string; nameEn: string }> {
  return db.select().from(provinces).orderBy(asc(provinces.nameTh)).all()
}

/** Whether a province code is known, for a provincial officer's account. */
export function provinceExists(db: Db, code: string): boolean {
  return db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).get() !== undefined
}
