/**
 * A round as the API and open data write it, with the days it covers in
 * Asia/Bangkok.
 *
 * @example
 * rounds.map((r) => roundJson(r, Date.now()))
 */
import type { RoundRecord } from '../../db/queries/round-records.js'
import { resultsStanding, roundStatus, type ResultsStanding, type RoundStatus } from '../../domain/round-status.js'
import { bangkokDay } from '../../domain/thai-time.js'

export type RoundJson = {
  id: number
  name: { th: string; en: string }
  opensAt: string
  closesAt: string
  /** First and last Asia/Bangkok days the round covers (`closesAt` itself is exclusive). */
  firstDay: string
  lastDay: string
  status: RoundStatus
  /** 'final' once DLA has finalised the round (its figures never change again), 'provisional' until then. */
  results: ResultsStanding
  finalisedAt: string | null
  questionnaire: { slug: string; version: number }
}

export function roundJson(r: RoundRecord, now: number): RoundJson {
  return {
    id: r.id,
    name: { th: r.nameTh, en: r.nameEn },
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    firstDay: bangkokDay(r.opensAt.getTime()),
    lastDay: bangkokDay(r.closesAt.getTime() - 1),
    status: roundStatus(r, now),
    results: resultsStanding(r),
    finalisedAt: r.finalisedAt?.toISOString() ?? null,
    questionnaire: { slug: r.slug, version: r.version },
  }
}
