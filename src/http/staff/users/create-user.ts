/**
 * Creating an account from the users page: the shared account rules
 * (`createAccount`) plus what the creator may do. A role the creator does not
 * manage is refused even when posted by hand; a provincial officer's DLA code
 * from another province is "unknown", in the same words as a code that does
 * not exist, so the form reveals nothing about other provinces.
 */
import { createAccount, newAccountSchema, type NewAccount } from '../../../accounts/create-account.js'
import type { Db } from '../../../db/client.js'
import { findManagedUser, findOrganisationInScope, type UserRow } from '../../../db/queries/staff-users.js'
import { usernameTaken } from '../../../db/queries/users.js'
import { manageableRoles } from '../../../domain/scope.js'
import type { Staff } from '../context.js'
import { generatePassword } from './one-time-passwords.js'

export const NEW_USER_INPUTS = ['username', 'displayName', 'email', 'role', 'provinceCode', 'dlaCode', 'password'] as const
export type NewUserInput = Record<(typeof NEW_USER_INPUTS)[number], string>

export type CreateResult =
  | { ok: true; user: UserRow; generatedPassword?: string }
  /** Field → problem key, as `createAccount` reports them. */
  | { ok: false; errors: Record<string, string> }

/** What `createAccount` would say, without creating anything. */
function problemsOf(db: Db, account: NewAccount): Record<string, string> {
  const errors: Record<string, string> = {}
  const parsed = newAccountSchema.safeParse(account)
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
  if (!errors.username && usernameTaken(db, account.username)) errors.username = 'usernameTaken'
  return errors
}

export async function createUserAs(db: Db, staff: Staff, input: NewUserInput, now: Date): Promise<CreateResult> {
  const errors: Record<string, string> = {}
  const role = manageableRoles(staff.user.role).find((r) => r === input.role)
  if (!role) errors.role = 'role'
  const generatedPassword = input.password === '' ? generatePassword() : undefined
  const account: NewAccount = {
    username: input.username,
    displayName: input.displayName,
    email: input.email,
    role: (role ?? input.role) as NewAccount['role'],
    provinceCode: role === 'province' ? input.provinceCode : undefined,
    dlaCode: role === 'lgu' ? input.dlaCode : undefined,
    password: generatedPassword ?? input.password,
  }
  if (role === 'lgu' && input.dlaCode.trim() !== '' && !findOrganisationInScope(db, staff.scope, input.dlaCode))
    errors.dlaCode = 'unknownOrganisation'
  if (Object.keys(errors).length > 0) {
    const problems = problemsOf(db, account)
    // Without a role the creator manages, the scope fields mean nothing yet.
    if (!role) for (const field of ['provinceCode', 'dlaCode']) delete problems[field]
    return { ok: false, errors: { ...problems, ...errors } }
  }

  const result = await createAccount(db, account, now, { mustChangePassword: true })
  if (!result.ok) return result
  const user = findManagedUser(db, staff.scope, result.user.id)
  if (!user) throw new Error(`created user ${result.user.id} is outside the creator's scope`)
  return { ok: true, user, generatedPassword }
}
