/** Opening hours for staff pages: the form's fieldset, its error messages, and the short line a point's row shows. */
import { openingHoursRuns, PERIODS_PER_DAY, WEEK_FROM_MONDAY, type OpeningHours } from '../../../domain/opening-hours.js'
import type { Translate } from '../../../i18n/messages.js'
import type { LguMessageKey } from '../../../i18n/staff/lgu.js'
import type { OpeningHoursFieldsetProps } from '../../../../views/staff/lgu/opening-hours-fieldset.js'
import type { FieldErrors } from '../form-data.js'
import { periodField, type ServicePointFormValues } from './service-point-form.js'

const message = (t: Translate<LguMessageKey>, key: string) => t(`lgu.error.${key}` as LguMessageKey) ?? t('lgu.error.invalid')

/**
 * The fieldset with what was typed and each time's inline error, and the summary's messages
 * for the time fields, each naming its day and period.
 */
export function presentOpeningHours(
  t: Translate<LguMessageKey>,
  values: ServicePointFormValues,
  errors: FieldErrors,
  errorPrefix: string,
): { fieldset: OpeningHoursFieldsetProps; summary: Record<string, string> } {
  const summary: Record<string, string> = {}
  const rows = WEEK_FROM_MONDAY.map((day) => {
    const dayName = t(`lgu.hours.day.${day}`)
    const periods = Array.from({ length: PERIODS_PER_DAY }, (_, period) => {
      const field = (side: 'from' | 'to') => {
        const id = periodField(day, period, side)
        const error = errors[id] ? message(t, errors[id]) : undefined
        if (error) summary[id] = t('lgu.error.hours.at', { day: dayName, n: String(period + 1), message: error })
        const label = t('lgu.hours.fieldLabel', { day: dayName, n: String(period + 1), side: t(`lgu.hours.${side}`) })
        return { id, value: values.periods[id] ?? '', label, error }
      }
      return { from: field('from'), to: field('to') }
    })
    return { day: dayName, periods }
  })
  return {
    summary,
    fieldset: {
      legend: t('lgu.form.hours'),
      hint: t('lgu.form.hoursHint'),
      office: { label: t('lgu.form.officeHours'), hint: t('lgu.form.officeHoursHint'), checked: values.officeHours },
      columns: {
        day: t('lgu.hours.day'),
        periods: Array.from({ length: PERIODS_PER_DAY }, (_, i) => t('lgu.hours.period', { n: String(i + 1) })),
      },
      rows,
      errorPrefix,
    },
  }
}

/** "จ.–ศ. 08:30–12:00, 13:00–16:30; ส. 09:00–12:00"; undefined for a point without hours. */
export function describeOpeningHours(t: Translate<LguMessageKey>, hours: OpeningHours | null): string | undefined {
  if (!hours) return undefined
  const runs = openingHoursRuns(hours).map(({ first, last, periods }) => {
    const days =
      first === last ? t(`lgu.hours.short.${first}`) : `${t(`lgu.hours.short.${first}`)}–${t(`lgu.hours.short.${last}`)}`
    return `${days} ${periods.map(([from, to]) => `${from}–${to}`).join(', ')}`
  })
  return runs.length > 0 ? t('lgu.hours.summary', { hours: runs.join('; ') }) : undefined
}
