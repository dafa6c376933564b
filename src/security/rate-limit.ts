/**
 * A fixed-window submission limit per client key, in memory only. Keys are
 * salted hashes (see client-key.ts); the whole table is dropped when the salt
 * rotates, so it cannot grow without bound or outlive a day.
 */
import { createClientKeys } from './client-key.js'

export type RateLimitOptions = { limit: number; windowMs: number; now?: () => number }

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimitOptions) {
  const keys = createClientKeys(24 * 60 * 60 * 1000, now)
  let windows = new Map<string, { start: number; count: number }>()

  return {
    /** Counts one attempt; false when the client is over its limit. */
    allow(address: string): boolean {
      const { key, rotated } = keys.keyFor(address)
      if (rotated || windows.size > 100_000) windows = new Map()
      const t = now()
      const entry = windows.get(key)
      if (!entry || t - entry.start >= windowMs) {
        windows.set(key, { start: t, count: 1 })
        return true
      }
      entry.count += 1
      return entry.count <= limit
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
