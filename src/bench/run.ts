/**
 * `npm run bench [-- --responses 10000000]`: builds a national dataset, starts
 * the real server and two ceiling servers on loopback, measures P1–P8 from
 * issue 8 and prints one table of figures, ceilings and ratios (also written
 * as JSON to bench-results/latest.json). Not part of `npm test`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset } from './dataset.js'
import { measureAll } from './measures.js'
import { renderTable } from './report.js'

const { values } = parseArgs({ options: { responses: { type: 'string', default: '1000000' }, small: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' } } })
const log = (line: string) => console.log(line)

const dir = mkdtempSync(join(tmpdir(), 'survey-bench-'))
try {
  log(`Building the small dataset (${Number(values.small).toLocaleString('en')} responses)…`)
  const small = await buildDataset(join(dir, 'small.db'), Number(values.small), log)
  log(`Building the national dataset (${Number(values.responses).toLocaleString('en')} responses)…`)
  const big = await buildDataset(join(dir, 'big.db'), Number(values.responses), log)
  const responses = { small: Number(values.small), big: Number(values.responses) }
  const results = await measureAll({ small, big, responses, dir, seconds: Number(values.seconds), runs: Number(values.runs), log })
  const table = renderTable(results)
  console.log(`\n${table}`)
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2))
  writeFileSync('bench-results/latest.md', `${table}\n`)
  log('Written bench-results/latest.json and bench-results/latest.md')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
