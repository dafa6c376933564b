/**
 * The annual report as a background job, over the LGUs of test/results/arrange-rollups.ts
 * (65 in กระบี่ and เชียงใหม่, each one's figures worked out there by hand): started from the
 * staff pages, run to its end, downloaded, and read back with poppler's pdftotext in content
 * order (`-raw`), one page per form feed.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffAgent } from '../../../helpers/staff.js'
import { arrangeRollups, rowsOf } from '../../../results/arrange-rollups.js'

let world: Awaited<ReturnType<typeof arrangeRollups>>
let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-jobs-'))
  world = await arrangeRollups({ JOB_FILES_DIR: dir })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ALL_CODES = () =>
  (world.db.$client.prepare('select dla_code as code from organisations order by dla_code').all() as { code: string }[]).map(
    (r) => r.code,
  )

/** Starts a report, runs the queue and downloads the PDF; its text page by page. */
async function report(agent: StaffAgent, province: string, edition: 'staff' | 'public') {
  const res = await agent.post('/staff/reports/annual', { round: String(world.roundId), province, edition })
  expect(res.status).toBe(303)
  const jobPath = res.headers.get('location') ?? ''
  expect(jobPath).toMatch(/^\/staff\/jobs\/\d+$/)
  await world.app.jobs.runUntilIdle()
  const page = await (await agent.get(jobPath)).text()
  expect(page).toContain('เสร็จแล้ว')
  expect(page).toContain('ดาวน์โหลดไฟล์ PDF')
  const file = await agent.get(`${jobPath}/file`)
  expect(file.status).toBe(200)
  expect(file.headers.get('content-type')).toBe('application/pdf')
  const pdf = Buffer.from(await file.arrayBuffer())
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')
  const pages = text.split('\f').map((p) => p.split('\n').filter((l) => l.trim() !== ''))
  return { pages, lines: pages.flat(), file }
}

const HEADER = new Set(['รหัส อปท.', 'ชื่อ อปท.', 'อำเภอ', 'ผู้ตอบ', 'ร้อยละ', '±', 'ระดับ'])

/**
 * Each row of the organisation table as its cells' text after the DLA code (name, district, n, %, ±, band),
 * joined by spaces: pdftotext puts neighbouring Latin cells on one line, Thai ones on lines of their own.
 * Repeated header rows, province lines and page footers are left out.
 */
function organisationRows(lines: string[]) {
  const start = lines.indexOf('4 ผลราย อปท.', lines.indexOf('4 ผลราย อปท.') + 1)
  const body = lines
    .slice(start + 2)
    .filter((l) => !HEADER.has(l) && !l.startsWith('จังหวัด') && !l.includes(' · หน้า '))
    .join(' ')
  return new Map([...body.matchAll(/(\d{7}) (.+?)(?= \d{7} |$)/g)].map((m) => [m[1]!, m[2]!]))
}

describe('the national report, staff edition', () => {
  let made: Awaited<ReturnType<typeof report>>
  beforeAll(async () => {
    made = await report(world.dla, 'all', 'staff')
  })

  it('has the cover, in Thai that extracts as typed', () => {
    const cover = made.pages[0]!.join(' ')
    expect(cover).toContain('รายงานผลการประเมินความพึงพอใจ')
    expect(cover).toContain('ของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น')
    expect(cover).toContain('ทั่วประเทศ')
    expect(cover).toContain('ฉบับสำหรับเจ้าหน้าที่')
    expect(made.file.headers.get('content-disposition')).toBe(
      `attachment; filename="annual-report_national.pdf"; filename*=UTF-8''${encodeURIComponent('รายงานผลการประเมิน_ทั่วประเทศ_ฉบับเจ้าหน้าที่.pdf')}`,
    )
  })

  it('lists in its contents the page each section is really on', () => {
    const contents = made.pages[1]!
    expect(contents[0]).toBe('สารบัญ')
    const entries = new Map<string, number>()
    for (let i = 1; i + 1 < contents.length; i += 2)
      if (/^\d+$/.test(contents[i + 1]!)) entries.set(contents[i]!, Number(contents[i + 1]))
    expect([...entries.keys()]).toEqual([
      '1 วิธีการประเมิน',
      '2 สรุปผลทั่วประเทศ',
      '3 ผลรายจังหวัด',
      '4 ผลราย อปท.',
      'จังหวัดกระบี่',
      'จังหวัดเชียงใหม่',
    ])
    for (const [title, page] of entries) {
      expect(made.pages[page - 1], `${title} on page ${page}`).toContain(title)
      // And on no page before it (the contents aside).
      for (let p = 2; p < page - 1; p++) expect(made.pages[p], `${title} before page ${page}`).not.toContain(title)
    }
    // Every page after the cover is numbered, out of the whole.
    const total = made.pages.filter((p) => p.length > 0).length
    expect(total).toBeGreaterThan(6)
    for (let n = 2; n <= total; n++) expect(made.pages[n - 1]!.join(' ')).toContain(`หน้า ${n} จาก ${total}`)
  })

  it('states the method: round dates in the Buddhist Era, the minimum, suppression and flag rules', () => {
    const method = made.lines.join(' ')
    expect(method).toContain('11 พ.ค. 2568')
    expect(method).toContain('เกณฑ์ขั้นต่ำคือ 10 คนต่อ อปท.')
    expect(method).toContain('มี อปท. ร่วมรอบนี้ 65 แห่ง ผู้ตอบรวม 81 คน มีผู้ตอบถึงเกณฑ์ 6 แห่ง ต่ำกว่าเกณฑ์ 1 แห่ง')
    expect(method).toContain('คำตอบซ้ำจากเบราว์เซอร์เดียวกัน')
    expect(method).toContain('ไม่นับในผลทางการ')
  })

  it('has a row for every organisation, by DLA code', () => {
    expect([...organisationRows(made.lines).keys()].sort()).toEqual(ALL_CODES())
  })

  it('prints an organisation’s figures as worked out by hand and as the province results page shows them', async () => {
    // 4810102: 10 residents answer 5 and 10 answer 2 to all nine items: 180 answers, Σx 630, Σx² 2,610.
    const n = 180
    const sum = 10 * 9 * 5 + 10 * 9 * 2
    const squares = 10 * 9 * 25 + 10 * 9 * 4
    const mean = sum / n
    const sd = Math.sqrt((n * squares - sum * sum) / (n * (n - 1)))
    const percent = (mean / 5) * 100
    const margin = ((1.96 * sd) / Math.sqrt(n)) * 20
    expect([percent.toFixed(2), margin.toFixed(2)]).toEqual(['70.00', '4.39'])
    expect(organisationRows(made.lines).get('4810102')).toBe(
      `เทศบาลเมืองกระบี่ เมืองกระบี่ 20 ${percent.toFixed(2)} ${margin.toFixed(2)} มาก`,
    )
    const page = rowsOf(await (await world.dla.get(`/staff/provinces/81/results?round=${world.roundId}`)).text(), 'data-lgu')
    expect(page.get('4810102')).toMatchObject({ n: '20', percent: '70.00', band: 'มาก' })
    // The country pooled, as on the national results page (69.05 %, ±1.95).
    expect(made.lines.join(' ')).toMatch(/ร้อยละความพึงพอใจ 69\.05 ความคลาดเคลื่อน ±\(95 %\) 1\.95/)
  })

  it('shows a small organisation’s count and says why it has no figure', () => {
    expect(organisationRows(made.lines).get('6810002')).toBe('อบต.ทดสอบ002 เกาะลันตา 3 – – น้อยกว่า 10 คน')
  })
})

describe('the public edition', () => {
  it('hides a small organisation’s figures and pools only the published ones, as open data does', async () => {
    const made = await report(world.dla, '81', 'public')
    expect(made.pages[0]!.join(' ')).toContain('ฉบับเผยแพร่')
    const rows = organisationRows(made.lines)
    expect(rows.get('6810002')).toBe('อบต.ทดสอบ002 เกาะลันตา 3 – – ไม่เผยแพร่ (น้อยกว่า 10 คน)')
    expect(rows.get('4810102')).toBe('เทศบาลเมืองกระบี่ เมืองกระบี่ 20 70.00 4.39 มาก')
    // กระบี่ without 6810002 (27 answers, Σx 135) and without the flagged ones: 455 answers, Σx 1,676 → x̄ 3.68, 73.67 %.
    expect(made.lines.join(' ')).toContain('ร้อยละความพึงพอใจ 73.67')
    expect([...rows.keys()].sort()).toEqual(ALL_CODES().filter((c) => c.startsWith('6810') || c === '4810102'))
  })
})

describe('who may make it', () => {
  it('gives a provincial officer their own province and refuses another (403), queueing nothing', async () => {
    const page = await (await world.province.get('/staff/reports/annual')).text()
    expect(page).toContain('จังหวัดกระบี่ (จังหวัดของท่าน)')
    const before = (world.db.$client.prepare('select count(*) as n from jobs').get() as { n: number }).n
    const other = await world.province.post('/staff/reports/annual', {
      round: String(world.roundId),
      province: '50',
      edition: 'staff',
    })
    expect(other.status).toBe(403)
    expect(await other.text()).toContain('ท่านจัดทำรายงานได้เฉพาะจังหวัดของท่านเท่านั้น')
    const national = await world.province.post('/staff/reports/annual', {
      round: String(world.roundId),
      province: 'all',
      edition: 'staff',
    })
    expect(national.status).toBe(403)
    expect((world.db.$client.prepare('select count(*) as n from jobs').get() as { n: number }).n).toBe(before)
    const own = await report(world.province, '81', 'staff')
    expect(own.pages[0]!.join(' ')).toContain('จังหวัดกระบี่')
  })

  it('is not there for an LGU officer (404)', async () => {
    expect((await world.lgu.get('/staff/reports/annual')).status).toBe(404)
  })

  it('is linked from Downloads for DLA and provincial officers', async () => {
    for (const agent of [world.dla, world.province])
      expect(await (await agent.get('/staff/exports')).text()).toContain('href="/staff/reports/annual')
    expect(await (await world.lgu.get('/staff/exports')).text()).not.toContain('href="/staff/reports/annual')
  })
})
