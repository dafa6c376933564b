/**
 * The letters PDF of a big batch (more than LETTERS_PDF_DIRECT_MAX letters) as a job. Its options
 * hold the batch id only: the codes are read from the in-memory batch (src/letters/letter-batches.ts)
 * and exist on disk only in the result file, which only its owner can read (0600) and which goes
 * when the batch does. A batch gone before the job runs (expired, or the server restarted) fails
 * the job with `letters_expired`, which its page explains.
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { z } from 'zod'
import type { Config } from '../config.js'
import type { Job } from '../db/queries/jobs.js'
import { JobFailure } from '../domain/jobs.js'
import { batchContents, lettersFileName, type LetterBatches } from '../letters/letter-batches.js'
import { lettersPdfStream } from '../letters/letters-pdf.js'
import type { JobKindRunner } from './job-runner.js'

export const lettersPdfOptions = z.object({ batch: z.string().min(1) })

export const letterBatchOf = (job: Pick<Job, 'options'>) => lettersPdfOptions.safeParse(job.options).data?.batch ?? ''

export function lettersPdfJob(batches: LetterBatches, config: Pick<Config, 'ACTIVATION_CONTACT'>): JobKindRunner {
  return {
    extension: 'pdf',
    fileDueAt: (job) => batches.expiresAt(letterBatchOf(job)),
    async run(job, step) {
      const batch = batches.get(letterBatchOf(job), job.startedBy)
      if (!batch) throw new JobFailure('letters_expired')
      const contents = batchContents(batch, config.ACTIVATION_CONTACT).map((l) => l.content)
      step.progress(0, contents.length)
      const pdf = lettersPdfStream(contents, lettersFileName(job.createdAt.getTime()), {
        progress: (done) => step.progress(done, contents.length),
        pause: step.pause,
      })
      await pipeline(pdf, createWriteStream(step.path, { mode: 0o600 }))
    },
  }
}
