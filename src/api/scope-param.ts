/**
 * The `scope` query parameter: `national`, `province:<code>` or
 * `organisation:<dlaCode>`. A caller may narrow its own scope, never widen it:
 * anything outside is "not found", exactly as for a code that does not exist,
 * so the API never confirms what lies beyond the token's reach.
 *
 * @example
 * resolveScope(db, { kind: 'province', provinceCode: '81' }, 'organisation:4810102') // { kind: 'organisation', ... }
 * resolveScope(db, { kind: 'province', provinceCode: '81' }, 'province:50')          // undefined → 404
 */
import { z } from 'zod'
import type { Db } from '../db/client.js'
import { scopeIncludes, type Scope } from '../domain/scope.js'
import { dlaCodeOf, organisationByCode, provinceExists } from './organisations.js'

export const SCOPE_PATTERN = '^(national|province:[0-9]{2}|organisation:[0-9]{7})$'

export const scopeParam = z
  .string()
  .regex(new RegExp(SCOPE_PATTERN), 'Use national, province:<2-digit province code> or organisation:<7-digit DLA code>.')
  .optional()

/** The scope asked for, if the caller may see it; the caller's own scope when none is asked for. */
export function resolveScope(db: Db, caller: Scope, asked: string | undefined): Scope | undefined {
  if (asked === undefined) return caller
  const [kind, code = ''] = asked.split(':')
  if (kind === 'national') return caller.kind === 'national' ? caller : undefined
  if (kind === 'province') {
    if (caller.kind === 'organisation' || !provinceExists(db, code)) return undefined
    return caller.kind === 'national' || caller.provinceCode === code ? { kind: 'province', provinceCode: code } : undefined
  }
  const org = organisationByCode(db, code)
  return org && scopeIncludes(caller, org) ? { kind: 'organisation', organisationId: org.id } : undefined
}

/** How a scope is written in the parameter and in responses. */
export function scopeLabel(db: Db, scope: Scope): string {
  if (scope.kind === 'national') return 'national'
  if (scope.kind === 'province') return `province:${scope.provinceCode}`
  return `organisation:${dlaCodeOf(db, scope.organisationId) ?? ''}`
}
