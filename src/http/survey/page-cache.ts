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
    point.id, point.nameTh, point.nameEn, point.organisationType, point.organisationNameTh,
    services.map((s) => [s.id, s.nameTh, s.nameEn]), round.id, round.questionnaireId, locale,
  ]))
}

type Entry = { head: Buffer; tail: string; headDeflated: Buffer; headCrc: number }

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff])

function split(html: string): Entry {
  const at = html.indexOf(TOKEN_SLOT)
  if (at < 0) throw new Error('the survey page has no token slot')
  const head = Buffer.from(html.slice(0, at))
  return {
    head,
    tail: html.slice(at + TOKEN_SLOT.length),
    headDeflated: deflateRawSync(head, { level: 9, finishFlush: constants.Z_FULL_FLUSH }),
    headCrc: crc32(head),
  }
}

/** A final stored deflate block holding `bytes` (at most 65,535). */
function storedFinalBlock(bytes: Buffer): Buffer {
  const header = Buffer.alloc(5)
  header[0] = 0x01 // BFINAL = 1, BTYPE = 00 (stored); the rest of the byte is padding
  header.writeUInt16LE(bytes.length, 1)
  header.writeUInt16LE(~bytes.length & 0xffff, 3)
  return Buffer.concat([header, bytes])
}

/** The page with its token, gzip-compressed. */
function gzipped(entry: Entry, token: string): Buffer {
  const rest = Buffer.from(token + entry.tail)
  if (rest.length > 0xffff) throw new Error('the survey page tail after the token is too long for one stored block')
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(rest, entry.headCrc), 0)
  trailer.writeUInt32LE((entry.head.length + rest.length) % 2 ** 32, 4)
  return Buffer.concat([GZIP_HEADER, entry.headDeflated, storedFinalBlock(rest), trailer])
}

export function acceptsGzip(header: string | undefined): boolean {
  return !!header && /(^|,)\s*(gzip|\*)\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(header)
}

export function createPageCache(maxEntries = 20_000) {
  const pages = new Map<string, Entry>()
  return {
    /** The page for `key` with `token` in it: gzip when the client takes it, plain otherwise. */
    async page(key: string, render: () => Promise<string>, token: string, gzip: boolean): Promise<Buffer> {
      let entry = pages.get(key)
      if (!entry) {
        entry = split(await render())
        // Oldest first out: a Map keeps insertion order.
        if (pages.size >= maxEntries) pages.delete(pages.keys().next().value as string)
        pages.set(key, entry)
      }
      return gzip ? gzipped(entry, token) : Buffer.concat([entry.head, Buffer.from(token + entry.tail)])
    },
  }
}
