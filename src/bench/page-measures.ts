/**
 * Staff pages timed on the national dataset against the small one (P3: results pages; P13:
 * review queues), and the survey page's weight (P6).
 */
import { gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { fmt, type Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { timeGet } from './load.js'
import type { Running } from './servers.js'

export type PageTimes = Record<string, Awaited<ReturnType<typeof timeGet>>>

/** P3's pages: an ordinary organisation's (four points), its province's and the national results. */
export function resultsPages(data: Dataset): Record<string, string> {
  return {
    organisation: `/staff/organisations/${data.sampleOrganisationId}/results?round=${data.roundId}`,
    province: `/staff/provinces/${data.sampleProvince}/results?round=${data.roundId}`,
    national: `/staff/national/results?round=${data.roundId}`,
  }
}

/** P13's pages: the review queues of the same organisation and province, their first page. */
export function reviewPages(data: Dataset): Record<string, string> {
  return {
    organisation: `/staff/organisations/${data.sampleOrganisationId}/review?round=${data.roundId}`,
    province: `/staff/provinces/${data.sampleProvince}/review?round=${data.roundId}`,
  }
}

/** One page at a time: timings taken side by side would include each other's work. */
export async function timePages(app: Running, staff: Record<string, string>, paths: Record<string, string>) {
  const times: PageTimes = {}
  for (const [key, path] of Object.entries(paths)) times[key] = await timeGet(app.url + path, staff)
  return times
}

/** One row per page: its time on the national dataset against the small one, held to 1.2 × small. */
export function comparedPages(id: string, kind: string, big: PageTimes, small: PageTimes): Measure[] {
  return Object.keys(big).map((key) => {
    const atBig = big[key]!
    const atSmall = small[key]!
    const ratio = atBig.ms.median / atSmall.ms.median
    return {
      id,
      name: `${key} ${kind} (ms), big vs small`,
      value: `${fmt(atBig.ms, ' ms')} (status ${atBig.status})`,
      ceiling: `${fmt(atSmall.ms, ' ms')} (status ${atSmall.status})`,
      ratio,
      target: '≤ 1.2 × small',
      met: atBig.status === 200 && atSmall.status === 200 && ratio <= 1.2,
    }
  })
}

/**
 * The share of a dataset's responses that are flagged, in all and per reason, e.g.
 * "2.0 % flagged: burst 0.7, repeat 0.7, too_fast 0.6": datasets kept from before the
 * mix of reasons was built in hold 3 % `repeat` only, and the row says which it measured.
 */
export function flaggedShare(data: Dataset): string {
  const db = new Database(data.path, { readonly: true })
  try {
    const total = db.prepare('select count(*) from responses').pluck().get() as number
    const reasons = db
      .prepare(
        'select flag_reason as reason, count(*) as n from responses where flag_reason is not null group by flag_reason order by flag_reason',
      )
      .all() as { reason: string; n: number }[]
    const percent = (n: number) => ((100 * n) / Math.max(total, 1)).toFixed(1)
    const flagged = reasons.reduce((sum, r) => sum + r.n, 0)
    return `${percent(flagged)} % flagged: ${reasons.map((r) => `${r.reason} ${percent(r.n)}`).join(', ') || 'none'}`
  } finally {
    db.close()
  }
}

/** The survey page as a phone first loads it: HTML, CSS and JS, each gzip-compressed; and any URL to another host. */
export async function measurePageWeight(app: Running, code: string): Promise<Measure> {
  const html = await (await fetch(`${app.url}/s/${code}`)).text()
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map((m) => m[1]!)
  const bodies = [html, ...(await Promise.all(assets.map(async (a) => (await fetch(app.url + a)).text())))]
  const bytes = bodies.reduce((sum, b) => sum + gzipSync(Buffer.from(b)).length, 0)
  const foreign = [...html.matchAll(/(?:src|href|action)="((?:https?:)?\/\/[^"]*)"/g)].length
  return {
    id: 'P6',
    name: 'Survey page weight (HTML + CSS + JS, gzip)',
    value: `${(bytes / 1024).toFixed(1)} KB, ${foreign} other-host URLs`,
    ceiling: '',
    ratio: null,
    target: '≤ 14 KB, none',
    met: bytes <= 14 * 1024 && foreign === 0,
  }
}
