/**
 * Poster PDFs drawn in a worker thread (poster-pdf-worker.ts), for the poster bundle job: one
 * thread per job, ended with it. A thread that stops (an error it did not catch, out of memory)
 * fails every PDF asked of it, so the job fails with the reason instead of waiting forever.
 *
 * @example
 * const drawer = startPosterPdfThread()
 * try { zip(await drawer.draw(posters, 'a4', name)) } finally { await drawer.close() }
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PosterContent } from './poster-content.js'
import type { PosterSize } from './poster-pdf.js'
import type { DrawReply, DrawRequest } from './poster-pdf-worker.js'

export type PosterPdfDrawer = {
  draw: (posters: PosterContent[], size: PosterSize, title: string) => Promise<Uint8Array>
  close: () => Promise<void>
}

/**
 * The compiled worker beside this file under dist/. Run from source (tsx, vitest) this file is .ts
 * and so is the worker; on Node 20 a worker gets no ESM loader hooks, so it loads through tsx's
 * require hook instead.
 */
export function posterPdfWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./poster-pdf-worker.js', import.meta.url))
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs')
  const file = fileURLToPath(new URL('./poster-pdf-worker.ts', import.meta.url))
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)})`, { eval: true })
}

/** `start` makes the thread (a test gives one that fails). */
export function startPosterPdfThread(start: () => Worker = posterPdfWorker): PosterPdfDrawer {
  const worker = start()
  const waiting = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>()
  let nextId = 0
  let stopped: Error | undefined
  let closing = false

  const stop = (reason: Error) => {
    stopped ??= reason
    for (const { reject } of waiting.values()) reject(stopped)
    waiting.clear()
  }
  worker.on('message', (reply: DrawReply) => {
    const asked = waiting.get(reply.id)
    waiting.delete(reply.id)
    if ('pdf' in reply) asked?.resolve(reply.pdf)
    else asked?.reject(new Error(`drawing the posters failed: ${reply.error}`))
  })
  worker.on('error', (error) => stop(new Error(`the poster drawing thread stopped: ${error.message}`)))
  worker.on('exit', (code) => {
    if (!closing) stop(new Error(`the poster drawing thread stopped (exit code ${code})`))
  })

  return {
    draw(posters, size, title) {
      if (stopped) return Promise.reject(stopped)
      const id = nextId++
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, posters, size, title } satisfies DrawRequest)
      })
    },
    async close() {
      closing = true
      stop(new Error('the poster drawing thread was closed'))
      await worker.terminate()
    },
  }
}
