/**
 * The measures of issues 8, 17 and 20, each against its target, on the datasets run.ts built:
 * those the selection names, each server started only when a measure needs it. With every
 * measure selected the rows come in the order of docs/performance.md's latest figures.
 */
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { measureBackupLoad } from './backup-measure.js'
import { fmt, signIn, startApp, type BenchResults, type Context, type Measure } from './bench-app.js'
import { measurePosterPdf, measureResultsExports, rawExportRow, timeRawExport, type RawExport } from './export-measures.js'
import { load, type LoadResult } from './load.js'
import { measureOnboarding } from './onboarding-measure.js'
import {
  comparedPages,
  flaggedShare,
  measurePageWeight,
  resultsPages,
  reviewPages,
  timePages,
  type PageTimes,
} from './page-measures.js'
import { measurePosterBundle } from './poster-bundle-measure.js'
import { measureAnnualReport } from './report-measure.js'
import { anyOf, needs } from './selection.js'
import { startServer } from './servers.js'
import { FORM_HEADERS, submissions } from './submissions.js'
import { measureSubmissions, submissionRequests } from './submission-measure.js'

export type { BenchResults, Measure } from './bench-app.js'

async function ceilings(ctx: Context) {
  const wanted = needs(ctx.selection)
  const { seconds, runs } = ctx
  const server = await startServer('src/bench/ceiling-server.js', { CEILING_DB: join(ctx.dir, 'ceiling.db') })
  try {
    const staticPage = wanted.staticCeiling
      ? await load({ url: server.url, connections: 10, seconds, runs, requests: [{ method: 'GET', path: '/static-page' }] })
      : undefined
    const insert = wanted.insertCeiling
      ? await load({
          url: server.url,
          connections: 50,
          seconds,
          runs,
          requests: [{ method: 'POST', path: '/insert', headers: FORM_HEADERS, body: '_token=x&overall=5' }],
        })
      : undefined
    return { staticPage, insert }
  } finally {
    await server.stop()
  }
}

/** P1 against the static ceiling, on a server that has just started on the dataset. */
async function measureSurveyPage(ctx: Context, url: string, staticCeiling: LoadResult): Promise<Measure> {
  const submission = submissions(ctx.big)
  // As every phone's browser asks: gzip accepted. (Without it the 27 KB page, not the server, is what the load generator measures.)
  const p1 = await load({
    url,
    connections: 10,
    seconds: ctx.seconds,
    runs: ctx.runs,
    requests: [
      {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate' },
        setupRequest: (req) => ({ ...req, path: `/s/${submission.code()}` }),
      },
    ],
  })
  if (p1.errors > 0) ctx.log(`  (4xx/5xx, errors or timeouts during P1: ${p1.errors})`)
  return {
    id: 'P1',
    name: 'GET survey page, fresh token (req/s)',
    value: fmt(p1.rps),
    ceiling: fmt(staticCeiling.rps),
    ratio: p1.rps.median / staticCeiling.rps.median,
    target: '≥ 0.40 × static',
    met: p1.rps.median / staticCeiling.rps.median >= 0.4,
  }
}

export async function measureAll(ctx: Context): Promise<BenchResults> {
  const { big, small, selection: only, log } = ctx
  const measures: Measure[] = []
  const add = (...rows: Measure[]) => {
    for (const m of rows) {
      measures.push(m)
      log(`  ${m.id} ${m.name}: ${m.value} (target ${m.target}) ${m.met === null ? '' : m.met ? 'met' : 'MISSED'}`)
    }
  }

  const wanted = needs(only)
  const ceiling = wanted.staticCeiling || wanted.insertCeiling ? (log('Ceilings…'), await ceilings(ctx)) : undefined

  // The pages and exports on one server, P1's load first.
  let bigResults: PageTimes | undefined
  let bigReview: { times: PageTimes; flagged: string } | undefined
  if (anyOf(only, 'P1', 'P3', 'P4', 'P13')) {
    log('The app on the national dataset…')
    const app = await startApp(big)
    try {
      if (only.has('P1')) add(await measureSurveyPage(ctx, app.url, ceiling!.staticPage!))
      const staff = await signIn(app)
      if (only.has('P3')) bigResults = await timePages(app, staff, resultsPages(big))
      if (only.has('P13')) bigReview = { times: await timePages(app, staff, reviewPages(big)), flagged: flaggedShare(big) }
      if (only.has('P4')) add(...(await measureResultsExports(app, staff, big)))
    } finally {
      await app.stop()
    }
  }

  // The raw export on a fresh server, as on the small dataset below: the memory compared is the export's.
  let bigRaw: RawExport | undefined
  if (anyOf(only, 'P5', 'P6', 'P7')) {
    const app = await startApp(big)
    try {
      const staff = await signIn(app)
      if (only.has('P5')) bigRaw = await timeRawExport(app, staff, big)
      if (only.has('P6')) add(await measurePageWeight(app, submissions(big).code()))
      if (only.has('P7')) add(await measurePosterPdf(app, staff, big))
    } finally {
      await app.stop()
    }
  }

  if (only.has('P11')) add(await measureAnnualReport(big))

  // Submissions after the pages and exports: they add rows and leave the server busy writing, which would colour the other figures.
  if (only.has('P2')) add(...(await measureSubmissions({ ...ctx, data: big, insertCeiling: ceiling!.insert! })))

  if (only.has('P12')) {
    log('Submissions during backups of the national dataset…')
    // A server must have started on the dataset first: it makes the form-token key the requests are signed with.
    await (await startApp(big)).stop()
    add(...(await measureBackupLoad({ ...ctx, data: big, requests: submissionRequests(big) })))
  }

  if (only.has('P10')) {
    log('The national poster bundle, with submissions…')
    add(...(await measurePosterBundle({ ...ctx, data: big })))
  }

  if (only.has('P9')) {
    log('Onboarding the country…')
    add(...(await measureOnboarding({ data: big, dir: ctx.dir })))
  }

  if (small && anyOf(only, 'P3', 'P5', 'P13')) {
    log('The app on the small dataset…')
    const app = await startApp(small)
    try {
      const staff = await signIn(app)
      const smallRaw = only.has('P5') ? await timeRawExport(app, staff, small) : undefined
      if (bigResults) add(...comparedPages('P3', 'results page', bigResults, await timePages(app, staff, resultsPages(small))))
      if (bigReview) {
        add(...comparedPages('P13', 'review queue', bigReview.times, await timePages(app, staff, reviewPages(small))))
        add({
          id: 'P13b',
          name: 'Flagged answers the review queues read, big vs small',
          value: bigReview.flagged,
          ceiling: flaggedShare(small),
          ratio: null,
          target: '(measured)',
          met: null,
        })
      }
      if (bigRaw && smallRaw) add(rawExportRow(bigRaw, smallRaw, ctx.responses.big))
    } finally {
      await app.stop()
    }
  }

  const cpu = cpus()
  return {
    machine: {
      cores: cpu.length,
      cpu: cpu[0]?.model ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
    },
    responses: ctx.responses,
    measures,
  }
}
