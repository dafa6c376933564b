/**
 * What is wrong with an account, in words: `createAccount` and the account
 * forms report each problem as a key (`{ dlaCode: 'unknownOrganisation' }`),
 * and the users pages say it in words.
 */
import type { Translate } from '../i18n/messages.js'
import type { UsersKey } from '../i18n/staff/users.js'
import { MIN_PASSWORD_LENGTH } from '../security/password.js'

const PROBLEMS = new Set([
  'username',
  'usernameTaken',
  'displayName',
  'displayNameInvisible',
  'email',
  'role',
  'provinceCode',
  'unknownProvince',
  'dlaCode',
  'unknownOrganisation',
  'password',
  'self',
])

/** Problem keys as the words the summary and the fields show. */
export function errorTexts(t: Translate<UsersKey>, errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, problem] of Object.entries(errors)) {
    const key = PROBLEMS.has(problem) ? problem : field
    out[field] = PROBLEMS.has(key) ? t(`users.error.${key}` as UsersKey, { min: MIN_PASSWORD_LENGTH }) : problem
  }
  return out
}
