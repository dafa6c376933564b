/**
 * A ZIP of poster PDFs, one per organisation, written to a file as it goes: each PDF is drawn
 * (yielding between pages), added stored (PDFs are already compressed) and let go, so memory
 * stays at one organisation's posters whatever the bundle's size. fflate marks the Thai names
 * as UTF-8 in the ZIP, so every unzip tool shows them as typed.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { Zip, ZipPassThrough } from 'fflate'
import { bundleEntryName, type BundleEntry } from './bundle-names.js'
import type { PosterContent } from './poster-content.js'
import { posterPdfStream, type PosterSize } from './poster-pdf.js'

export type BundleOrganisation = BundleEntry & { id: number }

export type PosterBundleInput = {
  organisations: BundleOrganisation[]
  /** The posters of one organisation, read when its turn comes. */
  postersOf: (organisation: BundleOrganisation) => PosterContent[]
  size: PosterSize
  /** Called after each organisation, with how many are in the ZIP. */
  progress: (done: number) => void
  /** Awaited between organisations: gives the event loop to residents' submissions. */
  pause: () => Promise<void>
  now: Date
}

export async function writePosterBundle(path: string, input: PosterBundleInput): Promise<void> {
  const out = createWriteStream(path)
  let zipError: Error | undefined
  out.on('error', (error) => (zipError ??= error))
  const zip = new Zip((error, chunk, final) => {
    if (error) zipError = error
    else out.write(chunk)
    if (final) out.end()
  })
  try {
    let done = 0
    for (const organisation of input.organisations) {
      const name = bundleEntryName(organisation)
      const posters = input.postersOf(organisation)
      const pdf = Buffer.concat(await posterPdfStream(posters, input.size, name.replace(/\.pdf$/, '')).toArray())
      const entry = new ZipPassThrough(name)
      entry.mtime = input.now
      zip.add(entry)
      entry.push(pdf, true)
      if (zipError) throw zipError
      input.progress(++done)
      if (out.writableNeedDrain) await once(out, 'drain')
      await input.pause()
    }
    zip.end()
    if (zipError) throw zipError
    await finished(out)
  } catch (error) {
    out.destroy()
    throw error
  }
}
