/** What every measure shares: the row it reports, the run it belongs to, and the app as a DLA officer uses it. */
import type { Dataset } from './dataset.js'
import { BENCH_PASSWORD } from './dataset.js'
import type { Figure } from './load.js'
import type { Selection } from './selection.js'
import { APP_ENV, startOptions, startServer, type Running } from './servers.js'

export type Measure = {
  id: string
  name: string
  value: string
  ceiling: string
  ratio: number | null
  target: string
  met: boolean | null
}
export type BenchResults = {
  machine: Record<string, string | number>
  responses: { small: number; big: number }
  measures: Measure[]
}

export type Context = {
  /** Absent when no selected measure compares with the small dataset. */
  small?: Dataset
  big: Dataset
  responses: { small: number; big: number }
  dir: string
  seconds: number
  runs: number
  selection: Selection
  log: (l: string) => void
}

export const fmt = (f: Figure, unit = '') => `${f.median.toFixed(0)}${unit} (${f.min.toFixed(0)}–${f.max.toFixed(0)})`

export const startApp = (data: Dataset, env: Record<string, string> = {}) =>
  startServer('src/server.js', { ...APP_ENV, ...env, DATABASE_PATH: data.path }, startOptions())

export async function signIn(app: Running): Promise<Record<string, string>> {
  const res = await fetch(`${app.url}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ username: 'bench-dla', password: BENCH_PASSWORD }),
  })
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' }
}

/** The CSRF token of a staff form's page, as the browser has it after opening the page. */
export async function csrfOf(app: Running, staff: Record<string, string>, path: string): Promise<string> {
  const form = await (await fetch(`${app.url}${path}`, { headers: staff })).text()
  return /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? ''
}

/** Posts a staff form with that token; the response, its redirect not followed. */
export function postForm(
  app: Running,
  staff: Record<string, string>,
  path: string,
  csrf: string,
  fields: Record<string, string>,
): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: staff,
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  })
}

/** Polls a background job's progress (as its page does) until it is no longer queued or running; its final status. */
export async function untilJobEnds(app: Running, staff: Record<string, string>, job: string, limitMs = 3_600_000) {
  const started = performance.now()
  let status = 'queued'
  while ((status === 'queued' || status === 'running') && performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const answer = await fetch(`${app.url}${job}/progress`, { headers: staff })
    status = /data-status="([a-z]+)"/.exec(await answer.text())?.[1] ?? `unknown (${answer.status})`
  }
  return status
}

/** Downloads a body to the end, keeping only its last `tail` bytes: its size, and that tail. */
export async function download(res: Response, tail = 0): Promise<{ bytes: number; tail: Buffer }> {
  let bytes = 0
  let end = Buffer.alloc(0)
  for await (const chunk of res.body ?? []) {
    const part = chunk as Uint8Array
    bytes += part.byteLength
    if (tail > 0) end = Buffer.concat([end, part]).subarray(-tail)
  }
  return { bytes, tail: end }
}
