/**
 * The API's `scope` query parameter, in the one grammar of `parseScopeKey`. A
 * caller may narrow its own scope, never widen it: anything outside is "not
 * found", exactly as for a code that does not exist, so the API never confirms
 * what lies beyond the token's reach. A malformed key is a 400.
 *
 * @example
 * resolveScope(db, { kind: 'province', provinceCode: '81' }, 'organisation:4810102') // { kind: 'organisation', ... }
 * resolveScope(db, { kind: 'province', provinceCode: '81' }, 'province:50')          // undefined → 404
 */
import { z } from 'zod'
import type { Db } from '../../db/client.js'
import { dlaCodeOf, organisationByCode, provinceExists } from '../../db/queries/organisation-directory.js'
import { formatScopeKey, parseScopeKey, scopeIncludes, type Scope } from '../../domain/scope.js'

export const scopeParam = z
  .string()
  .refine(
    (text) => parseScopeKey(text) !== undefined,
    'Use national, province:<2-digit province code> or organisation:<7-digit DLA code>.',
  )
  .optional()

/** The scope asked for, if the caller may see it; the caller's own scope when none is asked for. */
export function resolveScope(db: Db, caller: Scope, asked: string | undefined): Scope | undefined {
  if (asked === undefined) return caller
  const key = parseScopeKey(asked)
  if (!key) return undefined
  if (key.kind === 'national') return caller.kind === 'national' ? caller : undefined
  if (key.kind === 'province') {
    const { provinceCode } = key
    if (caller.kind === 'organisation' || !provinceExists(db, provinceCode)) return undefined
    return caller.kind === 'national' || caller.provinceCode === provinceCode ? { kind: 'province', provinceCode } : undefined
  }
  const org = organisationByCode(db, key.dlaCode)
  return org && scopeIncludes(caller, org) ? { kind: 'organisation', organisationId: org.id } : undefined
}

/** How a scope is written in responses. */
export function scopeLabel(db: Db, scope: Scope): string {
  if (scope.kind === 'national') return formatScopeKey(scope)
  if (scope.kind === 'province') return formatScopeKey(scope)
  return formatScopeKey({ kind: 'organisation', dlaCode: dlaCodeOf(db, scope.organisationId) ?? '' })
}
