/** Numbers and times the Thai way: grouped digits, Buddhist Era dates, Asia/Bangkok. */
import type { Locale } from '../../../src/i18n/messages.js'

const DATE_TIME: Record<Locale, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }),
  en: new Intl.DateTimeFormat('en-GB-u-ca-buddhist', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }),
}
const DATE: Record<Locale, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB-u-ca-buddhist', { dateStyle: 'medium', timeZone: 'UTC' }),
}

export const formatCount = (n: number) => n.toLocaleString('th-TH')

/** "10 มิ.ย. 2568 10:05" */
export const formatDateTime = (ms: number, locale: Locale) => DATE_TIME[locale].format(ms)

/** A Bangkok calendar day (`YYYY-MM-DD`) as "10 มิ.ย. 2568". */
export const formatDay = (day: string, locale: Locale) => DATE[locale].format(Date.parse(`${day}T00:00:00Z`))
