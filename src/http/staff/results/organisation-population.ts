/**
 * The population form: a whole number of people from 1 to 10,000,000, or empty to clear it.
 * Forgiving about how it is typed (spaces, thousands separators, Thai digits), strict about
 * what it means. Zod messages are message keys (`results.error.<key>`).
 *
 * @example
 * populationSchema.parse({ population: '๕,๐๐๐' }) // { population: 5000 }
 * populationSchema.parse({ population: '' })      // { population: null }
 */
import { z } from 'zod'

export const MAX_POPULATION = 10_000_000

const THAI_DIGITS = /[๐-๙]/g

/** "๑๒ ๕๐๐" → "12500": Thai digits to Arabic, spaces and commas dropped. */
export function normalisePopulation(raw: string): string {
  return raw.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[\s,]/g, '')
}

export const populationSchema = z.object({
  population: z
    .string()
    .max(100, 'population.notWhole')
    .optional()
    .transform((raw, ctx) => {
      const text = normalisePopulation(raw ?? '')
      if (text === '') return null
      if (!/^[+-]?\d+$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'population.notWhole' })
        return z.NEVER
      }
      const n = Number(text)
      if (n < 1) ctx.addIssue({ code: 'custom', message: 'population.tooSmall' })
      else if (n > MAX_POPULATION) ctx.addIssue({ code: 'custom', message: 'population.tooLarge' })
      return n
    }),
  /** The round the page was showing, to go back to it. */
  round: z.string().optional(),
})
