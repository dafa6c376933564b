/**
 * Numbers and times the Thai way, for every page and file: grouped digits,
 * Buddhist Era dates (Thai, or English with "BE"), Asia/Bangkok time.
 */
import { BANGKOK_TIME_ZONE, isBangkokMidnight } from '../domain/thai-time.js'
import type { Locale } from './messages.js'

// One formatter per shape, made once: `toLocaleString` with options builds a new one on every
// call, and a national page prints tens of thousands of figures and dates.

/** Thai uses the Buddhist calendar by default; English asks for it and prints "BE". */
const TAG: Record<Locale, string> = { th: 'th-TH', en: 'en-GB-u-ca-buddhist' }

const dateFormats = (options: Intl.DateTimeFormatOptions): Record<Locale, Intl.DateTimeFormat> => ({
  th: new Intl.DateTimeFormat(TAG.th, options),
  en: new Intl.DateTimeFormat(TAG.en, options),
})

const dateTimeFormat = dateFormats({ dateStyle: 'medium', timeStyle: 'short', timeZone: BANGKOK_TIME_ZONE })
const dateFormat = dateFormats({ dateStyle: 'medium', timeZone: BANGKOK_TIME_ZONE })
const longDateFormat = dateFormats({ dateStyle: 'long', timeZone: BANGKOK_TIME_ZONE })
// Days and months arrive already as Bangkok calendar strings: read as UTC midnight, printed in UTC.
const dayFormat = dateFormats({ dateStyle: 'medium', timeZone: 'UTC' })
const monthFormat = dateFormats({ month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortMonthFormat = dateFormats({ month: 'short', year: 'numeric', timeZone: BANGKOK_TIME_ZONE })

const countFormat = new Intl.NumberFormat('th-TH')
const decimalFormats = new Map<number, Intl.NumberFormat>()

export const formatCount = (n: number) => countFormat.format(n)

/** A figure with a fixed number of decimals, digits grouped: 1,234.50. */
export function formatDecimal(n: number, decimals = 2): string {
  let format = decimalFormats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('th-TH', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    decimalFormats.set(decimals, format)
  }
  return format.format(n)
}

/** "10 มิ.ย. 2568 10:05" / "10 Jun 2568 BE, 10:05" */
export const formatDateTime = (ms: number | Date, locale: Locale) => dateTimeFormat[locale].format(ms)

/** "10 มิ.ย. 2568" */
export const formatDate = (ms: number | Date, locale: Locale) => dateFormat[locale].format(ms)

/** As official letters write it: "10 มิถุนายน 2568" / "10 June 2568 BE". */
export const formatLongDate = (ms: number | Date, locale: Locale) => longDateFormat[locale].format(ms)

/** A Bangkok calendar day (`YYYY-MM-DD`) as "10 มิ.ย. 2568". */
export const formatDay = (day: string, locale: Locale) => dayFormat[locale].format(Date.parse(`${day}T00:00:00Z`))

/** A Bangkok calendar month (`YYYY-MM`) as "มิถุนายน 2568". */
export const formatMonth = (month: string, locale: Locale) => monthFormat[locale].format(Date.parse(`${month}-01T00:00:00Z`))

/** The Bangkok month of an instant, short: "ต.ค. 2567" / "Oct 2567 BE" (a round on a chart's axis). */
export const formatShortMonth = (ms: number, locale: Locale) => shortMonthFormat[locale].format(ms)

/**
 * A round's window as people say it: whole days by their first and last day
 * ("1 ต.ค. 2568" to "30 ก.ย. 2569", the end being exclusive midnight), and
 * with the times when it opens or closes within a day.
 */
export function formatWindow(opensAt: number, closesAt: number, locale: Locale): { opens: string; closes: string } {
  if (isBangkokMidnight(opensAt) && isBangkokMidnight(closesAt) && closesAt > opensAt)
    return { opens: formatDate(opensAt, locale), closes: formatDate(closesAt - 1, locale) }
  return { opens: formatDateTime(opensAt, locale), closes: formatDateTime(closesAt, locale) }
}
