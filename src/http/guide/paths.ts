/** The residents' guide: questions residents ask. */
export const RESIDENT_GUIDE_PATH = '/guide'
