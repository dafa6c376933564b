/**
 * Figures kept between requests for as long as what they were worked out from
 * has not changed. Each value is kept with a version string read cheaply from
 * the data layer; a different version means work it out again. The one asked for
 * longest ago goes first when there are more than `size`.
 */
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
