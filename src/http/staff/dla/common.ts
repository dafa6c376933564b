/**
 * Small helpers shared by the DLA officer's routes: the page's words, ids and
 * page numbers from the URL, and redirects that also work for htmx requests.
 */
import type { ErrorLink } from '../../../../views/components/error-summary.js'
import { dlaTranslator } from '../../../i18n/staff/dla.js'
import type { StaffContext } from '../context.js'
import { staffLocale } from '../render.js'

export function dlaWords(c: StaffContext) {
  const locale = staffLocale(c)
  return { locale, t: dlaTranslator(locale) }
}

/** A positive integer id from the path, or undefined (the caller answers 404). */
export function idParam(c: StaffContext, name = 'id'): number | undefined {
  const raw = c.req.param(name) ?? ''
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined
}

export function pageParam(c: StaffContext): number {
  const raw = c.req.query('page') ?? ''
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1
}

/**
 * Post/Redirect/Get. An htmx request (upload progress, the import's working
 * indicator) is told to navigate instead, so the browser shows the new page.
 */
export function seeOther(c: StaffContext, location: string) {
  if (c.req.header('hx-request') === 'true') {
    c.header('HX-Redirect', location)
    return c.body(null, 200)
  }
  return c.redirect(location, 303)
}

/** GOV.UK summary links: each error points at its field, in the order the fields appear. */
export function errorLinks(errors: Record<string, string>, order: string[]): ErrorLink[] {
  const names = [...order.filter((name) => name in errors), ...Object.keys(errors).filter((name) => !order.includes(name))]
  return names.map((name) => ({ href: `#${name}`, text: errors[name]! }))
}

/** Form values as single strings (the first of repeated fields) and lists. */
export type FormBody = Record<string, string | File | (string | File)[]>

export const field = (body: FormBody, name: string): string => {
  const value = [body[name]].flat()[0]
  return typeof value === 'string' ? value : ''
}

export const fieldList = (body: FormBody, name: string): string[] =>
  [body[name]].flat().filter((v): v is string => typeof v === 'string')

export const fileOf = (body: FormBody, name: string): File | undefined => {
  const value = [body[name]].flat()[0]
  return value instanceof File && value.size > 0 ? value : undefined
}

/** "1.2 MB", for telling people how big their file was. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
