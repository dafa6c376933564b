/**
 * What a member of staff may see: the whole country, one province, or one
 * organisation. Every staff query takes a scope, so an id from another scope
 * simply finds nothing (404), and nothing leaks.
 */
import type { StaffRole } from './staff-roles.js'

export type Scope =
  { kind: 'national' } | { kind: 'province'; provinceCode: string } | { kind: 'organisation'; organisationId: number }

export type ScopedUser = { role: StaffRole; provinceCode: string | null; organisationId: number | null }

export function scopeOf(user: ScopedUser): Scope {
  if (user.role === 'dla') return { kind: 'national' }
  if (user.role === 'province' && user.provinceCode) return { kind: 'province', provinceCode: user.provinceCode }
  if (user.role === 'lgu' && user.organisationId !== null) return { kind: 'organisation', organisationId: user.organisationId }
  throw new Error(`user has role ${user.role} but no matching scope`)
}

export function scopeIncludes(scope: Scope, organisation: { id: number; provinceCode: string }): boolean {
  if (scope.kind === 'national') return true
  if (scope.kind === 'province') return organisation.provinceCode === scope.provinceCode
  return organisation.id === scope.organisationId
}

/** Roles a user may create or manage: DLA manages everyone, a province its LGU officers. */
export function manageableRoles(role: StaffRole): StaffRole[] {
  if (role === 'dla') return ['dla', 'province', 'lgu']
  if (role === 'province') return ['lgu']
  return []
}

/**
 * A scope as a URL, a file or an API answer writes it (`scope=`): `national`,
 * `province:<DOPA province code, 2 digits>` or `organisation:<DLA code, 7 digits>`.
 * The API, the results export and the raw export all read it with `parseScopeKey`;
 * each then decides whether the caller may have it, and turns the codes into ids.
 */
export type ScopeKey =
  { kind: 'national' } | { kind: 'province'; provinceCode: string } | { kind: 'organisation'; dlaCode: string }

/** The grammar as a regular expression, for the OpenAPI document. */
export const SCOPE_KEY_PATTERN = '^(national|province:[0-9]{2}|organisation:[0-9]{7})$'

const SCOPE_KEY = /^(?:(national)|province:([0-9]{2})|organisation:([0-9]{7}))$/

/**
 * @example
 * parseScopeKey('province:81')          // { kind: 'province', provinceCode: '81' }
 * parseScopeKey('organisation:4810102') // { kind: 'organisation', dlaCode: '4810102' }
 * parseScopeKey('province:081')         // undefined
 */
export function parseScopeKey(text: string): ScopeKey | undefined {
  const match = SCOPE_KEY.exec(text)
  if (!match) return undefined
  const [, national, provinceCode, dlaCode] = match
  if (national) return { kind: 'national' }
  return provinceCode ? { kind: 'province', provinceCode } : { kind: 'organisation', dlaCode: dlaCode! }
}

/** The key's text, the inverse of `parseScopeKey`. */
export function formatScopeKey(key: ScopeKey): string {
  if (key.kind === 'national') return 'national'
  return key.kind === 'province' ? `province:${key.provinceCode}` : `organisation:${key.dlaCode}`
}
