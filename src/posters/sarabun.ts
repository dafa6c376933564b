/**
 * Sarabun, the Thai government's typeface, from its npm package: the same files are drawn into
 * poster PDFs and served to the HTML poster (`/static/fonts/…`, named in static/poster.css), so
 * both print alike and no page asks another site for a font.
 *
 * @example
 * doc.registerFont('bold', sarabunFile('bold'))
 */
import { createRequire } from 'node:module'

export const SARABUN_WEIGHTS = ['regular', 'bold'] as const
export type SarabunWeight = (typeof SARABUN_WEIGHTS)[number]

const PACKAGE_FILES: Record<SarabunWeight, string> = {
  regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
}

/** Where the app serves each weight; static/poster.css names these in its @font-face rules. */
export const SARABUN_PATHS: Record<SarabunWeight, string> = {
  regular: '/static/fonts/sarabun-400.ttf',
  bold: '/static/fonts/sarabun-700.ttf',
}

/** The font file on disk, looked up when first asked for. */
export const sarabunFile = (weight: SarabunWeight): string => createRequire(import.meta.url).resolve(PACKAGE_FILES[weight])
