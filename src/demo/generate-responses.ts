/**
 * Plausible generated responses for the demo and benchmarks: mostly satisfied,
 * some not, optional questions often skipped. Seeded, so the same seed gives
 * the same data.
 */
import { randomUUID } from 'node:crypto'
import { allowedValues } from '../domain/questionnaire/answers.js'
import { allItems, type Definition } from '../domain/questionnaire/definition.js'
import type { NewResponse } from '../db/queries/responses.js'

type Target = { roundId: number; organisationId: number; servicePointId: number; serviceIds: number[] }

/** mulberry32: a tiny, well-known seeded PRNG; good enough for fake survey data. */
export function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SUGGESTIONS = ['อยากให้มีที่จอดรถเพิ่ม', 'เจ้าหน้าที่บริการดีมาก ขอบคุณครับ', 'รอคิวนานไปหน่อย', 'ควรมีป้ายบอกทางชัดเจนกว่านี้', 'ประทับใจค่ะ']

export function generateResponses(opts: {
  definition: Definition
  points: Target[]
  count: number
  from: number
  to: number
  seed?: number
  /** The ratings drawn from, equally likely; by default mostly satisfied. */
  ratings?: number[]
}): NewResponse[] {
  const random = seeded(opts.seed ?? 2570)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
  // Weighted towards satisfied, as real Thai LGU surveys are.
  const ratings = opts.ratings ?? [5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1]
  const rating = () => String(ratings[Math.floor(random() * ratings.length)])
  const items = allItems(opts.definition)

  return Array.from({ length: opts.count }, () => {
    const point = pick(opts.points)
    const serviceId = point.serviceIds.length > 0 ? pick(point.serviceIds) : null
    const answers: NewResponse['answers'] = []
    for (const item of items) {
      if (!item.required && random() < 0.4) continue
      let values: string[]
      if (item.kind === 'service') values = serviceId === null ? [] : [String(serviceId)]
      else if (item.kind === 'rating') values = item.allowNotApplicable && random() < 0.05 ? ['na'] : [rating()]
      else if (item.kind === 'text') values = random() < 0.5 ? [pick(SUGGESTIONS)] : []
      else {
        const allowed = allowedValues(item, opts.definition, { services: [] }) ?? []
        values = item.kind === 'multiple' ? allowed.filter(() => random() < 0.3) : [pick(allowed)]
      }
      for (const value of values) answers.push({ itemId: item.id, value })
    }
    return {
      submissionId: randomUUID(),
      roundId: point.roundId,
      organisationId: point.organisationId,
      servicePointId: point.servicePointId,
      serviceId,
      submittedAt: Math.floor(opts.from + random() * (opts.to - opts.from)),
      locale: random() < 0.9 ? 'th' : 'en',
      channel: 'web',
      flagReason: random() < 0.03 ? 'repeat' : null,
      answers,
    }
  })
}
