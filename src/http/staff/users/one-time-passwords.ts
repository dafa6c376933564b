/**
 * Generated passwords, held in memory just long enough to show them once.
 * The creator is sent to the account's page with a one-time key; the page takes
 * the password out of the store as it shows it, so a reload, the back button or
 * anyone else with the link sees nothing. Lost on restart: reset again.
 */
import { randomBytes, randomInt } from 'node:crypto'

/** Easy to read aloud and type: no 0/O, 1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** 16 characters in groups of four (about 79 bits), e.g. `K7M2-Q9PX-4RTD-H8NB`. */
export function generatePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

type Note = { sessionIdHash: string; userId: number; password: string; expiresAt: number }

export type OneTimePasswords = {
  /** Keeps a password for one session to see once; returns the key for the page's URL. */
  put(sessionIdHash: string, userId: number, password: string): string
  /** The password, once, for the session and account it was made for. */
  take(sessionIdHash: string, userId: number, key: string): string | undefined
}

export function createOneTimePasswords(now: () => number, ttlMs = 10 * 60_000): OneTimePasswords {
  const notes = new Map<string, Note>()
  const sweep = (t: number) => {
    for (const [key, note] of notes) if (note.expiresAt <= t) notes.delete(key)
  }
  return {
    put(sessionIdHash, userId, password) {
      sweep(now())
      const key = randomBytes(18).toString('base64url')
      notes.set(key, { sessionIdHash, userId, password, expiresAt: now() + ttlMs })
      return key
    },
    take(sessionIdHash, userId, key) {
      const note = notes.get(key)
      if (!note || note.sessionIdHash !== sessionIdHash || note.userId !== userId) return undefined
      notes.delete(key)
      return note.expiresAt > now() ? note.password : undefined
    },
  }
}
