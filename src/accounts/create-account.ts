/**
 * Creating a staff account, shared by `npm run user:create` and the users
 * page: one set of rules for usernames, scopes and passwords.
 */
import { z } from 'zod'
import type { Db } from '../db/client.js'
import { findOrganisationInScope, provinceExists } from '../db/queries/staff-users.js'
import { createUser, usernameTaken, type StaffUser } from '../db/queries/users.js'
import { showableName } from '../domain/names.js'
import { STAFF_ROLES } from '../domain/staff-roles.js'
import { hashPassword, MIN_PASSWORD_LENGTH, type PasswordCost } from '../security/password.js'

/** The name an account is shown by, on its own pages and in the audit log. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'displayName')
  .max(200, 'displayName')
  .superRefine(showableName('displayNameInvisible'))

export const newAccountSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._@-]{3,64}$/, 'username'),
    displayName: displayNameSchema,
    email: z.union([z.literal(''), z.email('email')]).optional(),
    role: z.enum(STAFF_ROLES, 'role'),
    provinceCode: z.string().trim().optional(),
    /** An organisation by its DLA code, as people know it. */
    dlaCode: z.string().trim().optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH, 'password').max(1000, 'password'),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'province' && !v.provinceCode)
      ctx.addIssue({ code: 'custom', path: ['provinceCode'], message: 'provinceCode' })
    if (v.role === 'lgu' && !v.dlaCode) ctx.addIssue({ code: 'custom', path: ['dlaCode'], message: 'dlaCode' })
  })

export type NewAccount = z.input<typeof newAccountSchema>
/** Each error is the name of the field at fault; callers turn it into words. */
export type AccountResult = { ok: true; user: StaffUser } | { ok: false; errors: Record<string, string> }

/**
 * `mustChangePassword`: someone other than the owner saw the password (a form, the command line).
 * `passwordCost`: only tests set it, to make their many accounts cheaply.
 */
export async function createAccount(
  db: Db,
  input: NewAccount,
  now = new Date(),
  options: { mustChangePassword?: boolean; passwordCost?: PasswordCost } = {},
): Promise<AccountResult> {
  const parsed = newAccountSchema.safeParse(input)
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return { ok: false, errors }
  }
  const v = parsed.data
  const errors: Record<string, string> = {}
  if (usernameTaken(db, v.username)) errors.username = 'usernameTaken'
  let organisationId: number | null = null
  if (v.role === 'province' && !provinceExists(db, v.provinceCode ?? '')) errors.provinceCode = 'unknownProvince'
  if (v.role === 'lgu') {
    const org = findOrganisationInScope(db, { kind: 'national' }, v.dlaCode ?? '')
    if (!org) errors.dlaCode = 'unknownOrganisation'
    organisationId = org?.id ?? null
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const user = createUser(
    db,
    {
      username: v.username,
      displayName: v.displayName,
      email: v.email || null,
      passwordHash: await hashPassword(v.password, options.passwordCost),
      role: v.role,
      provinceCode: v.role === 'province' ? (v.provinceCode ?? null) : null,
      organisationId,
      mustChangePassword: options.mustChangePassword ?? false,
    },
    now,
  )
  return { ok: true, user }
}
