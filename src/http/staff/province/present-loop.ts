/** The loop-closure figures in words and Thai number formats for the province and national tables. Pure. */
import type { Config } from '../../../config.js'
import type { LoopClosure } from '../../../domain/service-actions.js'
import { THAI_FIVE_LEVEL_BANDS } from '../../../domain/scoring/bands.js'
import { formatCount, formatDecimal } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { actionsTranslator } from '../../../i18n/staff/actions.js'
import type { LoopCellsView, LoopLabels } from '../../../../views/staff/province/loop-cells.js'

type LoopConfig = Pick<Config, 'ACTION_LOW_BELOW_BAND' | 'ACTION_WINDOW_DAYS' | 'RESULTS_MIN_RESPONSES'>

export function loopLabels(locale: Locale, config: LoopConfig, threshold: number): LoopLabels {
  const t = actionsTranslator(locale)
  const band = THAI_FIVE_LEVEL_BANDS.bands.find((b) => b.label.en.toLowerCase() === config.ACTION_LOW_BELOW_BAND)!
  const days = formatCount(config.ACTION_WINDOW_DAYS)
  return {
    low: t('actions.loop.col.low'),
    share: t('actions.loop.col.share', { days }),
    median: t('actions.loop.col.median'),
    note: t('actions.loop.note', {
      band: band.label[locale],
      threshold: formatDecimal(threshold),
      min: formatCount(config.RESULTS_MIN_RESPONSES),
      days,
    }),
  }
}

/** "2/3 (66.67 %)", "4 วัน"; a dash where there is nothing to count. */
export function loopCells(locale: Locale, loop: LoopClosure | undefined): LoopCellsView {
  const t = actionsTranslator(locale)
  if (!loop || loop.lowPoints === 0) return { low: '0', share: '–', median: '–' }
  return {
    low: formatCount(loop.lowPoints),
    share: `${formatCount(loop.withRecentAction)}/${formatCount(loop.lowPoints)} (${formatDecimal(loop.percent!)} %)`,
    median:
      loop.medianDays === null
        ? '–'
        : t('actions.loop.days', { days: formatDecimal(loop.medianDays, loop.medianDays % 1 ? 1 : 0) }),
  }
}
