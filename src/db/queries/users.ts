import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { users } from '../schema.js'
import { type StaffRole } from '../../domain/staff-roles.js'

export type StaffUser = typeof users.$inferSelect
export type NewStaffUser = {
  username: string
  displayName: string
  email?: string | null
  passwordHash: string
  role: StaffRole
  provinceCode?: string | null
  organisationId?: number | null
  /** The password was shown on screen: its owner replaces it at first sign-in. */
  mustChangePassword?: boolean
}

export function createUser(db: Db, input: NewStaffUser, now = new Date()): StaffUser {
  return db
    .insert(users)
    .values({
      ...input,
      username: input.username.trim(),
      provinceCode: input.role === 'province' ? (input.provinceCode ?? null) : null,
      organisationId: input.role === 'lgu' ? (input.organisationId ?? null) : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get()
}

/** Usernames are matched without regard to case, as people type them. */
export function findUserByUsername(db: Db, username: string): StaffUser | undefined {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username.trim()})`)
    .get()
}

/** Signing in accepts the username or the account's e-mail address. */
export function findUserByLogin(db: Db, login: string): StaffUser | undefined {
  return (
    findUserByUsername(db, login) ??
    db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${login.trim()})`)
      .get()
  )
}

export function findUserById(db: Db, id: number): StaffUser | undefined {
  return db.select().from(users).where(eq(users.id, id)).get()
}

export function setPasswordHash(db: Db, id: number, passwordHash: string, now = new Date()): void {
  db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, id)).run()
}

export function setUserActive(db: Db, id: number, active: boolean, now = new Date()): void {
  db.update(users)
    .set({ active, updatedAt: now })
    .where(and(eq(users.id, id)))
    .run()
}

export function usernameTaken(db: Db, username: string): boolean {
  return findUserByUsername(db, username) !== undefined
}
