/**
 * An action's photo, as the public will see it: whatever a phone sent (JPEG, PNG, WebP or HEIC)
 * decoded by sharp, turned upright, shrunk to at most 1600 px on its long side and re-encoded as a
 * JPEG with no metadata at all, so a camera's GPS position and serial number never leave the
 * office. A file sharp cannot decode is not an image, whatever its name says.
 */
import type SharpModule from 'sharp'

type Sharp = typeof SharpModule

export const MAX_PHOTO_MEGABYTES = 5
export const MAX_PHOTO_BYTES = MAX_PHOTO_MEGABYTES * 1024 * 1024
export const PHOTO_LONG_SIDE = 1600
export const THUMB_LONG_SIDE = 320
/** sharp's names for the formats taken; HEIC is a HEIF container. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif'])
/** A decompression bomb (a tiny file that decodes to gigapixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 60_000_000

export type PreparedPhoto = { jpeg: Buffer; thumb: Buffer; width: number; height: number }
export type PhotoProblem = 'notImage' | 'tooLarge'

let loading: Promise<Sharp> | undefined
/**
 * sharp, loaded on first use: it brings libvips, about 30 MB of the server's memory, which a server
 * that never receives a photo (most days, most of them) need not carry.
 */
const loadSharp = () => (loading ??= import('sharp').then((module) => module.default))

const encode = (sharp: Sharp, input: Buffer, longSide: number, quality: number) =>
  sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })

export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto | { problem: PhotoProblem }> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { problem: 'tooLarge' }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sharp = await loadSharp()
  try {
    const { format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()
    if (!format || !ACCEPTED_FORMATS.has(format)) return { problem: 'notImage' }
    const photo = await encode(sharp, input, PHOTO_LONG_SIDE, 80)
    const thumb = await encode(sharp, photo.data, THUMB_LONG_SIDE, 70)
    return { jpeg: photo.data, thumb: thumb.data, width: photo.info.width, height: photo.info.height }
  } catch {
    // Not decodable: a text file named .jpg, a truncated upload, a HEIC this build of libvips cannot read.
    return { problem: 'notImage' }
  }
}
