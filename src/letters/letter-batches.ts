/**
 * Letters just made, held in memory for the member of staff who made them and
 * for an hour: the activation codes exist in plaintext only here and in the
 * files made from here (a download, or a letters job's PDF that goes when its
 * batch does), never in the database. Lost on restart: issue new letters.
 *
 * @example
 * const batches = createLetterBatches(now)
 * const id = batches.put({ userId, kind: 'created', letters, baseUrl })
 * batches.get(id, userId) // undefined for anyone else, and for everyone after an hour
 */
import { randomBytes } from 'node:crypto'
import type { ActivationLetter } from '../accounts/onboarding.js'
import { activationLetterContent, type LetterContent } from './activation-letter.js'
import { bangkokDay } from '../domain/thai-time.js'

/** How long a batch lasts; the batch page and the jobs list say "an hour" (onboarding.batch.gone, jobs.list.intro). */
export const LETTER_BATCH_HOURS = 1

export type LetterBatch = {
  userId: number
  kind: 'created' | 'reissued'
  letters: ActivationLetter[]
  baseUrl: string
  expiresAt: number
}

export type LetterBatches = {
  put(batch: Omit<LetterBatch, 'expiresAt'>): string
  /** The batch, while it lasts, for the member of staff it was made for. */
  get(id: string, userId: number): LetterBatch | undefined
  /** When the batch goes (or went: 0 for one that is gone or never was), whoever asks. */
  expiresAt(id: string): number
}

export function createLetterBatches(now: () => number, ttlMs = LETTER_BATCH_HOURS * 3_600_000): LetterBatches {
  const batches = new Map<string, LetterBatch>()
  const sweep = () => {
    for (const [id, batch] of batches) if (batch.expiresAt <= now()) batches.delete(id)
  }
  return {
    put(batch) {
      sweep()
      const id = randomBytes(18).toString('base64url')
      batches.set(id, { ...batch, expiresAt: now() + ttlMs })
      return id
    },
    get(id, userId) {
      const batch = batches.get(id)
      return batch && batch.userId === userId && batch.expiresAt > now() ? batch : undefined
    },
    expiresAt(id) {
      return batches.get(id)?.expiresAt ?? 0
    },
  }
}

/** Each letter of a batch with what it says, in the batch's order (by district), for the PDF and the CSV. */
export function batchContents(
  batch: LetterBatch,
  contact: string | undefined,
): { letter: ActivationLetter; content: LetterContent }[] {
  return batch.letters.map((letter) => ({
    letter,
    content: activationLetterContent(letter, { baseUrl: batch.baseUrl, contact }),
  }))
}

/** The downloads' name without extension: `activation-letters-2026-11-21`. */
/** Named by the Bangkok day the letters are downloaded, as they are dated. */
export const lettersFileName = (at: number) => `activation-letters-${bangkokDay(at)}`
