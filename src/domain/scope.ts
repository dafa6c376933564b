/**
 * What a member of staff may see: the whole country, one province, or one
 * organisation. Every staff query takes a scope, so an id from another scope
 * simply finds nothing (404), and nothing leaks.
 */
import type { StaffRole } from '../db/schema.js'

export type Scope =
  | { kind: 'national' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'organisation'; organisationId: number }

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
