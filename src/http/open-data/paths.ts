/**
 * Every open-data address in one place: the routes, the pages and the CKAN
 * metadata all build links from here, so a link can never point nowhere.
 *
 * @example
 * openDataPaths(3).dataset('organisations').csv // '/open-data/rounds/3/organisations.csv'
 */
import type { ScopeKey } from '../../domain/scope.js'
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

/** The published annual report's file name for the country or a province: `national.pdf`, `province-81.pdf`. */
export const publishedReportFile = (key: Exclude<ScopeKey, { kind: 'organisation' }>) =>
  key.kind === 'national' ? 'national.pdf' : `province-${key.provinceCode}.pdf`

/** Where the public downloads it. */
export const publishedReportPath = (key: Exclude<ScopeKey, { kind: 'organisation' }>) =>
  `${OPEN_DATA_HOME}/reports/${publishedReportFile(key)}`

/** The scope a published report's file name stands for; undefined for any other name. */
export function publishedReportScope(file: string): Exclude<ScopeKey, { kind: 'organisation' }> | undefined {
  if (file === 'national.pdf') return { kind: 'national' }
  const m = /^province-(\d{2})\.pdf$/.exec(file)
  return m ? { kind: 'province', provinceCode: m[1]! } : undefined
}
