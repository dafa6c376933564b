/**
 * Slows down password guessing without locking the real owner out for good.
 * Per account: after a few failures each further attempt must wait twice as
 * long as the last, up to a ceiling, and a success resets it. Per client
 * (a salted hash of the address, in memory only): a cap on failures per window.
 */
import { createClientKeys } from './client-key.js'

export type ThrottleOptions = {
  freeAttempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  clientFailures?: number
  clientWindowMs?: number
  now?: () => number
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export function createSignInThrottle(options: ThrottleOptions = {}) {
  const {
    freeAttempts = 5,
    baseDelayMs = 2_000,
    maxDelayMs = 15 * 60_000,
    clientFailures = 50,
    clientWindowMs = 15 * 60_000,
    now = Date.now,
  } = options
  const keys = createClientKeys(24 * 3600_000, now)
  let accounts = new Map<string, { failures: number; lastFailure: number }>()
  let clients = new Map<string, { start: number; failures: number }>()

  const clientKey = (address: string) => {
    const { key, rotated } = keys.keyFor(address)
    if (rotated) clients = new Map()
    return key
  }
  const accountDelay = (failures: number) =>
    failures < freeAttempts ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeAttempts))

  return {
    check(username: string, address: string): ThrottleVerdict {
      const t = now()
      const account = accounts.get(username.toLowerCase())
      const waitAccount = account ? account.lastFailure + accountDelay(account.failures) - t : 0
      const client = clients.get(clientKey(address))
      const waitClient =
        client && t - client.start < clientWindowMs && client.failures >= clientFailures ? client.start + clientWindowMs - t : 0
      const wait = Math.max(waitAccount, waitClient)
      return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { allowed: true }
    },
    recordFailure(username: string, address: string): void {
      const t = now()
      const name = username.toLowerCase()
      const account = accounts.get(name)
      accounts.set(name, { failures: (account?.failures ?? 0) + 1, lastFailure: t })
      const key = clientKey(address)
      const client = clients.get(key)
      if (!client || t - client.start >= clientWindowMs) clients.set(key, { start: t, failures: 1 })
      else client.failures += 1
      if (accounts.size > 100_000) accounts = new Map()
    },
    recordSuccess(username: string): void {
      accounts.delete(username.toLowerCase())
    },
  }
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>
