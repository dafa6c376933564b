/** Public results URLs: the DLA code is the address, so it is stable, guessable and permanent. */
export const PUBLIC_SEARCH_PATH = '/o'

/** `/o/4810102` */
export const publicResultsPath = (dlaCode: string) => `${PUBLIC_SEARCH_PATH}/${encodeURIComponent(dlaCode)}`
