/**
 * The raw responses export: one CSV row per response, for analysts. Fixed
 * columns first (round, organisation, service point, service, day and hour in
 * Bangkok, channel, flag), then one column per questionnaire item, by item id.
 * For programs a multiple choice is its values joined with `;` in the
 * questionnaire's order and "not applicable" is `na`; for people every answer
 * is in Thai words. A skipped item is empty, free text comes masked. Nothing finer than the hour, and no response id: the file
 * identifies no one.
 *
 * Streamed: rows are read only as fast as the client takes them (see
 * `readRawResponsePages`), so a million rows need no more memory than ten.
 *
 * @example
 * const csv = rawResponsesCsv(db, { roundId: 3, scope: { kind: 'national' }, definition, audience: 'people' })
 * return c.body(Readable.toWeb(csv) as ReadableStream, 200, { 'Content-Type': CSV_CONTENT_TYPE })
 */
import type { Readable } from 'node:stream'
import type { Db } from '../db/client.js'
import { readRawResponsePages, type RawExportScope, type RawResponse } from '../db/queries/raw-responses.js'
import { allItems, type Definition } from '../domain/questionnaire/definition.js'
import { bangkokHour } from '../domain/thai-time.js'
import { rawExportTranslator } from '../i18n/staff/raw-export.js'
import { csvStreamOfBlocks, type CsvAudience } from './csv.js'
import { neutraliseCell } from './spreadsheet-safe.js'

export const RAW_FIXED_COLUMNS = [
  'round_id',
  'dla_code',
  'service_point_code',
  'service_id',
  'service_name',
  'submitted_hour',
  'channel',
  'flagged',
  'flag_reason',
] as const

/**
 * An item's column code: its id, unless a fixed column already has that name
 * (an uploaded questionnaire may call an item `channel`); then `item:<id>`,
 * which no item id can be, since ids have no colon.
 */
export function itemColumnCode(itemId: string): string {
  return (RAW_FIXED_COLUMNS as readonly string[]).includes(itemId) ? `item:${itemId}` : itemId
}

/** Column codes for machines; for people, the Thai words with the code after them. */
export function rawResponsesHeader(definition: Definition, audience: CsvAudience): string[] {
  const t = rawExportTranslator('th')
  const people = audience === 'people'
  return [
    ...RAW_FIXED_COLUMNS.map((code) => (people ? `${t(`rawExport.col.${code}`)} (${code})` : code)),
    ...allItems(definition).map((item) => (people ? `${item.text.th} (${itemColumnCode(item.id)})` : itemColumnCode(item.id))),
  ]
}

const FIXED = RAW_FIXED_COLUMNS.length

/**
 * Turns each response into its cells; built once per file, as it is called for every row.
 * For people the text cells go through the formula guard, as the file opens in a
 * spreadsheet; programs get the text as written.
 */
export function rawResponseRow(
  definition: Definition,
  roundId: number,
  audience: CsvAudience,
): (r: RawResponse) => (string | number)[] {
  const guard = audience === 'people' ? neutraliseCell<string> : (text: string) => text
  const items = allItems(definition)
  // A multiple choice comes as stored (the order ticked); the file lists it in the questionnaire's order.
  const sorters = items.flatMap((item, i) => {
    if (item.kind !== 'multiple') return []
    const rank = new Map(item.options.map((o, k) => [o.value, k]))
    return [{ i, compare: (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) }]
  })
  // Remembered per file: a round has some thousands of hours, a file millions of rows.
  const hours = new Map<number, string>()
  const hourOf = (ms: number) => {
    let hour = hours.get(ms)
    if (hour === undefined) {
      if (hours.size >= 50_000) hours.clear()
      hours.set(ms, (hour = bangkokHour(ms)))
    }
    return hour
  }
  const answerWords = audience === 'people' ? answersInWords(definition) : []
  // Only the service's name and free text are written by people: every other cell is a number, a code or an option value.
  const texts = items.flatMap((item, i) => (item.kind === 'text' ? [FIXED + i] : []))
  return (r) => {
    const values = r.values
    for (const { i, compare } of sorters) if (values[i]!.includes(';')) values[i] = values[i]!.split(';').sort(compare).join(';')
    const row = new Array<string | number>(FIXED + values.length)
    row[0] = roundId
    row[1] = r.dlaCode
    row[2] = r.servicePointCode
    row[3] = r.serviceId ?? ''
    row[4] = guard(r.serviceNameTh ?? '')
    row[5] = hourOf(r.submittedHour)
    row[6] = r.channel
    row[7] = r.flagReason ? 'yes' : 'no'
    row[8] = r.flagReason ?? ''
    for (let i = 0; i < values.length; i++) row[FIXED + i] = values[i]!
    for (const { i, words } of answerWords) {
      const value = values[i]!
      if (value !== '')
        row[FIXED + i] =
          words.get(value) ??
          value
            .split(';')
            .map((v) => words.get(v) ?? v)
            .join('; ')
    }
    for (const i of texts) row[i] = guard(row[i] as string)
    return row
  }
}

/**
 * For people, each answer in the questionnaire's Thai words: a rating as its level and words
 * ("5 มากที่สุด", so a sort keeps the order), "not applicable" as the scale says it, a choice as its label,
 * several choices joined by "; ". Programs keep the codes.
 */
function answersInWords(definition: Definition): { i: number; words: Map<string, string> }[] {
  return allItems(definition).flatMap((item, i) => {
    if (item.kind === 'rating') {
      const scale = definition.scales[item.scale]!
      const words = new Map(scale.levels.map((level) => [String(level.value), `${level.value} ${level.label.th}`]))
      if (scale.notApplicableLabel) words.set('na', scale.notApplicableLabel.th)
      return [{ i, words }]
    }
    if (item.kind === 'single' || item.kind === 'multiple')
      return [{ i, words: new Map(item.options.map((o) => [o.value, o.label.th])) }]
    return []
  })
}

/** What the raw reader needs to know of the questionnaire: its items in form order, and which are free text. */
export function itemsToRead(definition: Definition): { itemIds: string[]; textItemIds: string[] } {
  const items = allItems(definition)
  return {
    itemIds: items.map((item) => item.id),
    textItemIds: items.filter((item) => item.kind === 'text').map((item) => item.id),
  }
}

export type RawResponsesExport = { roundId: number; scope: RawExportScope; definition: Definition; audience: CsvAudience }

async function* pagesOf(pages: AsyncIterable<RawResponse[]>, toRow: (r: RawResponse) => (string | number)[]) {
  for await (const page of pages) yield page.map(toRow)
}

/**
 * The whole export as a CSV stream. For people, the text cells people wrote go
 * through the formula-injection guard in `rawResponseRow`, the header in
 * `csvStreamOfBlocks`. The rows are those stored when this is called.
 */
export function rawResponsesCsv(db: Db, e: RawResponsesExport): Readable {
  const pages = readRawResponsePages(db, { roundId: e.roundId, scope: e.scope, ...itemsToRead(e.definition) })
  const rows = pagesOf(pages, rawResponseRow(e.definition, e.roundId, e.audience))
  return csvStreamOfBlocks(rawResponsesHeader(e.definition, e.audience), rows, e.audience, { rowsGuarded: true })
}
