/**
 * Group commit: submissions that arrive while the disk is busy share one
 * durable transaction. Nobody is answered before the commit that holds their
 * row has returned (and with synchronous=FULL, that means it is on disk).
 *
 * better-sqlite3 is synchronous, so while one commit is being fsync'd the event
 * loop is blocked and new requests queue up; the next flush takes them all.
 */
export type BatchWriter<In, Out> = (items: In[]) => Array<{ ok: true; value: Out } | { ok: false; error: unknown }>

export function createGroupCommit<In, Out>(writeBatch: BatchWriter<In, Out>, maxBatch = 256) {
  let queue: Array<{ item: In; resolve: (v: Out) => void; reject: (e: unknown) => void }> = []
  let scheduled = false

  const flush = () => {
    scheduled = false
    const batch = queue.splice(0, maxBatch)
    if (queue.length > 0) schedule()
    try {
      const results = writeBatch(batch.map((b) => b.item))
      results.forEach((r, i) => (r.ok ? batch[i]!.resolve(r.value) : batch[i]!.reject(r.error)))
    } catch (error) {
      for (const b of batch) b.reject(error)
    }
  }
  const schedule = () => {
    if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  }

  return {
    submit(item: In): Promise<Out> {
      return new Promise<Out>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        schedule()
      })
    },
  }
}
