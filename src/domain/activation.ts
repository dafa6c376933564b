/**
 * Activation letters, the pure parts: the code an officer types (or scans as a
 * link), when it stops working, and the usernames onboarding gives accounts.
 *
 * @example
 * formatActivationCode('K7M2Q9PX4R') // 'K7M2Q-9PX4R'
 * normaliseActivationCode(' k7m2q 9px4r ') // 'K7M2Q9PX4R'
 * onboardingUsername('lgu', '4810102', new Set(['lgu-4810102'])) // 'lgu-4810102-2'
 */

/** Read aloud and typed from paper: no 0/O, 1/I/L. */
export const ACTIVATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
/** 31^10 ≈ 8·10^14 codes (about 49.5 bits): out of reach of guessing through a throttled form. */
export const ACTIVATION_CODE_LENGTH = 10
const GROUP = 5

const CODE_SHAPE = new RegExp(`^[${ACTIVATION_ALPHABET}]{${ACTIVATION_CODE_LENGTH}}$`)

/** Two groups of five, as printed on the letter: `K7M2Q-9PX4R`. */
export function formatActivationCode(code: string): string {
  const groups: string[] = []
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP))
  return groups.join('-')
}

/**
 * A code as typed, without case, spaces or dashes; undefined when it cannot be
 * a code at all, so a forged or mistyped one is refused before any lookup.
 */
export function normaliseActivationCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '')
  return CODE_SHAPE.test(code) ? code : undefined
}

const DAY_MS = 86_400_000
/** Bangkok keeps UTC+7 all year. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000

/**
 * The moment a code issued at `issuedAt` stops working: the end of the
 * Bangkok day `days` days later, so the date printed on the letter is its
 * whole last day.
 */
export function activationExpiry(issuedAt: number, days: number): number {
  const local = issuedAt + days * DAY_MS + BANGKOK_OFFSET_MS
  return (Math.floor(local / DAY_MS) + 1) * DAY_MS - BANGKOK_OFFSET_MS
}

/** The last moment a code works, for printing its last day. */
export const lastActivationMoment = (expiresAt: number) => expiresAt - 1

/** Still usable: strictly before its expiry. */
export const activationUsable = (expiresAt: number, now: number) => now < expiresAt

export type OnboardedRole = 'lgu' | 'province'

/**
 * The username an onboarded account gets, predictable from the registry so a
 * province can tell an officer theirs by phone: `lgu-4810102`, `province-81`;
 * `-2`, `-3`… when someone already took it.
 */
export function onboardingUsername(role: OnboardedRole, code: string, taken: ReadonlySet<string>): string {
  const base = `${role}-${code}`.toLowerCase()
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
