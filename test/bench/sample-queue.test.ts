/**
 * P13 times the sample organisation's review queue and its province's on a small dataset against
 * the national one: the small one must show a full first page too, or the measure compares a page
 * of groups with an empty one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/bench/dataset.js'
import { openDatabase, closeDatabase } from '../../src/db/client.js'
import { reviewTotals } from '../../src/db/queries/review-groups.js'

const dir = mkdtempSync(join(tmpdir(), 'bench-dataset-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the benchmark dataset', () => {
  it('gives the sample organisation and its province a full first page of the review queue', async () => {
    const data = await buildDataset(join(dir, 'small.db'), 300, () => {})
    const db = openDatabase(data.path)
    try {
      const organisation = reviewTotals(db, { roundId: data.roundId, organisationId: data.sampleOrganisationId })
      const province = reviewTotals(db, { roundId: data.roundId, provinceCode: data.sampleProvince })
      expect(organisation.groups).toBeGreaterThan(20)
      expect(province.groups).toBeGreaterThanOrEqual(organisation.groups)
      // The 60 answers added are all flagged, and counted: every one waits in the queue.
      const flaggedThere = db.$client
        .prepare('select count(*) from responses where organisation_id = ? and flag_reason is not null')
        .pluck()
        .get(data.sampleOrganisationId) as number
      expect(flaggedThere).toBeGreaterThanOrEqual(60)
      expect(organisation.waiting).toBe(flaggedThere)
    } finally {
      closeDatabase(db)
    }
  }, 60_000)
})
