/**
 * Comments are free text, and people sometimes write their own or someone
 * else's details in them despite the hint. Staff see comments with Thai ID
 * numbers, phone numbers and e-mail addresses masked, so a comment never
 * becomes a way to identify a resident.
 */
const THAI_DIGITS = /[๐-๙]/g
const toArabic = (text: string) => text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))

const PATTERNS: { kind: 'id' | 'phone' | 'email'; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // A 13-digit national ID, often written 1-2345-67890-12-3 or with spaces.
  { kind: 'id', pattern: /(?<!\d)\d(?:[\s-]?\d){12}(?!\d)/g },
  // Thai phones: 0X-XXX-XXXX, 0XX-XXX-XXXX, +66 X XXXX XXXX and the like (9–10 digits).
  { kind: 'phone', pattern: /(?<!\d)(?:\+?66[\s-]?|0)\d(?:[\s-]?\d){7,8}(?!\d)/g },
]

export const MASKS = { id: '[เลขประจำตัวประชาชน]', phone: '[เบอร์โทรศัพท์]', email: '[อีเมล]' } as const

/** Replaces ID numbers, phone numbers and e-mail addresses with a bracketed word saying what was there. */
export function maskPersonalData(text: string): string {
  // Thai digits are matched as Arabic ones, but the rest of the text is kept as written.
  const arabic = toArabic(text)
  const spans: { start: number; end: number; kind: keyof typeof MASKS }[] = []
  for (const { kind, pattern } of PATTERNS) {
    for (const m of arabic.matchAll(pattern)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, kind })
    }
  }
  spans.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const s of spans) {
    out += text.slice(at, s.start) + MASKS[s.kind]
    at = s.end
  }
  return out + text.slice(at)
}
