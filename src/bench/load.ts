/** Load with autocannon (several runs, median and range) and simple timed fetches. */
import autocannon from 'autocannon'
import { createRequire } from 'node:module'
import { get as httpGet } from 'node:http'

export type Figure = { median: number; min: number; max: number }

export const summarise = (values: number[]): Figure => {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

export type LoadOptions = {
  url: string
  connections: number
  seconds: number
  runs: number
  requests: autocannon.Request[]
}

export type LoadResult = { rps: Figure; p99: Figure; errors: number }

/**
 * autocannon keeps every response body as a string, for `expectBody` and
 * `onResponse`, neither used here. Decoding a gzip body (not UTF-8) took 40 %
 * of the load generator's core, on the same two cores as the server under
 * test: the generator's cost, not the server's, so it is skipped, for the
 * ceilings and the app alike. (No option turns it off; this is autocannon 9's
 * queue of requests in flight.)
 */
function skipBodyDecoding() {
  const queue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as {
    prototype: { addBody: (data: Buffer) => void }
  }
  queue.prototype.addBody = () => {}
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  skipBodyDecoding()
  const rps: number[] = []
  const p99: number[] = []
  let errors = 0
  for (let run = 0; run < options.runs; run++) {
    const result = await autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
      requests: options.requests,
    })
    rps.push(result.requests.average)
    p99.push(result.latency.p99)
    // 303 after a submission is success; count only failures.
    errors += result.errors + result.timeouts + result['4xx'] + result['5xx']
  }
  return { rps: summarise(rps), p99: summarise(p99), errors }
}

/**
 * Load until `until` resolves (at least `minSeconds`): requests per second over
 * the whole span, so a span that is not a whole number of seconds counts fairly.
 */
export async function loadUntil(
  options: Omit<LoadOptions, 'seconds' | 'runs'>,
  until: () => Promise<void>,
): Promise<{ rps: number; errors: number; seconds: number }> {
  skipBodyDecoding()
  const started = performance.now()
  let finish: (result: autocannon.Result) => void = () => {}
  const finished = new Promise<autocannon.Result>((resolve) => (finish = resolve))
  const instance = autocannon(
    { url: options.url, connections: options.connections, duration: 24 * 3600, requests: options.requests },
    (error, result) => (error ? finish({ requests: { total: 0 } } as autocannon.Result) : finish(result)),
  )
  await until()
  instance.stop()
  const result = await finished
  const seconds = (performance.now() - started) / 1000
  const errors = result.errors + result.timeouts + result['4xx'] + result['5xx']
  return { rps: result.requests.total / seconds, errors: Number.isNaN(errors) ? 0 : errors, seconds }
}

/** One GET as a browser sends it (gzip accepted), the body read to the end as sent: never unpacked here, so the client's work stays out of the server's figure. */
function getOnce(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: { 'accept-encoding': 'gzip, deflate', ...headers } }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/**
 * Milliseconds for a GET (body read to the end), median of `times` tries
 * after `warmUps` untimed ones (none for a download of millions of rows,
 * which is its own warm-up). A page of a few milliseconds needs a few
 * warm-ups and more tries, or its median moves by a third between runs.
 * `bytes` is what went over the wire.
 */
export async function timeGet(
  url: string,
  headers: Record<string, string>,
  times = 15,
  warmUps = 3,
): Promise<{ ms: Figure; status: number; bytes: number }> {
  let status = 0
  let bytes = 0
  const ms: number[] = []
  for (let i = -warmUps; i < times; i++) {
    const start = performance.now()
    const res = await getOnce(url, headers)
    if (i >= 0) ms.push(performance.now() - start)
    status = res.status
    bytes = res.bytes
  }
  return { ms: summarise(ms), status, bytes }
}
