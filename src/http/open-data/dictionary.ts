/**
 * A dataset's data dictionary: one entry per column, in file order, with the
 * code (the CSV-for-programs header and the JSON key), Thai and English name
 * and description, unit and type.
 */
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
  }))
}
