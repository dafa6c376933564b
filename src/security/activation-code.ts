/**
 * Activation codes: random, shown once on a letter, stored only as a SHA-256.
 * A fast hash is enough for a random code that expires; it lets the code be
 * found by its hash.
 */
import { createHash, randomInt } from 'node:crypto'
import { ACTIVATION_ALPHABET, ACTIVATION_CODE_LENGTH } from '../domain/activation.js'

export function generateActivationCode(): string {
  return Array.from({ length: ACTIVATION_CODE_LENGTH }, () => ACTIVATION_ALPHABET[randomInt(ACTIVATION_ALPHABET.length)]).join('')
}

/** Of the normalised code (see `normaliseActivationCode`). */
export const hashActivationCode = (code: string) => createHash('sha256').update(code).digest('hex')
