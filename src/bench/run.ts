/**
 * `npm run bench [-- --responses 10000000]`: builds a national dataset, starts
 * the real server and two ceiling servers on loopback, measures P1–P13 and
 * prints one table of figures, ceilings and ratios (also written as JSON to
 * bench-results/latest.json). Not part of `npm test`.
 *
 * `--keep <folder>` keeps the built datasets there and reuses them on the next
 * run with the same sizes (each run works on a copy, since the submission
 * measure adds rows): a 10-million dataset takes minutes to build.
 * `--only P9,P10` takes only those measures (and builds only what they need).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset, DATASET_FORMAT, type Dataset } from './dataset.js'
import { measureAll } from './measures.js'
import { renderTable } from './report.js'
import { needs, parseOnly } from './selection.js'

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '1000000' },
    small: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
    only: { type: 'string' },
  },
})
const selection = (() => {
  try {
    return parseOnly(values.only)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()
const log = (line: string) => console.log(line)

const dir = mkdtempSync(join(tmpdir(), 'survey-bench-'))

/** A dataset of `count` responses in the run's folder: built there, or copied from `--keep` (built there first if missing). */
async function dataset(name: string, count: number): Promise<Dataset> {
  const path = join(dir, `${name}.db`)
  if (!values.keep) return buildDataset(path, count, log)
  mkdirSync(values.keep, { recursive: true })
  const kept = join(values.keep, `${name}-${count}.db`)
  if (!existsSync(`${kept}.json`)) writeFileSync(`${kept}.json`, JSON.stringify(await buildDataset(kept, count, log)))
  const data = JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as Dataset
  const format = data.format ?? 1
  // Reused all the same (a 10-million dataset takes long to build): the review queue rows say which flags they read.
  log(
    format === DATASET_FORMAT
      ? `  using ${kept}`
      : `  using ${kept}, built in dataset format ${format} (now ${DATASET_FORMAT}, see src/bench/dataset.ts); delete it to rebuild`,
  )
  copyFileSync(kept, path)
  return { ...data, path }
}

try {
  let small: Dataset | undefined
  if (needs(selection).smallDataset) {
    log(`Building the small dataset (${Number(values.small).toLocaleString('en')} responses)…`)
    small = await dataset('small', Number(values.small))
  }
  log(`Building the national dataset (${Number(values.responses).toLocaleString('en')} responses)…`)
  const big = await dataset('big', Number(values.responses))
  const responses = { small: Number(values.small), big: Number(values.responses) }
  const results = await measureAll({
    small,
    big,
    responses,
    dir,
    seconds: Number(values.seconds),
    runs: Number(values.runs),
    selection,
    log,
  })
  const table = renderTable(results)
  console.log(`\n${table}`)
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2))
  writeFileSync('bench-results/latest.md', `${table}\n`)
  log('Written bench-results/latest.json and bench-results/latest.md')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
