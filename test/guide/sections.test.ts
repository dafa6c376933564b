import { describe, expect, it } from 'vitest'
import { helpHref, helpSectionId, PAGE_SECTIONS } from '../../src/guide/page-help.js'
import { findSection, GUIDE_SECTIONS, sectionsOf } from '../../src/guide/sections.js'
import { GUIDE_ROLES } from '../../src/guide/types.js'
import { labelReferences, resolveLabels, uiLabel } from '../../src/guide/ui.js'

const THAI = /[\u0E00-\u0E7F]/

describe('the guide’s sections', () => {
  it('have unique ids that name their role, and words in both languages', () => {
    const ids = GUIDE_SECTIONS.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of GUIDE_SECTIONS) {
      expect(s.id).toMatch(new RegExp(`^${s.role}-[a-z-]+$`))
      for (const words of [s.title, s.summary, ...s.steps, ...(s.notes ?? [])]) {
        expect(words.th, s.id).toMatch(THAI)
        expect(words.en.trim(), s.id).not.toBe('')
        // Each step names the same labels in both languages.
        expect(
          labelReferences(words.en)
            .map((r) => r.whole)
            .sort(),
          `${s.id}: ${words.en}`,
        ).toEqual(
          labelReferences(words.th)
            .map((r) => r.whole)
            .sort(),
        )
      }
    }
    for (const role of GUIDE_ROLES) expect(sectionsOf(role).length, role).toBeGreaterThanOrEqual(6)
  })

  it('name only labels the app has, in both languages', () => {
    for (const s of GUIDE_SECTIONS)
      for (const words of [...s.steps, ...(s.notes ?? [])])
        for (const locale of ['th', 'en'] as const) {
          for (const ref of labelReferences(words[locale])) expect(uiLabel(ref.area!, ref.key!, locale), ref.whole).toBeTruthy()
          expect(() => resolveLabels(words[locale], locale)).not.toThrow()
        }
  })

  it('cover the tasks the issue names', () => {
    const titles = GUIDE_SECTIONS.map((s) => s.title.th)
    for (const task of ['พิมพ์โปสเตอร์', 'ส่งออกผล', 'เปิดรอบการประเมิน', 'ออกหนังสือเปิดใช้งาน', 'ติดตาม อปท. ที่ยังไม่เก็บข้อมูล'])
      expect(titles).toContain(task)
  })

  it('are photographed from a page of their own part of the app', () => {
    for (const s of GUIDE_SECTIONS) expect(s.shot.path.startsWith('/staff/'), s.id).toBe(s.role !== 'resident')
  })
})

describe('resolving labels', () => {
  it('splits a step into words and the app’s labels, placeholders shown as …', () => {
    expect(resolveLabels('กด [[lgu:lgu.points.add]] แล้ว [[transactions:transactions.save]]', 'th')).toEqual([
      { text: 'กด ', label: false },
      { text: 'เพิ่มจุดให้บริการ', label: true },
      { text: ' แล้ว ', label: false },
      { text: 'บันทึกเดือน…', label: true },
    ])
    expect(() => resolveLabels('[[lgu:lgu.no.such.key]]', 'en')).toThrow(/does not exist/)
    expect(() => resolveLabels('[[nowhere:lgu.points.add]]', 'en')).toThrow(/does not exist/)
  })
})

describe('the help link of each staff page', () => {
  it('names sections that exist', () => {
    for (const { sections } of PAGE_SECTIONS)
      for (const id of typeof sections === 'string' ? [sections] : Object.values(sections))
        expect(findSection(id!), id).toBeDefined()
  })

  it('leads to the page’s section for the role, or to the role’s guide', () => {
    expect(helpHref('lgu', '/staff/organisations/12')).toBe('/staff/guide/lgu#lgu-collection')
    expect(helpHref('province', '/staff/organisations/12')).toBe('/staff/guide/province#province-lgu-page')
    expect(helpHref('province', '/staff/service-points/3/edit?done=updated')).toBe('/staff/guide/lgu#lgu-edit-point')
    expect(helpHref('dla', '/staff/rounds/7/finalise')).toBe('/staff/guide/dla#dla-close-round')
    expect(helpHref('dla', '/staff/exports')).toBe('/staff/guide/dla#dla-export')
    expect(helpSectionId('lgu', '/staff/users')).toBeUndefined()
    expect(helpHref('lgu', '/staff/users')).toBe('/staff/guide/lgu')
    expect(helpHref('dla', '/staff/nowhere')).toBe('/staff/guide/dla')
  })
})
