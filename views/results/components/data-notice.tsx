/**
 * The honest states of a result: nothing to show yet, too few responses to rely on (still
 * shown to staff, marked), provisional or final. Every results page uses these words, so "no
 * data" never appears as NaN, a dash, or 0 %.
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'

/** "ยังไม่มีข้อมูล" as a block; `text` replaces the words when a page says more. */
export function NoDataNotice({ locale, text }: { locale: Locale; text?: string }) {
  return (
    <p class="notice" data-notice="no-data">
      {text ?? resultsTranslator(locale)('results.noData')}
    </p>
  )
}

/** "น้อยกว่า 10 คำตอบ" as a tag beside a group's name or figure. */
export function TooFewTag({ locale, minimum }: { locale: Locale; minimum: number }) {
  return (
    <strong class="tag tag--red" data-notice="too-few">
      {resultsTranslator(locale)('results.tooFew', { min: minimum })}
    </strong>
  )
}

/** Whether a group is below the minimum number of responses (0 responses is "no data", not "too few"). */
export const isTooFew = (respondents: number, minimum: number | undefined): boolean =>
  minimum !== undefined && respondents > 0 && respondents < minimum

/** "ผลเบื้องต้น" until DLA finalises the round, "ผลสุดท้าย" after: the figures' standing, beside the round. */
export function ResultsStanding({ locale, final }: { locale: Locale; final: boolean }) {
  const t = resultsTranslator(locale)
  return (
    <p data-results-standing={final ? 'final' : 'provisional'}>
      <strong class={final ? 'tag tag--green' : 'tag'}>
        {t(final ? 'results.standing.final' : 'results.standing.provisional')}
      </strong>{' '}
      {t(final ? 'results.standing.finalNote' : 'results.standing.provisionalNote')}
    </p>
  )
}
