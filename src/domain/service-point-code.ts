/**
 * Public service point codes: 7 characters of Crockford base32 (35 random bits),
 * short enough to type from a poster, unguessable enough that nobody finds
 * other points by counting. Typing is forgiving the Crockford way: lower case is
 * fine, I and L read as 1, O as 0, and hyphens or spaces are ignored.
 */
import { randomInt } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const CODE_LENGTH = 7

export function generateServicePointCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** The canonical form of a typed code, or null when it cannot be one. */
export function canonicalServicePointCode(typed: string): string | null {
  // Check before upper-casing: some letters (ß) upper-case to two.
  if (!/^[0-9A-Za-z\s-]*$/.test(typed)) return null
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  if (code.length !== CODE_LENGTH) return null
  for (const ch of code) if (!ALPHABET.includes(ch)) return null
  return code
}
