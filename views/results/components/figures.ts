/**
 * How result figures are written on every results page: 2 decimals the way Thai tables print
 * them (rounded half away from zero by the engine's `round2`, never by `toLocaleString`, which
 * would turn 4.555 into 4.55), grouped digits for counts, and a dash for what cannot be computed.
 *
 * @example
 * fixed2(4.28301886) // "4.28"
 * count(2862)        // "2,862"
 */
import { round2 } from '../../../src/domain/scoring/index.js'
import { formatCount, formatDecimal } from '../../../src/i18n/format.js'
import type { Localized } from '../../../src/domain/questionnaire/definition.js'
import type { Locale } from '../../../src/i18n/messages.js'

/** A figure to 2 decimals: "85.66", "1,234.50". */
export const fixed2 = (x: number): string => formatDecimal(round2(x), 2)

/** A figure to 2 decimals, or "–" when there is none (S.D. of one answer). */
export const fixed2OrDash = (x: number | null): string => (x === null ? '–' : fixed2(x))

export const count = (n: number): string => formatCount(n)

/** A label in the page's language. */
export const inLocale = (text: Localized, locale: Locale): string => text[locale]
