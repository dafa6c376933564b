/**
 * DLA's national results over the LGUs of กระบี่ and เชียงใหม่ (see
 * test/results/arrange-rollups.ts for every LGU's figures worked out by hand): the country
 * pooled, by province and by LGU type, the LGUs by band, and who may see it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { arrangeRollups, figuresOf, rowsOf, tableOf } from '../../../results/arrange-rollups.js'

let world: Awaited<ReturnType<typeof arrangeRollups>>
beforeAll(async () => {
  world = await arrangeRollups()
})

const page = async (query = '') => {
  const res = await world.dla.get(`/staff/national/results${query}`)
  expect(res.status).toBe(200)
  return res.text()
}

describe('national results', () => {
  it('gives each province its pooled figure, linking to its own results page, and a national total', async () => {
    const html = await page()
    const provinces = rowsOf(tableOf(html, 'provinces'), 'data-group')
    // กระบี่: 482 answers, Σx 1,811 → 75.15 %. เชียงใหม่: 135 + 90 answers, Σx 540 + 90 = 630 → x̄ 2.80, 56.00 %.
    expect(provinces.get('81')).toEqual({ name: 'กระบี่', lgus: '61', meeting: '4', n: '56', percent: '75.15', band: 'มาก' })
    expect(provinces.get('50')).toEqual({ name: 'เชียงใหม่', lgus: '4', meeting: '2', n: '25', percent: '56.00', band: 'ปานกลาง' })
    // Thai order: กระบี่ before เชียงใหม่ (sorted by ช).
    expect([...provinces.keys()]).toEqual(['81', '50', 'total'])
    // 707 answers, Σx 2,441 → 69.05 %.
    expect(provinces.get('total')).toEqual({ name: 'รวม', lgus: '65', meeting: '6', n: '81', percent: '69.05', band: 'มาก' })
    expect(html).toContain(`<a href="/staff/provinces/81/results?round=${world.roundId}">กระบี่</a>`)
  })

  it('gives each LGU type its pooled figure', async () => {
    const types = rowsOf(tableOf(await page(), 'types'), 'data-group')
    expect(types.get('city')).toEqual({ name: 'เทศบาลนคร', lgus: '1', meeting: '1', n: '15', percent: '80.00', band: 'มาก' })
    expect(types.get('town')).toEqual({ name: 'เทศบาลเมือง', lgus: '1', meeting: '1', n: '20', percent: '70.00', band: 'มาก' })
    expect(types.get('subdistrict')).toEqual({
      name: 'เทศบาลตำบล',
      lgus: '20',
      meeting: '1',
      n: '12',
      percent: '60.00',
      band: 'ปานกลาง',
    })
    // อบต.: 414 + 135 + 308 + 90 over 90 + 27 + 77 + 90 answers = 947 ÷ 284 → 66.69 %, x̄ 3.33.
    expect(types.get('sao')).toEqual({ name: 'อบต.', lgus: '43', meeting: '3', n: '34', percent: '66.69', band: 'ปานกลาง' })
    expect(types.has('pao')).toBe(false)
  })

  it('pools the country, counts the LGUs that have the minimum and those with none, and draws the LGUs by band', async () => {
    const html = await page()
    // Σx² 9,665: S.D. √((707 · 9,665 − 2,441²) ÷ (707 · 706)) = 1.32; MoE 1.96 × 1.3238 ÷ √707 × 20 = 1.95.
    expect(figuresOf(html, 'national')).toEqual({
      n: '81',
      mean: '3.45',
      sd: '1.32',
      percent: '69.05',
      moe: '1.95',
      band: 'มาก',
      points: '4',
    })
    expect(html).toContain('65 อปท. ที่ร่วมรอบนี้ · มีผู้ตอบตั้งแต่ 10 คนขึ้นไป 6 แห่ง · ผู้ตอบน้อยกว่าเกณฑ์ 1 แห่ง · ยังไม่มีผู้ตอบ 58 แห่ง')
    const chart = /<svg class="chart__svg" role="img" aria-label="([^"]+)"/.exec(html)![1]!
    expect(chart).toContain(
      'มากที่สุด 1 แห่ง (1.54 %); มาก 3 แห่ง (4.62 %); ปานกลาง 1 แห่ง (1.54 %); น้อย 0 แห่ง (0.00 %); น้อยที่สุด 1 แห่ง (1.54 %)',
    )
    expect(chart).toContain('ผู้ตอบน้อยกว่าเกณฑ์ 1 แห่ง (1.54 %); ยังไม่มีผู้ตอบ 58 แห่ง (89.23 %)')
  })

  it('picks the round with a GET form that htmx upgrades; an unknown round falls back to the default', async () => {
    const html = await page('?round=999')
    const form = /<form method="get" action="\/staff\/national\/results"[^>]*>/.exec(html)?.[0] ?? ''
    expect(form).toContain('hx-target="#national-results"')
    expect(html).toContain(`<option value="${world.roundId}" selected="">`)
    expect(figuresOf(html, 'national').percent).toBe('69.05')
  })

  it('is linked from the national collection overview', async () => {
    const html = await (await world.dla.get('/staff/national')).text()
    expect(html).toContain(`href="/staff/national/results?round=${world.roundId}"`)
  })

  it('agrees with the province page, which reads per-value counts instead of SQL sums', async () => {
    const province = await (await world.dla.get('/staff/provinces/50/results')).text()
    expect(figuresOf(province, 'province')).toMatchObject({ n: '25', percent: '56.00', band: 'ปานกลาง' })
  })
})

describe('who may see it', () => {
  it('only DLA: a provincial officer and an LGU officer get 404', async () => {
    expect((await world.province.get('/staff/national/results')).status).toBe(404)
    expect((await world.lgu.get('/staff/national/results')).status).toBe(404)
    expect((await world.lgu.get('/staff/provinces/50/results')).status).toBe(404)
  })
})
