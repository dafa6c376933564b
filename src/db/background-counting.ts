/**
 * Counts stored responses into the tallies while the server has nothing better
 * to do: in slices of a couple of milliseconds, and never while submissions are
 * waiting to be written, which always come first. After a burst the tallies
 * catch up once it has passed; a page that reads them counts what is left first
 * (`catchUp`), up to a bound, so staff see what was just submitted.
 */
export type BackgroundCountingOptions = {
  /** Counts up to n responses in one transaction; returns how many it counted. */
  countNext: (n: number) => number
  /** Whether the writer has submissions in hand: waiting, being written or being made durable. */
  busy: () => boolean
  /** Whether the database is still open (a test may close it with a slice still scheduled). */
  open: () => boolean
  sliceMs?: number
}

export function createBackgroundCounting({ countNext, busy, open, sliceMs = 2 }: BackgroundCountingOptions) {
  let scheduled = false
  // Learnt from each slice: a response costs from ~0.1 ms (a small database) to ~0.4 ms (ten million responses).
  let msPerResponse = 0.25

  const countFor = (ms: number): number => {
    const n = Math.max(1, Math.round(ms / msPerResponse))
    const started = performance.now()
    const counted = countNext(n)
    if (counted > 0) msPerResponse = 0.7 * msPerResponse + (0.3 * (performance.now() - started)) / counted
    return counted
  }

  const slice = () => {
    scheduled = false
    if (!open() || busy()) return
    try {
      if (countFor(sliceMs) > 0) schedule()
    } catch (error) {
      console.error('tallies not counted (will retry):', error)
      setTimeout(schedule, 1000).unref()
    }
  }

  function schedule() {
    if (scheduled) return
    scheduled = true
    setImmediate(slice)
  }

  return {
    /** Counts in the background until nothing is left; call whenever responses have been stored. */
    schedule,
    /** Counts what is left, spending at most `maxMs` (then the rest goes on in the background). */
    catchUp(maxMs = 200) {
      const until = performance.now() + maxMs
      let counted: number
      try {
        do counted = countFor(Math.min(50, until - performance.now()))
        while (counted > 0 && performance.now() < until)
      } catch (error) {
        // The page still shows what is counted; the background tries again.
        console.error('tallies not counted before a read (will retry):', error)
        counted = 1
      }
      if (counted > 0) schedule()
    },
  }
}
