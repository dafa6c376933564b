/**
 * The minute each stored, not yet counted response came in, by response id, for the tallies'
 * "last response" times (a row keeps only its hour, for privacy). A burst leaves hundreds of
 * thousands of responses waiting to be counted; kept as four bytes each in blocks of ids, not as
 * a map entry each (about 60 bytes), they cost the server a megabyte rather than tens.
 *
 * @example
 * const minutes = createArrivalMinutes()
 * minutes.set(41, Date.parse('2026-12-05T03:04:00Z'))
 * minutes.get(41) // the same instant
 * minutes.forgetThrough(41) // counted: minutes.get(41) is undefined
 */
const BLOCK = 4096
const MINUTE = 60_000

export function createArrivalMinutes() {
  // Block number → minutes since 1970 of the block's ids (0: none kept); Int32 holds them until the year 6053.
  const blocks = new Map<number, Int32Array>()
  let forgottenThrough = 0

  return {
    /** Keeps the minute (a whole minute, in ms) response `id` came in. */
    set(id: number, minute: number) {
      if (id <= forgottenThrough) return
      const number = Math.floor(id / BLOCK)
      let block = blocks.get(number)
      if (!block) blocks.set(number, (block = new Int32Array(BLOCK)))
      block[id % BLOCK] = Math.floor(minute / MINUTE)
    },
    /** The minute kept for `id`, or undefined when none is (counted already, or stored before a restart). */
    get(id: number): number | undefined {
      const minutes = blocks.get(Math.floor(id / BLOCK))?.[id % BLOCK]
      return minutes ? minutes * MINUTE : undefined
    },
    /** Forgets every id up to `id` (counted now). */
    forgetThrough(id: number) {
      if (id <= forgottenThrough) return
      forgottenThrough = id
      const last = Math.floor(id / BLOCK)
      for (const number of blocks.keys()) if (number < last) blocks.delete(number)
      blocks.get(last)?.fill(0, 0, (id % BLOCK) + 1)
    },
    /** How many blocks are held (for tests: blocks are let go as their ids are counted). */
    blocksHeld: () => blocks.size,
  }
}
