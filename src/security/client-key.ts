/**
 * Anti-abuse keys that identify nobody: a client address is hashed with a salt
 * held only in memory and replaced every rotation period, so yesterday's keys
 * cannot be linked to today's, and nothing is ever written to disk.
 */
import { createHash, randomBytes } from 'node:crypto'

export function createClientKeys(rotationMs: number, now: () => number = Date.now) {
  let salt = randomBytes(32)
  let saltFrom = now()
  return {
    /** Returns the key and whether the salt just rotated (so callers can drop old state). */
    keyFor(address: string): { key: string; rotated: boolean } {
      let rotated = false
      if (now() - saltFrom >= rotationMs) {
        salt = randomBytes(32)
        saltFrom = now()
        rotated = true
      }
      const key = createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22)
      return { key, rotated }
    },
  }
}
