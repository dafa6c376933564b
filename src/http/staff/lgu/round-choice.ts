/** Which round a collection page shows: the one asked for, else the newest open one, else the newest. */
import type { RoundOption } from '../../../db/queries/collection.js'
import type { Locale } from '../../../i18n/messages.js'
import { lguTranslator } from '../../../i18n/staff/lgu.js'
import { formatWindow } from '../../../i18n/format.js'

export type RoundState = 'open' | 'closed' | 'upcoming'

export function roundState(round: Pick<RoundOption, 'opensAt' | 'closesAt'>, now: number): RoundState {
  if (now < round.opensAt) return 'upcoming'
  return now >= round.closesAt ? 'closed' : 'open'
}

/** `rounds` newest first, as the queries return them; an unknown `requested` id falls back to the default. */
export function chooseRound(rounds: RoundOption[], requested: string | undefined, now: number): RoundOption | undefined {
  const asked = requested && /^\d{1,15}$/.test(requested) ? rounds.find((r) => r.id === Number(requested)) : undefined
  return asked ?? rounds.find((r) => roundState(r, now) === 'open') ?? rounds[0]
}

/** A positive integer id from a URL, or undefined (the caller answers 404). */
export function idParam(text: string | undefined): number | undefined {
  return text && /^[1-9]\d{0,14}$/.test(text) ? Number(text) : undefined
}

/** The picker's options: "ปีงบประมาณ 2568 (เปิดรับอยู่)", "ปีงบประมาณ 2567 (ผลสุดท้าย)". */
export function roundOptions(rounds: RoundOption[], locale: Locale, now: number) {
  const t = lguTranslator(locale)
  return rounds.map((r) => ({
    value: String(r.id),
    label: `${locale === 'en' ? r.nameEn : r.nameTh} (${t(r.finalisedAt ? 'lgu.round.final' : `lgu.round.${roundState(r, now)}`)})`,
  }))
}

/** "รับคำตอบ 1 ต.ค. 2567 00:00 ถึง 1 ต.ค. 2568 00:00" */
export function roundWindow(round: RoundOption, locale: Locale): string {
  return lguTranslator(locale)('lgu.round.window', formatWindow(round.opensAt, round.closesAt, locale))
}
