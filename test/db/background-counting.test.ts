/**
 * Background counting against a fake backlog: slices until nothing is left, never
 * while submissions are being written, a bounded catch-up before reads, and a
 * retry after a failure.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBackgroundCounting } from '../../src/db/background-counting.js'

/** A backlog of `left` responses; each `countNext(n)` takes up to n of them, spending `msEach` per response. */
function backlog(left: number, msEach = 0) {
  const slices: number[] = []
  return {
    slices,
    get left() {
      return left
    },
    countNext(n: number) {
      const counted = Math.min(n, left)
      const until = performance.now() + counted * msEach
      while (performance.now() < until);
      left -= counted
      if (counted > 0) slices.push(counted)
      return counted
    },
  }
}
/** The backlog's countNext, throwing the first time it is called. */
function failingOnce(work: ReturnType<typeof backlog>, message: string) {
  let failed = false
  return (n: number) => {
    if (!failed) {
      failed = true
      throw new Error(message)
    }
    return work.countNext(n)
  }
}
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((done) => setImmediate(done))
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('createBackgroundCounting', () => {
  it('counts the backlog in slices, one per turn of the event loop, until nothing is left', async () => {
    const work = backlog(1000)
    const counting = createBackgroundCounting({ countNext: (n) => work.countNext(n), busy: () => false, open: () => true })

    counting.schedule()
    expect(work.left).toBe(1000) // nothing counted before the next turn
    await turns(200)

    expect(work.left).toBe(0)
    expect(work.slices.length).toBeGreaterThan(1)
    expect(work.slices.reduce((a, b) => a + b, 0)).toBe(1000)
  })

  it('counts nothing while submissions are being written, and goes on when scheduled after them', async () => {
    const work = backlog(10)
    let busy = true
    const counting = createBackgroundCounting({ countNext: (n) => work.countNext(n), busy: () => busy, open: () => true })

    counting.schedule()
    await turns(5)
    expect(work.left).toBe(10)

    busy = false
    counting.schedule()
    await turns(5)
    expect(work.left).toBe(0)
  })

  it('stops when the database has been closed', async () => {
    const work = backlog(10)
    const counting = createBackgroundCounting({ countNext: (n) => work.countNext(n), busy: () => false, open: () => false })
    counting.schedule()
    await turns(5)
    expect(work.left).toBe(10)
  })

  it('catches up at once when little is left', () => {
    const work = backlog(30)
    createBackgroundCounting({ countNext: (n) => work.countNext(n), busy: () => false, open: () => true }).catchUp()
    expect(work.left).toBe(0)
  })

  it('catches up for about the time allowed when much is left, and leaves the rest to the background', async () => {
    // 0.2 ms a response: 20 ms allowed counts some hundreds of 10,000.
    const work = backlog(10_000, 0.2)
    const counting = createBackgroundCounting({ countNext: (n) => work.countNext(n), busy: () => false, open: () => true })

    counting.catchUp(20)

    // The first slice is sized from a guess (0.25 ms a response), so the bound is loose: a hundred or so, not all 10,000.
    expect(work.left).toBeLessThan(10_000)
    expect(work.left).toBeGreaterThan(9_000)
    const before = work.left
    await turns(3)
    expect(work.left).toBeLessThan(before)
  })

  it('lets a read go on when catching up fails, and counts in the background after', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const work = backlog(5)
    const counting = createBackgroundCounting({ countNext: failingOnce(work, 'disk full'), busy: () => false, open: () => true })

    expect(() => counting.catchUp()).not.toThrow()
    expect(console.error).toHaveBeenCalledOnce()
    await turns(3)
    expect(work.left).toBe(0)
  })

  it('logs a failed slice and tries again a second later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const work = backlog(5)
    const counting = createBackgroundCounting({
      countNext: failingOnce(work, 'database is locked'),
      busy: () => false,
      open: () => true,
    })

    counting.schedule()
    await turns(3)
    expect(work.left).toBe(5)
    expect(console.error).toHaveBeenCalledOnce()

    vi.advanceTimersByTime(1000)
    await turns(3)
    expect(work.left).toBe(0)
  })
})
