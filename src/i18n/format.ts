/**
 * Numbers and times the Thai way, for every page and file: grouped digits,
 * Buddhist Era dates (Thai, or English with "BE"), Asia/Bangkok time.
 */
import { isBangkokMidnight } from '../domain/thai-time.js'
import type { Locale } from './messages.js'

const TAG: Record<Locale, string> = { th: 'th-TH', en: 'en-GB-u-ca-buddhist' }
const formatters = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: Locale, style: 'date' | 'dateTime' | 'month', timeZone = 'Asia/Bangkok'): Intl.DateTimeFormat {
  const key = `${locale}:${style}:${timeZone}`
  let format = formatters.get(key)
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'month' ? { month: 'long', year: 'numeric' } : style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }
    format = new Intl.DateTimeFormat(TAG[locale], { ...options, timeZone })
    formatters.set(key, format)
  }
  return format
}

// One formatter per shape, made once: `toLocaleString` with options builds a new one on every
// call, and a national page prints tens of thousands of figures.
const countFormat = new Intl.NumberFormat('th-TH')
const decimalFormats = new Map<number, Intl.NumberFormat>()

export const formatCount = (n: number) => countFormat.format(n)

/** A figure with a fixed number of decimals, digits grouped: 1,234.50. */
export function formatDecimal(n: number, decimals = 2): string {
  let format = decimalFormats.get(decimals)
  if (!format) decimalFormats.set(decimals, (format = new Intl.NumberFormat('th-TH', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })))
  return format.format(n)
}

/** "10 มิ.ย. 2568 10:05" / "10 Jun 2568 BE, 10:05" */
export const formatDateTime = (ms: number | Date, locale: Locale) => dateFormat(locale, 'dateTime').format(ms)

/** "10 มิ.ย. 2568" */
export const formatDate = (ms: number | Date, locale: Locale) => dateFormat(locale, 'date').format(ms)

/** A Bangkok calendar day (`YYYY-MM-DD`) as "10 มิ.ย. 2568". */
export const formatDay = (day: string, locale: Locale) => dateFormat(locale, 'date', 'UTC').format(Date.parse(`${day}T00:00:00Z`))

/** A Bangkok calendar month (`YYYY-MM`) as "มิถุนายน 2568". */
export const formatMonth = (month: string, locale: Locale) => dateFormat(locale, 'month', 'UTC').format(Date.parse(`${month}-01T00:00:00Z`))

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
