import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isShowableName, showableName } from '../../src/domain/names.js'

describe('isShowableName', () => {
  it.each([
    ['Thai', 'กองคลัง – งานจัดเก็บภาษี'],
    ['English', 'Finance Division'],
    ['a single digit', '1'],
    ['Thai with a zero-width space inside', 'งาน\u200Bทะเบียน'],
    ['a visible character between spaces', ' ก '],
  ])('accepts %s', (_, name) => {
    expect(isShowableName(name)).toBe(true)
  })

  it.each([
    ['blanks and a zero-width space', '  \u200B  '],
    ['a zero-width space alone', '\u200B'],
    ['a byte-order mark and a word joiner', '\uFEFF\u2060'],
    ['a right-to-left override alone', '\u202E'],
    ['a Hangul filler', '\u3164'],
    ['non-breaking and ideographic spaces', '\u00A0\u3000'],
    ['a name with a NUL', 'งาน\u0000ทะเบียน'],
    ['a name with a BEL', 'งาน\u0007ทะเบียน'],
    ['a name with a line break', 'งาน\nทะเบียน'],
    ['a name with a C1 control', 'งาน\u0085ทะเบียน'],
  ])('refuses %s', (_, name) => {
    expect(isShowableName(name)).toBe(false)
  })
})

describe('showableName', () => {
  const schema = z.string().trim().min(1, 'required').superRefine(showableName('invisible'))
  const messages = (value: string) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? []

  it('adds its message for a name that cannot be shown', () => {
    expect(messages('\u200B')).toEqual(['invisible'])
    expect(messages('a\u0007b')).toEqual(['invisible'])
  })

  it('leaves an empty name to the field’s own check, and a good name alone', () => {
    expect(messages('   ')).toEqual(['required'])
    expect(messages('ศูนย์บริการ')).toEqual([])
  })
})
