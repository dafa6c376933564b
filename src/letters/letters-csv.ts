/**
 * The same letters as a CSV for mail merge or the e-saraban system: one row per
 * letter in the PDF's order, UTF-8 with a BOM so Excel shows the Thai.
 */
import type { Readable } from 'node:stream'
import type { ActivationLetter } from '../accounts/onboarding.js'
import { csvStream } from '../exports/csv.js'
import type { LetterContent } from './activation-letter.js'

export const LETTER_CSV_HEADER = [
  'province_code',
  'province',
  'district',
  'dla_code',
  'addressee',
  'username',
  'activation_code',
  'activation_link',
  'activation_form',
  'valid_until',
  'valid_until_iso',
  'contact',
]

export function lettersCsvStream(letters: { letter: ActivationLetter; content: LetterContent }[]): Readable {
  return csvStream(
    LETTER_CSV_HEADER,
    letters.map(({ letter, content }) => [
      letter.provinceCode,
      letter.provinceNameTh,
      letter.districtNameTh ?? '',
      letter.organisation?.dlaCode ?? '',
      content.addressee,
      letter.username,
      content.code,
      content.link,
      content.formUrl,
      content.expiry,
      new Date(letter.expiresAt - 1).toISOString(),
      content.contact,
    ]),
    'people',
  )
}
