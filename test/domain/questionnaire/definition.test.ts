import { describe, it, expect } from 'vitest'
import type { z } from 'zod'
import {
  allItems,
  parseDefinition,
  type Definition,
  type definitionSchema,
} from '../../../src/domain/questionnaire/definition.js'
import {
  BUILTIN_DEFINITIONS,
  DEFAULT_DEFINITION_SLUG,
  a11Trust,
  artaCsm,
  builtinDefinition,
  thaiLguStandard,
} from '../../../src/domain/questionnaire/builtins/index.js'

type RawDefinition = z.input<typeof definitionSchema>

/** The aspect names as DESIGN.md spells them; reports print these verbatim. */
const THAI_ASPECTS = ['ด้านกระบวนการ/ขั้นตอนการให้บริการ', 'ด้านช่องทางการให้บริการ', 'ด้านเจ้าหน้าที่หรือบุคลากรผู้ให้บริการ', 'ด้านสิ่งอำนวยความสะดวก']

function parsedOrFail(raw: unknown): Definition {
  const result = parseDefinition(raw)
  if (!result.ok) throw new Error(`expected a valid definition:\n${JSON.stringify(result.errors, null, 2)}`)
  return result.definition
}

/** Every { th, en } object anywhere in the definition, with where it was found. */
function localizedTexts(value: unknown, path = ''): { path: string; th: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}.${i}`))
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if ('th' in record || 'en' in record) return [{ path, th: record.th, en: record.en }]
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`))
}

function locate(def: RawDefinition, itemId: string): { si: number; ii: number } {
  for (const [si, section] of def.sections.entries()) {
    const ii = section.items.findIndex((it) => it.id === itemId)
    if (ii >= 0) return { si, ii }
  }
  throw new Error(`no item "${itemId}" in ${def.slug}`)
}

function itemAt(def: RawDefinition, itemId: string) {
  const { si, ii } = locate(def, itemId)
  const item = def.sections[si]?.items[ii]
  if (!item) throw new Error('unreachable')
  return item
}

describe('built-in definitions', () => {
  it.each(BUILTIN_DEFINITIONS.map((d) => [d.slug, d] as const))('%s parses', (_slug, raw) => {
    expect(parseDefinition(raw)).toMatchObject({ ok: true })
  })

  it.each(BUILTIN_DEFINITIONS.map((d) => [d.slug, d] as const))('%s has unique item ids', (_slug, raw) => {
    const ids = parsedOrFail(raw).sections.flatMap((s) => s.items.map((it) => it.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(BUILTIN_DEFINITIONS.map((d) => [d.slug, d] as const))(
    '%s has Thai and English for every item and every other text',
    (_slug, raw) => {
      const def = parsedOrFail(raw)
      for (const item of allItems(def)) {
        expect(item.text.th.trim(), item.id).not.toBe('')
        expect(item.text.en.trim(), item.id).not.toBe('')
      }
      const texts = localizedTexts(raw)
      expect(texts.length).toBeGreaterThan(10)
      for (const t of texts) {
        expect(typeof t.th === 'string' && t.th.trim() !== '', `${t.path}.th`).toBe(true)
        expect(typeof t.en === 'string' && t.en.trim() !== '', `${t.path}.en`).toBe(true)
      }
    },
  )

  it.each(BUILTIN_DEFINITIONS.map((d) => [d.slug, d] as const))(
    '%s names the organisation through the {organisation} placeholder in its privacy notice',
    (_slug, raw) => {
      expect(raw.privacy.summary.th).toContain('{organisation}')
      expect(raw.privacy.summary.en).toContain('{organisation}')
      expect(raw.privacy.summary.th).toContain('กรมส่งเสริมการปกครองท้องถิ่น')
      expect(raw.privacy.full.some((p) => p.th.includes('2 ปีงบประมาณ'))).toBe(true)
      expect(raw.privacy.full.some((p) => p.en.includes('IP address'))).toBe(true)
    },
  )

  it.each(BUILTIN_DEFINITIONS.map((d) => [d.slug, d] as const))('%s asks for nothing identifying or sensitive', (_slug, raw) => {
    const def = parsedOrFail(raw)
    const forbidden = /name|phone|tel|mobile|mail|address|citizen_id|national_id|id_card|line_id|health|disab|religio|ethnic|race/
    for (const item of allItems(def)) expect(item.id, item.id).not.toMatch(forbidden)
    // The only free text is the comment box at the end, and it warns against personal details.
    const textItems = allItems(def).filter((it) => it.kind === 'text')
    expect(textItems).toHaveLength(1)
    expect(textItems[0]?.hint?.th).toMatch(/ชื่อ/)
    expect(textItems[0]?.hint?.en).toMatch(/names/)
  })

  it('lists the three built-ins with the Thai standard as the default', () => {
    expect(BUILTIN_DEFINITIONS.map((d) => d.slug)).toEqual(['thai-lgu-standard', 'arta-csm', 'a11-trust'])
    expect(DEFAULT_DEFINITION_SLUG).toBe('thai-lgu-standard')
    expect(BUILTIN_DEFINITIONS[0]).toBe(thaiLguStandard)
  })

  it('builtinDefinition returns the parsed definition and refuses an unknown slug', () => {
    const def = builtinDefinition(DEFAULT_DEFINITION_SLUG)
    expect(def.slug).toBe('thai-lgu-standard')
    // Parsing applies defaults the raw data leaves out.
    const overall = allItems(def).find((it) => it.id === 'overall')
    expect(overall).toMatchObject({ kind: 'rating', allowNotApplicable: false })
    expect(builtinDefinition('arta-csm').scoring.method).toBe('arta-csm')
    expect(builtinDefinition('a11-trust').scoring.method).toBe('a11-trust')
    expect(() => builtinDefinition('no-such-survey')).toThrow(/no-such-survey/)
  })
})

describe('the Thai LGU standard', () => {
  const def = parsedOrFail(thaiLguStandard)
  const items = allItems(def)
  const ratings = items.filter((it) => it.kind === 'rating')
  if (def.scoring.method !== 'thai-mean') throw new Error('expected thai-mean scoring')
  const scoring = def.scoring

  it('scores the four aspects exactly as DESIGN.md names them', () => {
    expect(scoring.aspects.map((a) => a.label.th)).toEqual(THAI_ASPECTS)
    expect(scoring.aspects.map((a) => a.id)).toEqual(['process', 'channel', 'staff', 'facilities'])
    for (const aspect of scoring.aspects) {
      expect(aspect.items.length).toBeGreaterThanOrEqual(2)
      expect(aspect.items.length).toBeLessThanOrEqual(3)
    }
  })

  it('has a required overall rating reported on its own', () => {
    expect(scoring.overallItem).toBe('overall')
    expect(items.find((it) => it.id === 'overall')).toMatchObject({ kind: 'rating', scale: 'satisfaction', required: true })
  })

  it('puts every rating item in an aspect or the overall, each once, and requires them', () => {
    const scored = [scoring.overallItem, ...scoring.aspects.flatMap((a) => a.items)]
    expect([...scored].sort()).toEqual(ratings.map((it) => it.id).sort())
    for (const r of ratings) expect(r.required, r.id).toBe(true)
  })

  it('stays short enough to finish in under a minute', () => {
    expect(ratings.length).toBeGreaterThanOrEqual(9)
    expect(ratings.length).toBeLessThanOrEqual(12)
  })

  it('asks which service was used, first', () => {
    expect(def.sections[0]?.items).toEqual([expect.objectContaining({ id: 'service', kind: 'service', required: true })])
  })

  it('keeps the profile optional', () => {
    for (const id of ['sex', 'age', 'occupation']) {
      const item = items.find((it) => it.id === id)
      expect(item, id).toMatchObject({ kind: 'single', required: false })
      if (item?.kind === 'single')
        expect(
          item.options.map((o) => o.value),
          id,
        ).toContain('not_say')
    }
  })

  it('has an optional suggestion box of at most 1000 characters', () => {
    expect(items.find((it) => it.id === 'suggestion')).toMatchObject({ kind: 'text', maxLength: 1000, required: false })
  })

  it('uses the 5-level scale from 5 down to 1 with the Thai words, and N/A only for facilities', () => {
    const scale = def.scales.satisfaction
    expect(scale?.levels.map((l) => l.value)).toEqual([5, 4, 3, 2, 1])
    expect(scale?.levels.map((l) => l.label.th)).toEqual(['มากที่สุด', 'มาก', 'ปานกลาง', 'น้อย', 'น้อยที่สุด'])
    expect(scale?.notApplicableLabel?.th).toBeTruthy()
    const withNa = ratings.filter((r) => r.kind === 'rating' && r.allowNotApplicable).map((r) => r.id)
    expect(withNa.sort()).toEqual([...(scoring.aspects.find((a) => a.id === 'facilities')?.items ?? [])].sort())
  })
})

describe('the ARTA CSM', () => {
  const def = parsedOrFail(artaCsm)
  const items = allItems(def)

  it('has SQD0–SQD8 on the agree scale with N/A', () => {
    const sqd = items.filter((it) => it.id.startsWith('sqd'))
    expect(sqd.map((it) => it.id)).toEqual(['sqd0', 'sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'])
    for (const it of sqd) expect(it).toMatchObject({ kind: 'rating', scale: 'agree', allowNotApplicable: true })
    expect(def.scales.agree?.levels.map((l) => l.value)).toEqual([5, 4, 3, 2, 1])
    expect(def.scales.agree?.notApplicableLabel).toBeDefined()
  })

  it('has the client type and the three Citizen’s Charter questions', () => {
    const optionCount = (id: string) => {
      const item = items.find((it) => it.id === id)
      return item?.kind === 'single' ? item.options.length : undefined
    }
    expect(optionCount('client_type')).toBe(3)
    expect(optionCount('cc1')).toBe(4)
    expect(optionCount('cc2')).toBe(5)
    expect(optionCount('cc3')).toBe(4)
  })

  it('pools SQD1–SQD8 and reports SQD0 and the charter separately', () => {
    expect(def.scoring).toEqual({
      method: 'arta-csm',
      pooledItems: ['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'],
      separateItems: ['sqd0'],
      charterItems: ['cc1', 'cc2', 'cc3'],
    })
  })
})

describe('the A-11 trust survey', () => {
  const def = parsedOrFail(a11Trust)
  const items = allItems(def)

  it('asks the trust question on 1–5 and counts 4 and 5 as positive', () => {
    expect(items.find((it) => it.id === 'trust')).toMatchObject({ kind: 'rating', scale: 'trust' })
    expect([...(def.scales.trust?.levels.map((l) => l.value) ?? [])].sort()).toEqual([1, 2, 3, 4, 5])
    expect(def.scoring).toMatchObject({ method: 'a11-trust', trustItem: 'trust', positiveLevels: [4, 5] })
  })

  it('offers the same seven drivers for what went well and what did not', () => {
    const drivers = ['effectiveness', 'ease', 'efficiency', 'transparency', 'humanity', 'employee', 'other']
    for (const id of ['went_well', 'not_well']) {
      const item = items.find((it) => it.id === id)
      expect(item?.kind, id).toBe('multiple')
      if (item?.kind === 'multiple') expect(item.options.map((o) => o.value)).toEqual(drivers)
    }
  })
})

describe('parseDefinition refuses broken definitions and names the faulty path', () => {
  const thai = () => structuredClone(thaiLguStandard)

  const cases: { name: string; input: () => unknown; path: () => string; message?: RegExp }[] = [
    {
      name: 'a rating item pointing to a missing scale',
      input: () => {
        const d = thai()
        Object.assign(itemAt(d, 'overall'), { scale: 'stars' })
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'overall')
        return `sections.${si}.items.${ii}.scale`
      },
      message: /stars/,
    },
    {
      name: 'a duplicate item id',
      input: () => {
        const d = thai()
        itemAt(d, 'staff_2').id = 'staff_1'
        return d
      },
      // The second use is the one reported.
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'staff_2')
        return `sections.${si}.items.${ii}.id`
      },
      message: /staff_1/,
    },
    {
      name: 'an aspect referencing a missing item',
      input: () => {
        const d = thai()
        if (d.scoring.method !== 'thai-mean') throw new Error('expected thai-mean')
        const aspect = d.scoring.aspects.find((a) => a.id === 'channel')
        const k = aspect?.items.indexOf('channel_2') ?? -1
        if (!aspect || k < 0) throw new Error('fixture changed')
        aspect.items[k] = 'channel_9'
        return d
      },
      path: () => {
        if (thaiLguStandard.scoring.method !== 'thai-mean') throw new Error('expected thai-mean')
        const a = thaiLguStandard.scoring.aspects.findIndex((x) => x.id === 'channel')
        const k = thaiLguStandard.scoring.aspects[a]?.items.indexOf('channel_2')
        return `scoring.aspects.${a}.items.${k}`
      },
      message: /channel_9/,
    },
    {
      name: 'an item counted in two aspects',
      input: () => {
        const d = thai()
        if (d.scoring.method !== 'thai-mean') throw new Error('expected thai-mean')
        d.scoring.aspects.find((a) => a.id === 'staff')?.items.push('process_1')
        return d
      },
      // Appended as the last item of the staff aspect.
      path: () => {
        if (thaiLguStandard.scoring.method !== 'thai-mean') throw new Error('expected thai-mean')
        const a = thaiLguStandard.scoring.aspects.findIndex((x) => x.id === 'staff')
        return `scoring.aspects.${a}.items.${thaiLguStandard.scoring.aspects[a]?.items.length}`
      },
      message: /process_1.*already counted/,
    },
    {
      name: 'a scored item on a scale that is not 1–5',
      input: () => {
        const d = thai()
        d.scales.satisfaction?.levels.push({ value: 6, label: { th: 'ดีเลิศ', en: 'Superb' } })
        return d
      },
      // The first aspect's first item is the first place the scale is scored.
      path: () => 'scoring.aspects.0.items.0',
      message: /1–5/,
    },
    {
      name: 'missing English text',
      input: () => {
        const d = thai()
        delete (itemAt(d, 'process_1').text as { en?: string }).en
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'process_1')
        return `sections.${si}.items.${ii}.text.en`
      },
    },
    {
      name: 'an unknown item kind',
      input: () => {
        const d = thai()
        Object.assign(itemAt(d, 'staff_3'), { kind: 'slider' })
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'staff_3')
        return `sections.${si}.items.${ii}.kind`
      },
    },
    {
      name: 'a text item with maxLength 0',
      input: () => {
        const d = thai()
        Object.assign(itemAt(d, 'suggestion'), { maxLength: 0 })
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'suggestion')
        return `sections.${si}.items.${ii}.maxLength`
      },
    },
    {
      name: 'a bad option value',
      input: () => {
        const d = thai()
        const item = itemAt(d, 'sex')
        if (item.kind !== 'single') throw new Error('fixture changed')
        const female = item.options.find((o) => o.value === 'female')
        if (!female) throw new Error('fixture changed')
        female.value = 'Female person'
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'sex')
        const item = thaiLguStandard.sections[si]?.items[ii]
        const oi = item?.kind === 'single' ? item.options.findIndex((o) => o.value === 'female') : -1
        return `sections.${si}.items.${ii}.options.${oi}.value`
      },
    },
    {
      name: 'a duplicate option value',
      input: () => {
        const d = thai()
        const item = itemAt(d, 'age')
        if (item.kind !== 'single') throw new Error('fixture changed')
        const last = item.options.at(-1)
        const first = item.options[0]
        if (!last || !first) throw new Error('fixture changed')
        last.value = first.value
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'age')
        const item = thaiLguStandard.sections[si]?.items[ii]
        const oi = item?.kind === 'single' ? item.options.length - 1 : -1
        return `sections.${si}.items.${ii}.options.${oi}.value`
      },
    },
    {
      name: 'an unknown extra property',
      input: () => {
        const d = thai()
        Object.assign(itemAt(d, 'overall'), { colour: 'red' })
        return d
      },
      path: () => {
        const { si, ii } = locate(thaiLguStandard, 'overall')
        return `sections.${si}.items.${ii}`
      },
      message: /colour/,
    },
    {
      name: 'N/A allowed on a scale with no notApplicableLabel',
      input: () => {
        const d = thai()
        delete d.scales.satisfaction?.notApplicableLabel
        return d
      },
      path: () => {
        const first = allItems(parsedOrFail(thaiLguStandard)).find((it) => it.kind === 'rating' && it.allowNotApplicable)
        if (!first) throw new Error('fixture changed')
        const { si, ii } = locate(thaiLguStandard, first.id)
        return `sections.${si}.items.${ii}.allowNotApplicable`
      },
    },
    {
      name: 'ARTA scoring naming a rating item as a charter item',
      input: () => {
        const d = structuredClone(artaCsm)
        if (d.scoring.method !== 'arta-csm') throw new Error('expected arta-csm')
        d.scoring.charterItems[d.scoring.charterItems.indexOf('cc2')] = 'sqd2'
        return d
      },
      path: () => {
        if (artaCsm.scoring.method !== 'arta-csm') throw new Error('expected arta-csm')
        return `scoring.charterItems.${artaCsm.scoring.charterItems.indexOf('cc2')}`
      },
      message: /rating/,
    },
    {
      name: 'not an object at all (a string)',
      input: () => 'thai-lgu-standard',
      path: () => '(root)',
    },
    {
      name: 'not an object at all (null)',
      input: () => null,
      path: () => '(root)',
    },
    {
      name: 'not an object at all (an array)',
      input: () => [thaiLguStandard],
      path: () => '(root)',
    },
  ]

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { input, path, message }) => {
    const result = parseDefinition(input())
    expect(result.ok).toBe(false)
    if (result.ok) return
    const expected = path()
    const error = result.errors.find((e) => e.path === expected)
    expect(error, `expected an error at ${expected}, got ${JSON.stringify(result.errors)}`).toBeDefined()
    expect(error?.message).not.toBe('')
    if (message) expect(error?.message).toMatch(message)
  })

  it('leaves the built-in data untouched while breaking copies', () => {
    expect(parseDefinition(thaiLguStandard).ok).toBe(true)
    expect(parseDefinition(artaCsm).ok).toBe(true)
  })
})
