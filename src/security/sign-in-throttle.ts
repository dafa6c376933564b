/**
 * Slows down password guessing without handing anyone a way to lock the owner
 * out. Failures count per account *and* client: after a few, that client must
 * wait twice as long as last time before trying that account again, up to a
 * ceiling, and its success clears them. A guesser slows only itself; the owner,
 * signing in from another address, is let in at once. Each client also has a
 * budget of failures across all accounts per window, so one address cannot try
 * a few passwords on every account either.
 *
 * There is deliberately no limit on an account as a whole: whoever controls
 * enough addresses could use it to shut the owner out. Guessing from many
 * addresses is held back by each one's budget and by the cost of the password
 * hash.
 *
 * A client is a salted hash of its address, in memory only; the salt changes
 * daily and everything counted goes with it.
 */
import { createClientKeys } from './client-key.js'

export type ThrottleOptions = {
  freeAttempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  clientFailures?: number
  clientWindowMs?: number
  /** Entries kept per table; the least recently failing are forgotten first. */
  maxEntries?: number
  now?: () => number
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Sets `key` as the newest entry, dropping the oldest when the table is full. */
function remember<V>(table: Map<string, V>, key: string, value: V, maxEntries: number) {
  table.delete(key)
  table.set(key, value)
  if (table.size > maxEntries) table.delete(table.keys().next().value!)
}

export function createSignInThrottle(options: ThrottleOptions = {}) {
  const {
    freeAttempts = 5,
    baseDelayMs = 2_000,
    maxDelayMs = 15 * 60_000,
    clientFailures = 50,
    clientWindowMs = 15 * 60_000,
    maxEntries = 100_000,
    now = Date.now,
  } = options
  const keys = createClientKeys(24 * 3600_000, now)
  /** Per client and account: `<client key> <lower-case username>`. */
  let pairs = new Map<string, { failures: number; lastFailure: number }>()
  let clients = new Map<string, { start: number; failures: number }>()

  const clientKey = (address: string) => {
    const { key, rotated } = keys.keyFor(address)
    if (rotated) {
      pairs = new Map()
      clients = new Map()
    }
    return key
  }
  const pairKey = (client: string, username: string) => `${client} ${username.toLowerCase()}`
  const pairDelay = (failures: number) =>
    failures < freeAttempts ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeAttempts))

  return {
    check(username: string, address: string): ThrottleVerdict {
      const t = now()
      const client = clientKey(address)
      const pair = pairs.get(pairKey(client, username))
      const waitPair = pair ? pair.lastFailure + pairDelay(pair.failures) - t : 0
      const budget = clients.get(client)
      const waitClient =
        budget && t - budget.start < clientWindowMs && budget.failures >= clientFailures ? budget.start + clientWindowMs - t : 0
      const wait = Math.max(waitPair, waitClient)
      return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { allowed: true }
    },
    recordFailure(username: string, address: string): void {
      const t = now()
      const client = clientKey(address)
      const key = pairKey(client, username)
      remember(pairs, key, { failures: (pairs.get(key)?.failures ?? 0) + 1, lastFailure: t }, maxEntries)
      const budget = clients.get(client)
      const fresh = !budget || t - budget.start >= clientWindowMs
      remember(clients, client, fresh ? { start: t, failures: 1 } : { ...budget, failures: budget.failures + 1 }, maxEntries)
    },
    /** The owner is in: this client's failures on this account are forgotten, nobody else's. */
    recordSuccess(username: string, address: string): void {
      pairs.delete(pairKey(clientKey(address), username))
    },
  }
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>
