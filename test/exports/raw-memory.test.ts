/**
 * The raw export runs in bounded memory: 200,000 responses go through the
 * real download route while the test samples the live heap as it reads.
 *
 * The bound, 64 MB, is generous for a streaming export (one page of 500
 * responses, the CSV writer's buffers and the web stream's queue: measured
 * 1–2 MB) and well below what holding the rows costs. Each row here has a
 * ~110-character Thai comment (a two-byte string of ~230 bytes once masked)
 * and 24 cells: kept as row arrays that is ~0.75 kB a row, 147 MB for 200,000
 * rows (measured), and the 36-million-character file held as one string is
 * 75 MB (measured). Either "load everything" implementation fails the bound.
 *
 * The heap is sampled after a forced full GC (`--expose-gc`, switched on at
 * run time), so the figure is what is still reachable, not garbage waiting
 * for the collector; otherwise the test would measure V8's GC timing.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createStaff, signIn } from '../helpers/staff.js'
import { arrangeSurvey, DEFAULT_NOW, type ArrangedSurvey } from '../helpers/survey-fixture.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const RESPONSES = 200_000
const BOUND_MB = 64
const COMMENT = 'อยากให้มีที่จอดรถเพิ่ม ป้ายบอกทางชัดเจนกว่านี้ เจ้าหน้าที่บริการดีมาก รอคิวไม่นาน ขอบคุณครับ ติดต่อ 081-234-'

/** Generated straight into the table (the export reads no tallies): four answers each, one of them a comment. */
function generate(s: ArrangedSurvey) {
  const point = s.points.main
  s.db.$client
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
      insert into responses (submission_id, round_id, organisation_id, service_point_id, service_id, submitted_hour, day, locale, channel, flag_reason, answer_values)
      select 'bulk-' || i, ?, ?, ?, null, ? - (i % 2000) * 3600000, '2025-06-10', 'th', 'web', case when i % 50 = 0 then 'repeat' end,
        json_object('overall', json_array(cast(1 + i % 5 as text)), 'process_1', json_array(cast(1 + i % 5 as text)),
          'staff_1', json_array(cast(1 + i % 5 as text)), 'suggestion', json_array(? || printf('%04d', i % 10000)))
      from n`,
    )
    .run(RESPONSES, s.roundId, point.organisationId, point.id, DEFAULT_NOW, COMMENT)
}

describe('raw export memory', () => {
  it(`streams ${RESPONSES.toLocaleString('en')} responses with the live heap growing by less than ${BOUND_MB} MB`, async () => {
    const s = arrangeSurvey()
    generate(s)
    await createStaff(s.db, { role: 'dla', username: 'dla' })
    const dla = await signIn(s.app, 'dla')

    gc()
    const before = process.memoryUsage().heapUsed
    let peak = before
    const res = await dla.get(`/staff/exports/raw.csv?round=${s.roundId}&scope=national&audience=machines`)
    expect(res.status).toBe(200)
    const reader = res.body!.getReader()
    let lines = 0
    let bytes = 0
    let sampledAt = 0
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength
      const buffer = Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength)
      for (let at = buffer.indexOf(0x0a); at !== -1; at = buffer.indexOf(0x0a, at + 1)) lines++
      if (bytes - sampledAt > 2_000_000) {
        sampledAt = bytes
        gc()
        peak = Math.max(peak, process.memoryUsage().heapUsed)
      }
    }
    const growthMb = (peak - before) / 1024 / 1024
    expect(lines).toBe(RESPONSES + 1)
    expect(bytes).toBeGreaterThan(RESPONSES * 100)
    expect(growthMb, `live heap grew by ${growthMb.toFixed(1)} MB while streaming ${(bytes / 1e6).toFixed(0)} MB`).toBeLessThan(
      BOUND_MB,
    )
  })
})
