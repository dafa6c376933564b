import type { BenchResults } from './bench-app.js'

/** One Markdown table: each figure, its ceiling or comparison, the ratio and whether the target is met. */
export function renderTable(results: BenchResults): string {
  const m = results.machine
  const lines = [
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.date}. Responses: ${results.responses.big.toLocaleString('en')} (small dataset ${results.responses.small.toLocaleString('en')}).`,
    '',
    '| # | measure | figure (median, min–max) | ceiling / comparison | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const x of results.measures)
    lines.push(
      `| ${x.id} | ${x.name} | ${x.value} | ${x.ceiling || '–'} | ${x.ratio === null ? '–' : x.ratio.toFixed(2)} | ${x.target} | ${x.met === null ? '–' : x.met ? 'yes' : '**no**'} |`,
    )
  return lines.join('\n')
}
