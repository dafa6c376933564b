import { eq, sql, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import { organisations } from '../schema.js'

/**
 * The SQL condition that keeps a query on `organisations` inside a scope. Use it
 * in every staff query that reaches an organisation, directly or by a join.
 */
export function organisationInScope(scope: Scope): SQL {
  if (scope.kind === 'national') return sql`1 = 1`
  if (scope.kind === 'province') return eq(organisations.provinceCode, scope.provinceCode)
  return eq(organisations.id, scope.organisationId)
}
