/**
 * Errors on /api are always JSON: `{ error, message }` with a short stable code
 * a program can branch on and words a person can read. Never an HTML page.
 *
 * @example
 * return apiError(c, 404, 'not_found', 'No round with this id in your scope.')
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'

export type ApiErrorCode = 'invalid_token' | 'bad_request' | 'not_found' | 'method_not_allowed' | 'server_error'

export type ApiErrorBody = { error: ApiErrorCode; message: string; issues?: { path: string; message: string }[] }

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  error: ApiErrorCode,
  message: string,
  issues?: ApiErrorBody['issues'],
) {
  c.header('Cache-Control', 'no-store')
  const body: ApiErrorBody = issues ? { error, message, issues } : { error, message }
  return c.json(body, status)
}

/** A 400 listing zod's issues as `{ path, message }`, one per problem. */
export function badRequest(c: Context, error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  return apiError(c, 400, 'bad_request', 'The request parameters are not valid.', issues)
}
