/**
 * An organisation's figures kept between requests, for as long as its
 * responses have not changed. Every stored response adds to the
 * organisation's response count (one row per flag in
 * `organisation_response_tallies`), so the counts and the time of the last
 * response say, for the price of one keyed lookup, whether anything it was
 * worked out from is different now. That holds whichever connection or
 * process wrote the response.
 */
import type { Db } from '../db/client.js'

export function keptResults<T>(db: Db, size: number) {
  const versionOf = db.$client
    .prepare('select flagged, count, last_response_at from organisation_response_tallies where round_id = ? and organisation_id = ? order by flagged')
    .raw()
  // A Map keeps insertion order: the first key is the one used longest ago.
  const entries = new Map<string, { version: string; value: T }>()

  return {
    get(roundId: number, organisationId: number, compute: () => T): T {
      const key = `${roundId}:${organisationId}`
      const version = JSON.stringify(versionOf.all(roundId, organisationId))
      const hit = entries.get(key)
      entries.delete(key)
      const entry = hit && hit.version === version ? hit : { version, value: compute() }
      entries.set(key, entry)
      if (entries.size > size) entries.delete(entries.keys().next().value!)
      return entry.value
    },
  }
}
