/**
 * Letters just made, held in memory for the member of staff who made them and
 * for an hour: the activation codes exist in plaintext only here and in the
 * files downloaded from here, never in the database. Lost on restart: issue
 * new letters.
 */
import { randomBytes } from 'node:crypto'
import type { ActivationLetter } from '../../../accounts/onboarding.js'

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
}

export function createLetterBatches(now: () => number, ttlMs = 3_600_000): LetterBatches {
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
  }
}
