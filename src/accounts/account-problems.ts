/**
 * What is wrong with an account, in words: `createAccount` and the account
 * forms report each problem as a key (`{ dlaCode: 'unknownOrganisation' }`);
 * the users pages and `npm run user:create` say it the same way.
 */
import type { Translate } from '../i18n/messages.js'
import { usersTranslator, type UsersKey } from '../i18n/staff/users.js'
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

/** The command line's option for each field of an account. */
const CLI_OPTIONS: Record<string, string> = {
  username: '--username',
  displayName: '--name',
  email: '--email',
  role: '--role',
  provinceCode: '--province',
  dlaCode: '--organisation',
  password: '--password',
}

/** One line per problem for `npm run user:create`, naming the option, in English and in Thai. */
export function commandLineProblems(errors: Record<string, string>): string[] {
  const en = errorTexts(usersTranslator('en'), errors)
  const th = errorTexts(usersTranslator('th'), errors)
  return Object.keys(errors).map((field) => `${CLI_OPTIONS[field] ?? field}: ${en[field]} (${th[field]})`)
}
