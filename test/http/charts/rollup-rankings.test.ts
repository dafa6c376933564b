/**
 * The ranked bars that lead the national and province results pages, over the LGUs of
 * test/results/arrange-rollups.ts (each LGU's answers are in its table; the figures below are
 * worked out by hand from them).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { arrangeRollups } from '../../results/arrange-rollups.js'
import { chartOf, rowsOfChart } from './chart-html.js'

let world: Awaited<ReturnType<typeof arrangeRollups>>
beforeAll(async () => {
  world = await arrangeRollups()
})

const html = async (agent: typeof world.dla, path: string) => {
  const res = await agent.get(path)
  expect(res.status).toBe(200)
  return res.text()
}

describe('national results', () => {
  it('leads with the provinces ranked by their pooled percent, each with its margin of error', async () => {
    const page = await html(world.dla, '/staff/national/results')
    expect(page.indexOf('data-chart="rank-provinces"')).toBeLessThan(page.indexOf('data-rollup="national"'))
    const rows = rowsOfChart(chartOf(page, 'rank-provinces'))
    expect([...rows.keys()]).toEqual(['81', '50'])
    // กระบี่: 75.15 ± 2.01 (as its table row and the province page say).
    expect(rows.get('81')).toEqual({ label: 'กระบี่', text: '75.15 ± 2.01', length: '75.15', interval: '73.14-77.16' })
    // เชียงใหม่: 135 answers of 4 and 90 of 1 → x̄ 2.8, 56.00 %; Σ(x − 2.8)² = 135 × 1.44 + 90 × 3.24 = 486,
    // S.D. √(486 ÷ 224) = 1.4730, MoE 1.96 × 1.4730 ÷ √225 × 20 = 3.85.
    expect(rows.get('50')).toEqual({ label: 'เชียงใหม่', text: '56.00 ± 3.85', length: '56', interval: '52.15-59.85' })
    expect(chartOf(page, 'rank-provinces')).toContain(`href="/staff/provinces/81/results?round=${world.roundId}"`)
  })

  it('ranks the provinces by the share of their LGUs collecting (at least one response)', async () => {
    const rows = rowsOfChart(chartOf(await html(world.dla, '/staff/national/results'), 'collecting-provinces'))
    // เชียงใหม่: 2 of its 4 LGUs have responses; กระบี่: 5 of 61 → 8.20 %.
    expect([...rows.keys()]).toEqual(['50', '81'])
    expect(rows.get('50')).toEqual({ label: 'เชียงใหม่', text: 'ร้อยละ 50.00 (2 จาก 4 แห่ง)', length: '50' })
    expect(rows.get('81')).toEqual({ label: 'กระบี่', text: 'ร้อยละ 8.20 (5 จาก 61 แห่ง)', length: '8.2' })
  })
})

describe('province results', () => {
  it('ranks the LGUs with a figure, highest first, and draws none for an LGU with too few responses', async () => {
    const page = await html(world.province, '/staff/provinces/81/results')
    const chart = chartOf(page, 'rank-lgus')
    const rows = rowsOfChart(chart)
    expect([...rows.keys()]).toEqual(['6810001', '6810004', '4810102', '6810003'])
    // 6810001: 54 answers of 5 and 36 of 4 → 92.00 %; Σ(x − 4.6)² = 54 × 0.16 + 36 × 0.36 = 21.6,
    // S.D. √(21.6 ÷ 89) = 0.4926, MoE 1.96 × 0.4926 ÷ √90 × 20 = 2.04.
    expect(rows.get('6810001')).toEqual({
      label: 'องค์การบริหารส่วนตำบลทดสอบ001',
      text: '92.00 ± 2.04',
      length: '92',
      interval: '89.96-94.04',
    })
    // Every answer 4: S.D. 0, so a margin of 0 and no whisker.
    expect(rows.get('6810004')).toEqual({ label: 'องค์การบริหารส่วนตำบลทดสอบ004', text: '80.00 ± 0.00', length: '80' })
    // 90 answers of 5 and 90 of 2 → 70.00 %; S.D. √(180 × 2.25 ÷ 179) = 1.5042, MoE 1.96 × 1.5042 ÷ √180 × 20 = 4.39.
    expect(rows.get('4810102')).toMatchObject({ text: '70.00 ± 4.39', length: '70', interval: '65.61-74.39' })
    // 6810002 has 3 responses: no bar, and it is counted among the 57 of the 61 without a figure.
    expect(chart).not.toContain('data-bar="6810002"')
    expect(chart).toContain('ไม่รวม 57 แห่งที่ยังไม่มีผล (ผู้ตอบน้อยกว่า 10 คน หรือยังไม่มีผู้ตอบ)')
    expect(chart).toContain(`href="/staff/organisations/${world.idOf('6810001')}/results?round=${world.roundId}"`)
  })

  it('ranks the districts by the share of their LGUs collecting', async () => {
    const rows = rowsOfChart(chartOf(await html(world.province, '/staff/provinces/81/results'), 'collecting-districts'))
    // One responding LGU in each of 8101 (8 LGUs with เทศบาลเมืองกระบี่), 8102–8105 (8 each); none in 8106–8108 (7 each).
    expect(rows.get('8101')).toEqual({ label: 'เมืองกระบี่', text: 'ร้อยละ 12.50 (1 จาก 8 แห่ง)', length: '12.5' })
    expect(rows.get('8105')).toEqual({ label: 'อ่าวลึก', text: 'ร้อยละ 12.50 (1 จาก 8 แห่ง)', length: '12.5' })
    expect(rows.get('8106')).toEqual({ label: 'ปลายพระยา', text: 'ร้อยละ 0.00 (0 จาก 7 แห่ง)', length: '0' })
    expect([...rows.keys()].slice(-3).sort()).toEqual(['8106', '8107', '8108'])
  })
})
