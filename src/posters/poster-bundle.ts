/**
 * A ZIP of poster PDFs, one per organisation or per district, written to a file as it goes:
 * each file's posters are read here (yielding between organisations) and drawn elsewhere
 * (`draw`, a worker thread in the job), a few files ahead; each PDF is added stored (PDFs are
 * already compressed) in order and let go, so memory stays at a few files' posters whatever the
 * bundle's size. fflate marks the Thai names
 * as UTF-8 (flag bit 11); Info-ZIP's unzip ignores that flag and reads the Unicode path field
 * instead, so each entry carries both.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import { Zip, ZipPassThrough } from 'fflate'
import type { BundleEntry, DistrictEntry } from './bundle-names.js'
import type { PosterContent } from './poster-content.js'
import type { PosterSize } from './poster-pdf.js'
import type { PosterPdfDrawer } from './poster-pdf-thread.js'

/** The Info-ZIP Unicode Path extra field (0x7075): version 1, the CRC-32 of the header's name, the UTF-8 name. */
export function unicodePathField(name: string): Uint8Array {
  const utf8 = Buffer.from(name, 'utf8')
  const field = Buffer.alloc(5 + utf8.length)
  field[0] = 1
  field.writeUInt32LE(crc32(utf8), 1)
  utf8.copy(field, 5)
  return field
}

export type BundleOrganisation = BundleEntry & DistrictEntry & { id: number }

export type PosterBundleInput = {
  /** Each file of the ZIP: its name and the organisations whose posters it holds (`bundleFiles`). */
  files: { name: string; organisations: BundleOrganisation[] }[]
  /** The posters of one organisation, read when its turn comes. */
  postersOf: (organisation: BundleOrganisation) => PosterContent[]
  size: PosterSize
  /** Called after each organisation, with how many are in the ZIP. */
  progress: (done: number) => void
  /** Awaited between organisations: gives the event loop to residents' submissions. */
  pause: () => Promise<void>
  now: Date
  draw: PosterPdfDrawer['draw']
}

/** Files asked of `draw` and not yet in the ZIP: enough to keep the drawing thread busy while this one reads the next. */
const AHEAD = 3

export async function writePosterBundle(path: string, input: PosterBundleInput): Promise<void> {
  const out = createWriteStream(path)
  let zipError: Error | undefined
  out.on('error', (error) => (zipError ??= error))
  const zip = new Zip((error, chunk, final) => {
    if (error) zipError = error
    else out.write(chunk)
    if (final) out.end()
  })
  const asked: { name: string; organisations: number; pdf: Promise<Uint8Array> }[] = []
  let done = 0
  const addOldest = async () => {
    const { name, organisations, pdf } = asked.shift()!
    const bytes = await pdf
    const entry = new ZipPassThrough(name)
    entry.mtime = input.now
    entry.extra = { 0x7075: unicodePathField(name) }
    zip.add(entry)
    entry.push(bytes, true)
    if (zipError) throw zipError
    input.progress((done += organisations))
    if (out.writableNeedDrain) await once(out, 'drain')
  }
  try {
    for (const file of input.files) {
      const posters = []
      for (const organisation of file.organisations) {
        posters.push(...input.postersOf(organisation))
        if (file.organisations.length > 1) await input.pause()
      }
      const pdf = input.draw(posters, input.size, file.name.replace(/\.pdf$/, ''))
      // Its failure is met when its turn comes; until then it must not count as unhandled.
      void pdf.catch(() => undefined)
      asked.push({ name: file.name, organisations: file.organisations.length, pdf })
      if (asked.length >= AHEAD) await addOldest()
      await input.pause()
    }
    while (asked.length > 0) await addOldest()
    zip.end()
    if (zipError) throw zipError
    await finished(out)
  } catch (error) {
    out.destroy()
    throw error
  }
}
