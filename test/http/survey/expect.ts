/**
 * Expectations shared by the survey journey tests. Expected tallies are worked
 * out from the payload a test sends, never read back from the app.
 */
import { expect } from 'vitest'
import type { Db } from '../../../src/db/client.js'
import { allItems, type Definition } from '../../../src/domain/questionnaire/definition.js'
import { HOUR, type Fields } from '../../helpers/survey-fixture.js'
import { readPage, type Page } from '../html.js'

/** Thailand is UTC+7 all year; a Thai office's day is the Bangkok calendar day. */
export const bangkokDayOf = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 10)

const valuesOf = (value: string | string[]) => (Array.isArray(value) ? value : [value])
const answerFields = (fields: Fields) => Object.entries(fields).filter(([name]) => !name.startsWith('_'))

/**
 * What one stored response adds to the answer tallies, as `item=value → count`:
 * +1 per chosen value (one per ticked checkbox), free text as "*" whatever it says.
 */
export function expectedTallies(definition: Definition, fields: Fields): Record<string, number> {
  const kinds = new Map(allItems(definition).map((item) => [item.id, item.kind]))
  const out: Record<string, number> = {}
  for (const [id, value] of answerFields(fields)) {
    const given = [
      ...new Set(
        valuesOf(value)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ]
    if (kinds.get(id) === 'text') {
      if (given.length > 0) out[`${id}=*`] = 1
      continue
    }
    for (const v of given) out[`${id}=${v}`] = (out[`${id}=${v}`] ?? 0) + 1
  }
  return out
}

/** The answers table rows a response should have: one per chosen value, free text verbatim. */
export function expectedAnswerRows(fields: Fields): string[] {
  return answerFields(fields)
    .flatMap(([id, value]) => valuesOf(value).map((v) => `${id}=${v}`))
    .sort()
}

type TallyTable = 'answer_tallies' | 'answer_tallies_monthly'

/** Summed counts by `item=value`, optionally narrowed by a where clause. */
export function tallyTotals(db: Db, table: TallyTable, where = '1 = 1', ...params: unknown[]): Record<string, number> {
  const rows = db.$client
    .prepare(`select item_id || '=' || value as k, sum(count) as n from ${table} where ${where} group by item_id, value`)
    .all(...params) as { k: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.k, r.n]))
}

/** after − before, keeping only what changed. */
export function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const change = (after[key] ?? 0) - (before[key] ?? 0)
    if (change !== 0) out[key] = change
  }
  return out
}

export function rows<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return db.$client.prepare(sql).all(...params) as T[]
}

/** A plain status page: the status, Thai, and its heading as the h1. */
export async function expectStatusPage(res: Response, status: number, heading: string): Promise<Page> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  const view = readPage(await res.text())
  expect(view.lang).toBe('th')
  expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe(heading)
  expect(view.allByRole('form')).toEqual([])
  return view
}

/** The survey form shown again with a form-level problem in the alert, and a fresh token. */
export async function expectFormAgain(res: Response, status: number, message: string): Promise<Page> {
  expect(res.status).toBe(status)
  const view = readPage(await res.text())
  expect(view.title.startsWith('ข้อผิดพลาด: ')).toBe(true)
  const summary = view.getByRole('alert', { name: 'มีข้อผิดพลาด' })
  expect(view.text(summary)).toContain(message)
  expect(view.allByRole('form')).toHaveLength(1)
  expect(view.controls('_token')[0]?.attrs.value).toMatch(/\S{20,}/)
  return view
}

/** The text inside a textarea, exactly as the page carries it. */
export function textareaValue(view: Page, id: string): string | undefined {
  const el = view.byId(id)
  return el?.tag === 'textarea' ? el.children.filter((c) => typeof c === 'string').join('') : undefined
}

/** Every answer sent is still there: choices checked (and nothing else), free text kept. */
export function expectAnswersKept(view: Page, definition: Definition, fields: Fields): void {
  const textItems = new Set(
    allItems(definition)
      .filter((i) => i.kind === 'text')
      .map((i) => i.id),
  )
  const choices: Record<string, string[]> = {}
  for (const [id, value] of answerFields(fields)) {
    if (textItems.has(id)) expect(textareaValue(view, id), id).toBe(valuesOf(value).join('\n'))
    else choices[id] = valuesOf(value)
  }
  expect(view.checkedValues()).toEqual(choices)
}
