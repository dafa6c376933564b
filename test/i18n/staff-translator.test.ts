import { describe, expect, it } from 'vitest'
import { createStaffTranslator, staffTranslator } from '../../src/i18n/staff-messages.js'

const area = createStaffTranslator({
  th: { 'area.title': 'หน้า {name}', 'area.plain': 'ธรรมดา' },
  en: { 'area.title': 'Page {name}', 'area.plain': 'Plain' },
})

describe('createStaffTranslator', () => {
  it("answers the area's own words, with variables filled in", () => {
    expect(area('th')('area.title', { name: 'ก' })).toBe('หน้า ก')
    expect(area('en')('area.title', { name: 'A' })).toBe('Page A')
    expect(area('en')('area.plain')).toBe('Plain')
  })

  it('answers the words every staff page shares, in the same language', () => {
    expect(area('th')('staff.save')).toBe(staffTranslator('th')('staff.save'))
    expect(area('en')('staff.save')).toBe('Save')
    expect(area('en')('staff.paging.summary', { from: 1, to: 50, total: 120 })).toBe(
      staffTranslator('en')('staff.paging.summary', { from: 1, to: 50, total: 120 }),
    )
  })
})
