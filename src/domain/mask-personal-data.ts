/**
 * Comments are free text, and people sometimes write their own or someone
 * else's details in them despite the hint. Thai ID numbers, phone numbers,
 * e-mail addresses and LINE ids are masked before a comment is stored, and
 * again whenever one is shown (for rows stored before the rule learnt a kind),
 * so a comment never becomes a way to identify a resident. Masking is
 * idempotent: a masked text comes back unchanged.
 */
const THAI_DIGITS = /[๐-๙]/g
const toArabic = (text: string) => text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))

/**
 * LINE ids are written after a word saying so: "ไลน์ id: somchai99", "ไอดีไลน์ somchai99",
 * "line: @abc", "Line ID somchai99", "ID line: xyz", "แอดไลน์ @shop". The id (4–20 letters,
 * digits, `.`, `_`, `-`, or `@` and an official account's name) is masked; the words stay.
 * "ไลน์" is also an ordinary Thai word (a queue, a production line) and part of ออนไลน์
 * (online) and ออฟไลน์ (offline), and "line" an English one, so a bare "line" followed by a
 * word is left alone: only a colon, "คือ", an `@`, an "id" word, or (after the Thai word) an
 * id-shaped Latin token makes it a LINE id.
 */
const LINE_WORD = '(?:(?<![A-Za-z])line|(?<!ออน|ออฟ)ไลน์?)'
const THAI_LINE_WORD = '(?<!ออน|ออฟ)ไลน์?'
const ID_WORD = '(?:(?<![A-Za-z])id(?![A-Za-z])|ไอดี)'
const SAYS = '\\s*(?:[:：=]|คือ)?\\s*'
const LINE_ID = '@?[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?'
/** Words that follow "ไลน์" in ordinary sentences and are not anybody's id. */
const NOT_AN_ID = '(?!(?:official|group|notify|chat|call|app)\\b)'

const LINE_MENTION = /line|ไลน/i

const linePattern = (before: string) => new RegExp(`${before}(?<id>${LINE_ID})`, 'gi')

type Kind = 'id' | 'phone' | 'email' | 'line'

/** Each kind's pattern; where the match has an `id` group, only that part is masked and the words around it stay. */
const PATTERNS: { kind: Kind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // A 13-digit national ID, often written 1-2345-67890-12-3 or with spaces.
  { kind: 'id', pattern: /(?<!\d)\d(?:[\s-]?\d){12}(?!\d)/g },
  // Thai phones: 0X-XXX-XXXX, 0XX-XXX-XXXX, +66 X XXXX XXXX and the like (9–10 digits).
  { kind: 'phone', pattern: /(?<!\d)(?:\+?66[\s-]?|0)\d(?:[\s-]?\d){7,8}(?!\d)/g },
  // A link that adds someone as a friend: line.me/ti/p/~somchai99.
  { kind: 'line', pattern: /(?<![A-Za-z0-9.])(?:https?:\/\/)?(?:[a-z]{1,12}\.)?line\.me\/\S+/gi },
  // "ไลน์ id: x", "Line ID x", "ไลน์ไอดี x"
  { kind: 'line', pattern: linePattern(`${LINE_WORD}\\s*${ID_WORD}${SAYS}`) },
  // "ID line: x", "ไอดีไลน์ x"
  { kind: 'line', pattern: linePattern(`${ID_WORD}\\s*${LINE_WORD}${SAYS}`) },
  // "line: @abc", "ไลน์: x", "ไลน์คือ x"
  { kind: 'line', pattern: linePattern(`${LINE_WORD}\\s*(?:[:：=]|คือ)\\s*`) },
  // "ไลน์ @abc", "add line @abc"
  { kind: 'line', pattern: linePattern(`${LINE_WORD}\\s*(?=@)`) },
  // "ติดต่อไลน์ somchai99": after the Thai word, a Latin token of four or more is an id.
  { kind: 'line', pattern: linePattern(`${THAI_LINE_WORD}\\s+${NOT_AN_ID}(?=[A-Za-z0-9._-]{4})`) },
]

/** Goes up by one whenever a kind is added or a pattern widened, so comments stored earlier are masked again. */
export const MASK_RULES_VERSION = 2

export const MASKS = { id: '[เลขประจำตัวประชาชน]', phone: '[เบอร์โทรศัพท์]', email: '[อีเมล]', line: '[ไอดีไลน์]' } as const

/** Replaces ID numbers, phone numbers, e-mail addresses and LINE ids with a bracketed word saying what was there. */
export function maskPersonalData(text: string): string {
  // Thai digits are matched as Arabic ones, but the rest of the text is kept as written.
  const arabic = toArabic(text)
  const spans: { start: number; end: number; kind: Kind }[] = []
  // Every LINE pattern needs the word; most comments have none, and skip those patterns at once.
  const mentionsLine = LINE_MENTION.test(arabic)
  for (const { kind, pattern } of PATTERNS) {
    if (kind === 'line' && !mentionsLine) continue
    for (const m of arabic.matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length
      const start = m.groups?.id === undefined ? (m.index ?? 0) : end - m.groups.id.length
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
