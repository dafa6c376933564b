/**
 * Every open-data address in one place: the routes, the pages and the CKAN
 * metadata all build links from here, so a link can never point nowhere.
 *
 * @example
 * openDataPaths(3).dataset('organisations').csv // '/open-data/rounds/3/organisations.csv'
 */
import type { DatasetName } from './datasets.js'

export const OPEN_DATA_HOME = '/open-data'

export function openDataPaths(roundId: number | string) {
  const round = `${OPEN_DATA_HOME}/rounds/${roundId}`
  return {
    round,
    packageJson: `${round}/package.json`,
    dataset: (name: DatasetName) => ({
      /** For programs: no BOM, column codes in the header. */
      csv: `${round}/${name}.csv`,
      /** For people opening it in Excel: BOM, Thai column names in the header. */
      excelCsv: `${round}/${name}-excel.csv`,
      json: `${round}/${name}.json`,
      dictionary: `${round}/${name}/dictionary`,
      dictionaryCsv: `${round}/${name}/dictionary.csv`,
      dictionaryJson: `${round}/${name}/dictionary.json`,
    }),
  }
}
