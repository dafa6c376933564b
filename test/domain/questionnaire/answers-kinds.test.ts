/**
 * parseAnswers and friends against a tiny inline definition that has one item of every kind,
 * so each rule can be checked in isolation.
 */
import { describe, expect, it } from 'vitest'
import { allowedValues, parseAnswers, tallyValue, visibleItems } from '../../../src/domain/questionnaire/answers.js'
import { allItems, parseDefinition, type Definition, type Item } from '../../../src/domain/questionnaire/definition.js'

const l = (th: string, en: string) => ({ th, en })
const parsed = parseDefinition({
  slug: 'tiny-test',
  title: l('ทดสอบ', 'Test'),
  privacy: { summary: l('สรุป', 'Summary'), full: [l('เต็ม', 'Full')] },
  scales: {
    five: {
      levels: [
        { value: 5, label: l('มากที่สุด', 'Very good') },
        { value: 4, label: l('มาก', 'Good') },
        { value: 3, label: l('ปานกลาง', 'Fair') },
        { value: 2, label: l('น้อย', 'Poor') },
        { value: 1, label: l('น้อยที่สุด', 'Very poor') },
      ],
      notApplicableLabel: l('ไม่เกี่ยวข้อง', 'N/A'),
    },
  },
  sections: [
    {
      id: 'main',
      title: l('หลัก', 'Main'),
      items: [
        { id: 'svc', kind: 'service', text: l('บริการ', 'Service'), required: true },
        { id: 'score', kind: 'rating', scale: 'five', text: l('คะแนน', 'Score'), required: true },
        { id: 'score_na', kind: 'rating', scale: 'five', allowNotApplicable: true, text: l('สถานที่', 'Place'), required: false },
        {
          id: 'colour',
          kind: 'single',
          text: l('สี', 'Colour'),
          required: true,
          options: [
            { value: 'red', label: l('แดง', 'Red') },
            { value: 'green', label: l('เขียว', 'Green') },
            { value: 'blue', label: l('น้ำเงิน', 'Blue') },
          ],
        },
        {
          id: 'pets',
          kind: 'multiple',
          text: l('สัตว์เลี้ยง', 'Pets'),
          required: false,
          options: [
            { value: 'cat', label: l('แมว', 'Cat') },
            { value: 'dog', label: l('สุนัข', 'Dog') },
            { value: 'fish', label: l('ปลา', 'Fish') },
          ],
        },
        { id: 'note', kind: 'text', maxLength: 5, text: l('หมายเหตุ', 'Note'), required: false },
      ],
    },
  ],
  scoring: { method: 'thai-mean', aspects: [{ id: 'all', label: l('ทั้งหมด', 'All'), items: ['score'] }] },
})
if (!parsed.ok) throw new Error(`inline definition is invalid: ${JSON.stringify(parsed.errors)}`)
const def: Definition = parsed.definition
const item = (id: string): Item => {
  const found = allItems(def).find((it) => it.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}

const withServices = { services: [{ id: 7 }, { id: 12 }] }
const noServices = { services: [] }
/** The minimum that satisfies every required item when services are listed. */
const base = { svc: ['7'], score: ['3'], colour: ['red'] }

describe('allowedValues and visibleItems', () => {
  it.each([
    ['score', withServices, ['5', '4', '3', '2', '1']],
    ['score_na', withServices, ['5', '4', '3', '2', '1', 'na']],
    ['colour', withServices, ['red', 'green', 'blue']],
    ['pets', withServices, ['cat', 'dog', 'fish']],
    ['svc', withServices, ['7', '12']],
    ['svc', noServices, []],
    ['note', withServices, null],
  ] as const)('%s accepts the right values', (id, ctx, expected) => {
    expect(allowedValues(item(id), def, ctx)).toEqual(expected)
  })

  it('hides the service item when the point lists no services', () => {
    expect(visibleItems(def, noServices).map((i) => i.id)).toEqual(['score', 'score_na', 'colour', 'pets', 'note'])
    expect(visibleItems(def, withServices).map((i) => i.id)).toEqual(['svc', 'score', 'score_na', 'colour', 'pets', 'note'])
  })
})

describe('parseAnswers with every kind', () => {
  it('accepts a full answer, in form order, with the service id as a number', () => {
    const result = parseAnswers(def, withServices, {
      svc: ['12'],
      score: ['2'],
      score_na: ['na'],
      colour: ['green'],
      pets: ['dog', 'cat', 'dog'],
      note: ['  hi  '],
    })
    expect(result).toEqual({
      ok: true,
      serviceId: 12,
      answers: [
        { itemId: 'svc', value: '12' },
        { itemId: 'score', value: '2' },
        { itemId: 'score_na', value: 'na' },
        { itemId: 'colour', value: 'green' },
        // The repeated "dog" is collapsed, first-seen order kept.
        { itemId: 'pets', value: 'dog' },
        { itemId: 'pets', value: 'cat' },
        { itemId: 'note', value: 'hi' },
      ],
      values: { svc: ['12'], score: ['2'], score_na: ['na'], colour: ['green'], pets: ['dog', 'cat', 'dog'], note: ['hi'] },
    })
  })

  it('leaves optional items out when blank', () => {
    const result = parseAnswers(def, withServices, { ...base, score_na: [''], pets: [], note: ['   '] })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.answers.map((a) => a.itemId)).toEqual(['svc', 'score', 'colour'])
  })

  it('neither shows nor requires the service item without services, and ignores a posted value', () => {
    const result = parseAnswers(def, noServices, { svc: ['7'], score: ['1'], colour: ['blue'] })
    expect(result).toEqual({
      ok: true,
      serviceId: null,
      answers: [
        { itemId: 'score', value: '1' },
        { itemId: 'colour', value: 'blue' },
      ],
      values: { score: ['1'], score_na: [], colour: ['blue'], pets: [], note: [] },
    })
  })

  it('reports every required item that is missing or only whitespace, in form order', () => {
    const result = parseAnswers(def, withServices, { score: ['  '], pets: ['cat'] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { itemId: 'svc', code: 'required' },
      { itemId: 'score', code: 'required' },
      { itemId: 'colour', code: 'required' },
    ])
    expect(result.values.pets).toEqual(['cat'])
  })

  it.each([
    ['a level above the scale', 'score', ['6'], []],
    ['a level below the scale', 'score', ['0'], []],
    ['a level written differently', 'score', ['05'], []],
    ['N/A on an item without N/A', 'score', ['na'], []],
    ['two levels for one rating', 'score', ['3', '1'], ['3']],
    ['an unknown option', 'colour', ['purple'], []],
    ['two options for a single-choice item', 'colour', ['red', 'blue'], ['red']],
    ['a valid and an invalid option for a single-choice item', 'colour', ['pink', 'blue'], ['blue']],
    ['an unknown option among valid ones in a multiple-choice item', 'pets', ['cat', 'bird', 'fish'], ['cat', 'fish']],
    ['a service of another point', 'svc', ['99'], []],
    ['two services', 'svc', ['7', '12'], ['7']],
  ])('%s → not_an_option, keeping only the valid value(s)', (_name, id, given, kept) => {
    const result = parseAnswers(def, withServices, { ...base, [id]: given })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([{ itemId: id, code: 'not_an_option' }])
    expect(result.values[id]).toEqual(kept)
  })

  it('collapses a repeated single-choice value instead of refusing it', () => {
    const result = parseAnswers(def, withServices, { ...base, colour: ['red', ' red '] })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.answers.filter((a) => a.itemId === 'colour')).toEqual([{ itemId: 'colour', value: 'red' }])
  })

  it('keeps what was typed in the other fields when one is wrong', () => {
    const result = parseAnswers(def, withServices, { ...base, score: ['9'], note: ['ok'] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.values).toMatchObject({ svc: ['7'], colour: ['red'], note: ['ok'] })
  })
})

describe('free text (maxLength 5)', () => {
  it.each([
    ['exactly the limit', 'abcde', 'abcde'],
    ['trimmed before counting', '  abcde \n', 'abcde'],
    ['CRLF counted as one character (a b \\n c d = 5)', 'ab\r\ncd', 'ab\ncd'],
    ['a lone CR becomes a line break', 'ab\rcd', 'ab\ncd'],
    // ด ี ม า ก: 5 code points (15 bytes in UTF-8).
    ['Thai counted in characters, not bytes', 'ดีมาก', 'ดีมาก'],
  ])('%s is accepted', (_name, typed, stored) => {
    const result = parseAnswers(def, noServices, { score: ['3'], colour: ['red'], note: [typed] })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.answers.at(-1)).toEqual({ itemId: 'note', value: stored })
  })

  it.each([
    ['one over the limit', 'abcdef', 6],
    ['CRLF still one character each (3 + 1 + 3 = 7)', 'abc\r\ndef', 7],
    // ด ี ม า ก ๆ: 6 code points.
    ['Thai one over the limit', 'ดีมากๆ', 6],
  ])('%s → too_long with the length', (_name, typed, length) => {
    const result = parseAnswers(def, noServices, { score: ['3'], colour: ['red'], note: [typed] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([{ itemId: 'note', code: 'too_long', maxLength: 5, length }])
    expect(result.values.note).toEqual([typed.replace(/\r\n?/g, '\n')])
  })
})

describe('tallyValue', () => {
  it.each([
    ['free text is counted as answered', 'note', 'ข้อความใด ๆ', '*'],
    ['a rating is counted by its level', 'score', '2', '2'],
    ['N/A is counted as itself', 'score_na', 'na', 'na'],
    ['a choice is counted by its value', 'pets', 'fish', 'fish'],
    ['a service is counted by its id', 'svc', '12', '12'],
  ])('%s', (_name, id, value, expected) => {
    expect(tallyValue(item(id), { itemId: id, value })).toBe(expected)
  })

  it('counts the value when the item is unknown', () => {
    expect(tallyValue(undefined, { itemId: 'gone', value: 'x' })).toBe('x')
  })
})
