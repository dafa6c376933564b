/**
 * A dataset's data dictionary: one entry per column, in file order, with the
 * code (the CSV-for-programs header and the JSON key), Thai and English name
 * and description, unit, type and decimals: the CSV for Excel writes every
 * decimal figure with exactly that many, as the results pages print it (4.50);
 * the CSV for programs and the JSON give the same figure as a plain number (4.5).
 */
import { PAGE_DECIMALS } from '../../exports/people-numbers.js'
import type { ResultColumn } from '../../results/result-columns.js'

export const DICTIONARY_HEADER = [
  'code',
  'label_th',
  'label_en',
  'description_th',
  'description_en',
  'unit_th',
  'unit_en',
  'type',
  'decimals',
] as const

export type DictionaryRecord = {
  code: string
  label_th: string
  label_en: string
  description_th: string
  description_en: string
  unit_th: string | null
  unit_en: string | null
  type: 'text' | 'integer' | 'decimal'
  /** Decimal places of a number column; null for text. */
  decimals: number | null
}

export function dictionaryRecords(columns: readonly ResultColumn<never>[]): DictionaryRecord[] {
  return columns.map((c) => ({
    code: c.code,
    label_th: c.label.th,
    label_en: c.label.en,
    description_th: c.description.th,
    description_en: c.description.en,
    unit_th: c.unit?.th ?? null,
    unit_en: c.unit?.en ?? null,
    type: c.kind,
    decimals: c.kind === 'decimal' ? PAGE_DECIMALS : c.kind === 'integer' ? 0 : null,
  }))
}
