/** Reading the bar lists (views/components/charts/bar-list.tsx) out of a page's HTML, for tests. */

/** The markup of one chart: from its container to its end (its lists hold no block of their own). */
export function chartOf(html: string, id: string): string {
  const start = html.indexOf(`data-chart="${id}"`)
  if (start < 0) throw new Error(`no chart ${id}`)
  const lists = html.slice(start).search(/<[ou]l class="bar-list__rows"/)
  return html.slice(start, html.indexOf('</div>', start + lists))
}

export type ChartRow = { label: string; text: string; length?: string; interval?: string }

const plain = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

/** Each row by its key, in order: its label, its figure in words, and the bar's length and interval when drawn. */
export function rowsOfChart(chart: string): Map<string, ChartRow> {
  const out = new Map<string, ChartRow>()
  for (const m of chart.matchAll(/<li data-bar="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)) {
    const body = m[2]!
    const label = plain(/<span class="bar-list__label">([\s\S]*?)<\/span>/.exec(body)![1]!)
    const text = plain(/class="bar-list__value">([\s\S]*?)<\/(?:strong|em)>/.exec(body)![1]!)
    const length = /data-bar-length="([^"]+)"/.exec(body)?.[1]
    const interval = /data-interval="([^"]+)"/.exec(body)?.[1]
    out.set(m[1]!, {
      label,
      text,
      ...(length === undefined ? {} : { length }),
      ...(interval === undefined ? {} : { interval }),
    })
  }
  return out
}
