/**
 * Onboarding by activation letter: one account for every organisation (or
 * province) that has none, each with a one-time code, and new codes for
 * accounts whose letter was lost or whose officer forgot the password. The
 * codes come back in plaintext for the letters and are never stored.
 */
import type { Db } from '../db/client.js'
import {
  insertOnboardedUsers,
  letterRecipients,
  organisationsWithoutOfficer,
  provincesWithoutOfficer,
  replaceActivationCodes,
  usernamesStartingWith,
  type LetterRecipient,
} from '../db/queries/activation.js'
import { activationExpiry, onboardingUsername, type OnboardedRole } from '../domain/activation.js'
import { organisationDisplayName } from '../domain/organisation-types.js'
import type { Scope } from '../domain/scope.js'
import { generateActivationCode, hashActivationCode } from '../security/activation-code.js'
import { UNUSABLE_PASSWORD_HASH } from '../security/password.js'

/** One letter: its addressee, the code to print, when it stops working. */
export type ActivationLetter = LetterRecipient & { code: string; expiresAt: number; issuedAt: number }

/** Which accounts to make: LGU officers of some provinces (or all), or provincial officers of every province. */
export type OnboardingTarget = { role: 'lgu'; provinceCodes: string[] | 'all' } | { role: 'province' }

const newCode = () => {
  const code = generateActivationCode()
  return { code, codeHash: hashActivationCode(code) }
}

export function onboard(db: Db, target: OnboardingTarget, days: number, now: number): ActivationLetter[] {
  const addressees = target.role === 'lgu' ? organisationsWithoutOfficer(db, target.provinceCodes) : provincesWithoutOfficer(db)
  if (addressees.length === 0) return []
  const role: OnboardedRole = target.role
  const taken = usernamesStartingWith(db, `${role}-`)
  const expiresAt = activationExpiry(now, days)
  const accounts = addressees.map((a) => {
    const username = onboardingUsername(role, a.organisation?.dlaCode ?? a.provinceCode, taken)
    taken.add(username)
    const { code, codeHash } = newCode()
    const displayName = a.organisation
      ? organisationDisplayName(a.organisation.type, a.organisation.nameTh, 'th')
      : `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด${a.provinceNameTh}`
    return { a, code, row: { username, displayName, passwordHash: UNUSABLE_PASSWORD_HASH, role, codeHash } }
  })
  const ids = insertOnboardedUsers(
    db,
    accounts.map(({ a, row }) => ({
      username: row.username,
      displayName: row.displayName,
      passwordHash: row.passwordHash,
      role,
      provinceCode: a.provinceCode,
      organisationId: a.organisation?.id ?? null,
      activationCodeHash: row.codeHash,
      activationExpiresAt: expiresAt,
    })),
    now,
  )
  return accounts.map(({ a, code, row }, i) => ({
    ...a,
    userId: ids[i]!,
    username: row.username,
    role,
    code,
    expiresAt,
    issuedAt: now,
  }))
}

/** New letters for the chosen accounts inside the scope; each old code dies in the same write. */
export function reissue(db: Db, scope: Scope, filter: Parameters<typeof letterRecipients>[2], days: number, now: number) {
  const recipients = letterRecipients(db, scope, filter)
  const expiresAt = activationExpiry(now, days)
  const letters: ActivationLetter[] = recipients.map((r) => ({ ...r, code: generateActivationCode(), expiresAt, issuedAt: now }))
  replaceActivationCodes(
    db,
    letters.map((l) => ({ userId: l.userId, codeHash: hashActivationCode(l.code) })),
    expiresAt,
    now,
  )
  return letters
}
