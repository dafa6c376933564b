import { describe, expect, it } from 'vitest'
import { createGroupCommit, type BatchWriter } from '../../src/db/group-commit.js'

/** A batch writer that records its calls and answers each number n with "n×10". */
function recordingWriter(events: string[] = [], fail: (n: number) => boolean = () => false) {
  const calls: number[][] = []
  const write: BatchWriter<number, string> = (items) => {
    calls.push([...items])
    events.push(`write ${items.join(',')}`)
    const results = items.map((n) =>
      fail(n) ? { ok: false as const, error: new Error(`item ${n} failed`) } : { ok: true as const, value: `${n}×10` },
    )
    events.push('written')
    return results
  }
  return { calls, write }
}

describe('createGroupCommit', () => {
  it('writes submissions made in the same tick in one batch, in order, each getting its own result', async () => {
    const { calls, write } = recordingWriter()
    const commit = createGroupCommit(write, { maxBatch: 256 })
    const pending = [1, 2, 3, 4, 5].map((n) => commit.submit(n))
    expect(calls).toEqual([]) // nothing is written synchronously
    expect(await Promise.all(pending)).toEqual(['1×10', '2×10', '3×10', '4×10', '5×10'])
    expect(calls).toEqual([[1, 2, 3, 4, 5]])
  })

  it('is busy from the first submission until the last batch is durable', async () => {
    const { write } = recordingWriter()
    let release = () => {}
    const commit = createGroupCommit(write, { sync: () => new Promise<void>((done) => (release = done)) })
    expect(commit.busy()).toBe(false)
    const pending = commit.submit(1)
    expect(commit.busy()).toBe(true)
    await new Promise((done) => setImmediate(done))
    expect(commit.busy()).toBe(true) // written, waiting for the disk
    release()
    await pending
    await new Promise((done) => setImmediate(done))
    expect(commit.busy()).toBe(false)
  })

  it('rejects only the item whose write failed', async () => {
    const { calls, write } = recordingWriter([], (n) => n === 2)
    const commit = createGroupCommit(write)
    const settled = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)))
    expect(calls).toHaveLength(1)
    expect(settled[0]).toEqual({ status: 'fulfilled', value: '1×10' })
    expect(settled[1]).toMatchObject({ status: 'rejected', reason: { message: 'item 2 failed' } })
    expect(settled[2]).toEqual({ status: 'fulfilled', value: '3×10' })
  })

  it('rejects every item of a batch whose writer throws, with that error', async () => {
    const boom = new Error('disk full')
    const commit = createGroupCommit<number, string>(() => {
      throw boom
    })
    const settled = await Promise.allSettled([1, 2, 3].map((n) => commit.submit(n)))
    expect(settled).toEqual([1, 2, 3].map(() => ({ status: 'rejected', reason: boom })))
  })

  it('keeps working after a thrown batch', async () => {
    let throwNext = true
    const commit = createGroupCommit<number, number>((items) => {
      if (throwNext) {
        throwNext = false
        throw new Error('once')
      }
      return items.map((n) => ({ ok: true as const, value: n + 1 }))
    })
    await expect(commit.submit(1)).rejects.toThrow('once')
    await expect(commit.submit(2)).resolves.toBe(3)
  })

  it.each([
    // 7 items, at most 3 a batch: 3 + 3 + 1.
    [7, 3, [[1, 2, 3], [4, 5, 6], [7]]],
    // Exactly maxBatch: one batch.
    [3, 3, [[1, 2, 3]]],
    [
      4,
      2,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [3, 1, [[1], [2], [3]]],
  ])('splits %i items with maxBatch %i into batches %j', async (count, maxBatch, batches) => {
    const { calls, write } = recordingWriter()
    const commit = createGroupCommit(write, { maxBatch })
    const items = Array.from({ length: count }, (_, i) => i + 1)
    expect(await Promise.all(items.map((n) => commit.submit(n)))).toEqual(items.map((n) => `${n}×10`))
    expect(calls).toEqual(batches)
  })

  it('answers nobody before the writer holding their item has returned and its sync has finished', async () => {
    const events: string[] = []
    const { write } = recordingWriter(events)
    let syncs = 0
    const sync = async () => {
      const n = ++syncs
      events.push(`sync ${n} started`)
      await new Promise((resolve) => setTimeout(resolve, 5))
      events.push(`sync ${n} done`)
    }
    const commit = createGroupCommit(write, { maxBatch: 2, sync })
    const pending = [1, 2, 3].map((n) => commit.submit(n).then((v) => events.push(`resolved ${v}`)))
    await Promise.all(pending)
    const at = (e: string) => events.indexOf(e)
    expect(at('sync 1 done')).toBeLessThan(at('resolved 1×10'))
    expect(at('sync 1 done')).toBeLessThan(at('resolved 2×10'))
    expect(at('sync 2 done')).toBeLessThan(at('resolved 3×10'))
    expect(at('write 1,2')).toBeLessThan(at('sync 1 started'))
    expect(at('write 3')).toBeGreaterThan(at('sync 1 done'))
  })

  it('rejects the whole batch when the sync fails, since nothing of it is known to be on disk', async () => {
    const { write } = recordingWriter()
    const commit = createGroupCommit(write, {
      sync: async () => {
        throw new Error('fsync failed')
      },
    })
    const settled = await Promise.allSettled([1, 2].map((n) => commit.submit(n)))
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected'])
  })

  it('takes submissions made while a sync is running into the next batch', async () => {
    const { calls, write } = recordingWriter()
    let release: () => void = () => {}
    const commit = createGroupCommit(write, { sync: () => new Promise<void>((resolve) => (release = resolve)) })
    const first = commit.submit(1)
    await new Promise((resolve) => setImmediate(resolve)) // batch [1] written, its sync pending
    const later = [2, 3, 4].map((n) => commit.submit(n))
    release()
    await first
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await Promise.all(later)
    expect(calls).toEqual([[1], [2, 3, 4]])
  })

  it('puts a submission made after a flush into the next batch', async () => {
    const { calls, write } = recordingWriter()
    const commit = createGroupCommit(write)
    const first = commit.submit(1)
    await first
    await commit.submit(2)
    expect(calls).toEqual([[1], [2]])
  })
})
