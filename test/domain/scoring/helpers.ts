/** Shorthand for one item's counts: levels 5 → 1, then N/A. */
export function lv(five: number, four: number, three: number, two: number, one: number, na = 0): Record<string, number> {
  const counts: Record<string, number> = { '5': five, '4': four, '3': three, '2': two, '1': one }
  if (na) counts.na = na
  return counts
}

/** mulberry32: a small seeded PRNG so "random" tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
