/**
 * A batch of letters just made (/staff/onboarding/letters?batch=…), for the member of staff who
 * made it and for an hour: its page, its CSV, and its PDF. A PDF of up to LETTERS_PDF_DIRECT_MAX
 * letters is drawn in the request; a bigger one is a background job started from the page
 * (POST …/letters/job), whose page shows its progress. Another person's batch, an expired one and
 * one that never was all look the same: gone.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { recentJobsOf } from '../../../db/queries/jobs.js'
import { formatDateTime } from '../../../i18n/format.js'
import { onboardingTranslator } from '../../../i18n/staff/onboarding.js'
import { letterBatchOf } from '../../../jobs/letters-pdf-job.js'
import { batchContents, lettersFileName } from '../../../letters/letter-batches.js'
import { lettersCsvStream } from '../../../letters/letters-csv.js'
import { lettersPdfStream } from '../../../letters/letters-pdf.js'
import { LetterBatchPage } from '../../../../views/staff/onboarding/letter-batch-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { seeOther } from '../dla/common.js'
import { startJob } from '../jobs/start-job.js'
import { renderStaffPage, staffLocale } from '../render.js'

export const BATCH = '/staff/onboarding/letters'
const batchPath = (id: string) => `${BATCH}?batch=${encodeURIComponent(id)}`

export function letterBatchRoutes(deps: StaffAreaDeps) {
  const { db, config, now, letters: batches } = deps
  const app = new Hono<StaffEnv>()
  const batchOf = (c: StaffContext, id = c.req.query('batch') ?? '') => batches.get(id, staffOf(c).user.id)
  const direct = (count: number) => count <= config.LETTERS_PDF_DIRECT_MAX

  app.get(BATCH, (c) => {
    const t = onboardingTranslator(staffLocale(c))
    const batch = batchOf(c)
    // Gone and never made look the same: either way, new letters are the answer.
    if (!batch) return renderStaffPage(c, t('onboarding.title'), <p class="body">{t('onboarding.batch.gone')}</p>)
    const id = c.req.query('batch') ?? ''
    const count = batch.letters.length
    return renderStaffPage(
      c,
      t('onboarding.batch.title'),
      <LetterBatchPage
        t={t}
        summary={t(batch.kind === 'created' ? 'onboarding.batch.created' : 'onboarding.batch.reissued', { count })}
        until={formatDateTime(batch.expiresAt, staffLocale(c))}
        pdf={
          direct(count)
            ? { href: `${BATCH}.pdf?batch=${id}` }
            : { action: `${BATCH}/job`, batch: id, csrfToken: staffOf(c).csrfToken, count }
        }
        csvHref={`${BATCH}.csv?batch=${id}`}
      />,
    )
  })

  app.post(`${BATCH}/job`, async (c) => {
    const body = await c.req.parseBody()
    const id = typeof body.batch === 'string' ? body.batch : ''
    const batch = batchOf(c, id)
    if (!batch || direct(batch.letters.length)) return seeOther(c, batchPath(id))
    const { user, scope } = staffOf(c)
    // A second press (or a reload of the form) goes to the job already made for this batch.
    const made = recentJobsOf(db, user.id).find(
      (job) => job.kind === 'letters_pdf' && letterBatchOf(job) === id && job.status !== 'failed' && job.status !== 'interrupted',
    )
    if (made) return seeOther(c, `/staff/jobs/${made.id}`)
    return startJob(c, deps, {
      kind: 'letters_pdf',
      scope: scope.kind === 'province' ? scope : { kind: 'national' },
      options: { batch: id },
      detail: { count: batch.letters.length },
    })
  })

  const download = (c: StaffContext, format: 'pdf' | 'csv') => {
    const batch = batchOf(c)
    // A big batch's PDF is never drawn in a request: its page offers the job instead.
    if (!batch || (format === 'pdf' && !direct(batch.letters.length))) return seeOther(c, batchPath(c.req.query('batch') ?? ''))
    const letters = batchContents(batch, config.ACTIVATION_CONTACT)
    recordAudit(
      db,
      { action: 'activation_letters_downloaded', actor: staffOf(c).user, detail: { format, count: letters.length } },
      new Date(now()),
    )
    const name = lettersFileName(now())
    const stream =
      format === 'pdf'
        ? lettersPdfStream(
            letters.map((l) => l.content),
            name,
          )
        : lettersCsvStream(letters)
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'Content-Type': format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
      'Cache-Control': 'no-store',
    })
  }

  app.get(`${BATCH}.pdf`, (c) => download(c, 'pdf'))
  app.get(`${BATCH}.csv`, (c) => download(c, 'csv'))

  return app
}
