import type { Words } from '../types.js'

/** The same words in Thai and English. */
export const w = (th: string, en: string): Words => ({ th, en })
