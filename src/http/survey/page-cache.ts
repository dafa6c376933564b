/**
 * The survey form is the same for every resident at a service point except for
 * its one-time token, so it is rendered and compressed once, and each request
 * only adds its token. The page is split at the token: the part before it is
 * kept as a finished deflate stream (ended with a full flush, so it is
 * byte-aligned and what follows needs nothing from it); per request the short
 * tail from the token on (a few hundred bytes) follows as one final *stored*
 * deflate block (RFC 1951 §3.2.4: a 5-byte header, then the bytes as they
 * are), with the gzip checksum carried over from the head. The result is one
 * ordinary gzip member, valid byte for byte, for a few microseconds of work
 * instead of compressing 25 KB on every request.
 *
 * The key is made of everything the page shows (names, services, round,
 * questionnaire, language), not of a timestamp, so any change renders afresh
 * even when two changes fall in the same millisecond.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib'
import type { Locale } from '../../i18n/messages.js'
import type { OpenSurvey } from './load-survey.js'

export const TOKEN_SLOT = '__FORM_TOKEN_SLOT__'

/** Keys already worked out for a survey state; the loader hands out the same state object until something changes. */
const keysOf = new WeakMap<OpenSurvey, Partial<Record<Locale, string>>>()

export function surveyPageKey(survey: OpenSurvey, locale: Locale): string {
  let keys = keysOf.get(survey)
  if (!keys) keysOf.set(survey, (keys = {}))
  const { point, round, services } = survey
  return (keys[locale] ??= JSON.stringify([
    point.id,
    point.nameTh,
    point.nameEn,
    point.organisationType,
    point.organisationNameTh,
    services.map((s) => [s.id, s.nameTh, s.nameEn]),
    round.id,
    round.questionnaireId,
    locale,
  ]))
}

/** The page split at its token: the part before it as bytes and as a finished deflate stream, the part after it as bytes. */
type Entry = { head: Buffer; tail: Buffer; headDeflated: Buffer; headCrc: number }

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff])
const STORED_BLOCK_HEADER_BYTES = 5
const GZIP_TRAILER_BYTES = 8

function split(html: string): Entry {
  const at = html.indexOf(TOKEN_SLOT)
  if (at < 0) throw new Error('the survey page has no token slot')
  const head = Buffer.from(html.slice(0, at))
  const tail = Buffer.from(html.slice(at + TOKEN_SLOT.length))
  // A stored block holds at most 65,535 bytes; leave room for the token (about 110).
  if (tail.length > 0xfeff) throw new Error('the survey page tail after the token is too long for one stored block')
  return {
    head,
    tail,
    headDeflated: deflateRawSync(head, { level: 9, finishFlush: constants.Z_FULL_FLUSH }),
    headCrc: crc32(head),
  }
}

/**
 * The page with its token, gzip-compressed, written into one buffer: the
 * header, the head's deflate stream, a final stored block (BFINAL = 1,
 * BTYPE = 00, its length and the length's complement) holding token and tail
 * as they are, and the trailer (CRC-32 carried on from the head, total length).
 * Tokens are ASCII, so a character is a byte.
 */
function gzipped(entry: Entry, token: string): Buffer {
  const restLength = token.length + entry.tail.length
  const out = Buffer.allocUnsafe(
    GZIP_HEADER.length + entry.headDeflated.length + STORED_BLOCK_HEADER_BYTES + restLength + GZIP_TRAILER_BYTES,
  )
  let at = GZIP_HEADER.copy(out, 0)
  at += entry.headDeflated.copy(out, at)
  out[at] = 0x01
  out.writeUInt16LE(restLength, at + 1)
  out.writeUInt16LE(~restLength & 0xffff, at + 3)
  at += STORED_BLOCK_HEADER_BYTES
  const restStart = at
  at += out.write(token, at, 'latin1')
  at += entry.tail.copy(out, at)
  out.writeUInt32LE(crc32(out.subarray(restStart, at), entry.headCrc), at)
  out.writeUInt32LE((entry.head.length + restLength) % 2 ** 32, at + 4)
  return out
}

export function createPageCache(maxEntries = 20_000) {
  const pages = new Map<string, Entry>()
  return {
    /**
     * The page for `key` with `token` in it, gzip when the client takes it, plain
     * otherwise; undefined when it has not been kept yet. Synchronous: no
     * promise on the path every visitor takes.
     */
    page(key: string, token: string, gzip: boolean): Buffer | undefined {
      const entry = pages.get(key)
      if (!entry) return undefined
      return gzip ? gzipped(entry, token) : Buffer.concat([entry.head, Buffer.from(token, 'latin1'), entry.tail])
    },
    has: (key: string): boolean => pages.has(key),
    /** Keeps a page rendered with `TOKEN_SLOT` where each visitor's token goes. */
    keep(key: string, html: string): void {
      // Oldest first out: a Map keeps insertion order.
      if (pages.size >= maxEntries) pages.delete(pages.keys().next().value as string)
      pages.set(key, split(html))
    },
  }
}

export type PageCache = ReturnType<typeof createPageCache>
