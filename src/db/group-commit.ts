/**
 * Group commit: submissions that arrive close together share one transaction
 * and one fsync, and nobody is answered before the fsync that covers their row
 * has returned.
 *
 * The transaction itself is quick (no fsync inside it, see `wal-sync.ts`); the
 * fsync runs on libuv's thread pool, so while the disk is busy the event loop
 * keeps accepting requests, and they all go into the next batch.
 */
export type BatchWriter<In, Out> = (items: In[]) => Array<{ ok: true; value: Out } | { ok: false; error: unknown }>

export type GroupCommitOptions = {
  /** Makes everything written so far durable; resolves when it is on disk. */
  sync?: () => Promise<void>
  maxBatch?: number
}

export function createGroupCommit<In, Out>(writeBatch: BatchWriter<In, Out>, options: GroupCommitOptions = {}) {
  const { sync = async () => {}, maxBatch = 1024 } = options
  const queue: Array<{ item: In; resolve: (v: Out) => void; reject: (e: unknown) => void }> = []
  let running = false

  const run = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      let results: ReturnType<BatchWriter<In, Out>>
      try {
        results = writeBatch(batch.map((b) => b.item))
        await sync()
      } catch (error) {
        for (const b of batch) b.reject(error)
        continue
      }
      results.forEach((r, i) => (r.ok ? batch[i]!.resolve(r.value) : batch[i]!.reject(r.error)))
    }
    running = false
  }

  return {
    /** Whether a batch is being written or made durable, or items are waiting for one. */
    busy: () => running,
    submit(item: In): Promise<Out> {
      return new Promise<Out>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        if (!running) {
          running = true
          setImmediate(run)
        }
      })
    },
  }
}
