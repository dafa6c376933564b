/**
 * Free text from residents is shown to staff and written to files. Characters
 * that draw nothing but change what is seen — bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make a comment read backwards or
 * disguise a link, and zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
 * which can hide words from a search or split them — are removed before it is
 * stored. Everything else is kept as written.
 */
const HIDDEN_FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g

export function withoutHiddenFormatting(text: string): string {
  return text.replace(HIDDEN_FORMATTING, '')
}
