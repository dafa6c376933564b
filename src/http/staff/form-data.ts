import type { Context } from 'hono'
import type { z } from 'zod'

/** Field errors keyed by field name, as the views expect them. */
export type FieldErrors = Record<string, string>

/**
 * Reads a staff form and validates it with a zod schema. Zod messages are
 * message keys, translated by the caller, so the summary and the inline
 * messages say the same thing.
 */
export async function readForm<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<
  { ok: true; data: z.infer<S>; raw: Record<string, string> } | { ok: false; errors: FieldErrors; raw: Record<string, string> }
> {
  const body = await c.req.parseBody({ all: true })
  const raw: Record<string, string> = Object.create(null)
  for (const [name, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value
    if (typeof first === 'string') raw[name] = first
  }
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data, raw }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form')
    errors[field] ??= issue.message
  }
  return { ok: false, errors, raw }
}
