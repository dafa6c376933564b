/** "ส่วนที่ถูกคัดออก 12.50 %": the share of an organisation's responses left out as suspicious, on every page and file that shows it. */
import { formatDecimal } from './format.js'
import type { Locale } from './messages.js'

const LABEL: Record<Locale, string> = { th: 'ส่วนที่ถูกคัดออก', en: 'Excluded as suspicious' }

export const keptOutLabel = (locale: Locale) => LABEL[locale]

/** The percent as a figure, "12.50 %"; a dash when there are no responses. */
export const formatKeptOut = (percent: number | undefined) => (percent === undefined ? '–' : `${formatDecimal(percent, 2)} %`)

export const keptOutLine = (percent: number | undefined, locale: Locale) => `${LABEL[locale]} ${formatKeptOut(percent)}`

const MOSTLY: Record<Locale, string> = {
  th: 'อปท. ที่ถูกคัดออกตั้งแต่ {percent} % ขึ้นไป',
  en: 'Organisations with {percent} % or more excluded',
}

/** The heading of a count of organisations whose answers are mostly left out. */
export const mostlyKeptOutLabel = (percent: number, locale: Locale) => MOSTLY[locale].replace('{percent}', String(percent))
