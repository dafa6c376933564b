/**
 * The poster bundle job: every active service point's poster in scope, one PDF per
 * organisation or per district in a ZIP (src/posters/poster-bundle.ts). Its options hold the base URL the
 * QR codes point at, taken from the request that started it, and the paper size.
 */
import { z } from 'zod'
import type { Db } from '../db/client.js'
import type { Job } from '../db/queries/jobs.js'
import { posterBundleOrganisations, posterTargetsOf } from '../db/queries/posters.js'
import { parseScopeKey, type Scope } from '../domain/scope.js'
import { posterContent } from '../posters/poster-content.js'
import { BUNDLE_GROUPINGS, bundleFiles } from '../posters/bundle-names.js'
import { writePosterBundle } from '../posters/poster-bundle.js'
import { startPosterPdfThread, type PosterPdfDrawer } from '../posters/poster-pdf-thread.js'
import type { JobKindRunner } from './job-runner.js'

export const posterBundleOptions = z.object({
  baseUrl: z.string().min(1),
  size: z.enum(['a4', 'a5']),
  /** Jobs queued before the choice existed made one PDF per organisation. */
  per: z.enum(BUNDLE_GROUPINGS).default('organisation'),
})
export type PosterBundleOptions = z.infer<typeof posterBundleOptions>

/** The scope a bundle covers; only national and province bundles are ever started. */
export function bundleScope(job: Pick<Job, 'scope'>): Scope {
  const key = parseScopeKey(job.scope)
  if (key?.kind === 'national') return key
  if (key?.kind === 'province') return key
  throw new Error(`a poster bundle covers the country or a province, not ${job.scope}`)
}

/** `startDrawer` is the drawing thread of one job (a test gives one that fails). */
export function posterBundleJob(
  db: Db,
  now: () => number,
  startDrawer: () => PosterPdfDrawer = () => startPosterPdfThread(),
): JobKindRunner {
  return {
    extension: 'zip',
    async run(job, step) {
      const scope = bundleScope(job)
      const { baseUrl, size, per } = posterBundleOptions.parse(job.options)
      const organisations = posterBundleOrganisations(db, scope)
      step.progress(0, organisations.length)
      const drawer = startDrawer()
      try {
        await writePosterBundle(step.path, {
          files: bundleFiles(organisations, per),
          postersOf: (organisation) => (posterTargetsOf(db, scope, organisation.id) ?? []).map((t) => posterContent(t, baseUrl)),
          size,
          progress: (done) => step.progress(done, organisations.length),
          pause: step.pause,
          now: new Date(now()),
          draw: drawer.draw,
        })
      } finally {
        await drawer.close()
      }
    },
  }
}
