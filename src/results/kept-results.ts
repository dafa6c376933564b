/**
 * Figures kept between requests for as long as what they were worked out from
 * has not changed. Each value is kept with a version string read cheaply from
 * the database; a different version means work it out again. The one asked for
 * longest ago goes first when there are more than `size`.
 */
import type { Db } from '../db/client.js'

export function keptByVersion<T>(size: number) {
  // A Map keeps insertion order: the first key is the one used longest ago.
  const entries = new Map<string, { version: string; value: T }>()
  return (key: string, version: string, compute: () => T): T => {
    const hit = entries.get(key)
    entries.delete(key)
    const entry = hit && hit.version === version ? hit : { version, value: compute() }
    entries.set(key, entry)
    if (entries.size > size) entries.delete(entries.keys().next().value!)
    return entry.value
  }
}

/**
 * An organisation's version in a round. Every stored response adds to the
 * organisation's response count (one row per flag in
 * `organisation_response_tallies`), so the counts and the time of the last
 * response say, for the price of one keyed lookup, whether anything its
 * figures came from is different now, whichever connection or process wrote it.
 */
export function organisationVersion(db: Db): (roundId: number, organisationId: number) => string {
  const rows = db.$client
    .prepare('select flagged, count, last_response_at from organisation_response_tallies where round_id = ? and organisation_id = ? order by flagged')
    .raw()
  return (roundId, organisationId) => JSON.stringify(rows.all(roundId, organisationId))
}
