import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/** Fields the form carries besides the answers. Item ids cannot start with "_", so these never clash. */
export const CONTROL_FIELDS = ['_token', '_lang', '_website'] as const

export type SurveyForm = {
  token?: string
  lang?: string
  /** The honeypot: people never see it, so anything here came from a bot. */
  honeypot: string
  /** Every other field, by name, in the order sent. */
  fields: Record<string, string[]>
}

/**
 * hono's bodyLimit, with the usual case answered from the headers alone: a
 * body announced by Content-Length (not chunked) cannot be longer than that,
 * since Node's HTTP parser hands on exactly that many bytes, so the number is
 * compared and the body left alone. hono's bodyLimit would first look at
 * `req.raw.body`, which makes @hono/node-server wrap the socket in a web
 * Request and stream (about a tenth of a submission's CPU) instead of reading
 * it straight. Chunked bodies still go through bodyLimit, which counts as it reads.
 */
export function formBodyLimit(options: { maxSize: number; onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler {
  const counting = bodyLimit(options)
  return async (c, next) => {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counting(c, next)
    if (Number.parseInt(length, 10) > options.maxSize) return options.onError(c)
    await next()
  }
}

/**
 * Reads a survey POST. Only `application/x-www-form-urlencoded` is a survey
 * form; anything else is refused before it is read. The body size is capped by
 * the body-limit middleware in front of this.
 */
export async function readSurveyForm(c: Context): Promise<{ ok: true; form: SurveyForm } | { ok: false; status: 415 }> {
  if (!isFormBody(c.req.header('content-type'))) return { ok: false, status: 415 }
  return { ok: true, form: parseSurveyForm(await c.req.text()) }
}

export const isFormBody = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'

/** A survey form from its url-encoded body. */
export function parseSurveyForm(body: string): SurveyForm {
  // No prototype: a field named "__proto__" or "constructor" is just another unknown field.
  const fields: Record<string, string[]> = Object.create(null)
  for (const [name, value] of new URLSearchParams(body)) (fields[name] ??= []).push(value)
  const first = (name: string) => fields[name]?.[0]
  const form = { token: first('_token'), lang: first('_lang'), honeypot: (fields._website ?? []).join('').trim(), fields }
  for (const name of CONTROL_FIELDS) delete fields[name]
  return form
}

/** Names sent that the form never had: a tampered or stale form. */
export function unexpectedFields(fields: Record<string, string[]>, fieldNames: ReadonlySet<string>): string[] {
  return Object.keys(fields).filter((name) => !fieldNames.has(name))
}
