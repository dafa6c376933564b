/**
 * The poster bundle's drawing thread (started by poster-pdf-thread.ts): it takes the posters of
 * one PDF at a time and answers with the PDF's bytes. Drawing thousands of PDFs is minutes of
 * work that would otherwise hold the server's event loop between residents' submissions; here
 * it holds only this thread, which on Linux runs at a low priority (nice is per thread there),
 * so it takes the CPU time the server does not want.
 */
import { setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import type { PosterContent } from './poster-content.js'
import { posterPdfStream, type PosterSize } from './poster-pdf.js'

export type DrawRequest = { id: number; posters: PosterContent[]; size: PosterSize; title: string }
export type DrawReply = { id: number; pdf: Uint8Array } | { id: number; error: string }

/** Between the server's own priority (0) and the integrity check's (19): the bundle still ends when the server is busy. */
const NICE = 10

const port = parentPort
if (port) {
  if (process.platform === 'linux') {
    try {
      setPriority(NICE)
    } catch {
      // Not permitted here: the thread runs at the server's priority, which is only slower for residents.
    }
  }
  // One PDF at a time, in the order asked for: the bundle bounds how many it has asked for.
  let queue = Promise.resolve()
  port.on('message', (request: DrawRequest) => {
    queue = queue.then(async () => {
      try {
        const pdf = new Uint8Array(Buffer.concat(await posterPdfStream(request.posters, request.size, request.title).toArray()))
        port.postMessage({ id: request.id, pdf } satisfies DrawReply, [pdf.buffer])
      } catch (error) {
        port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies DrawReply)
      }
    })
  })
}
