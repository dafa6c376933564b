import { describe, expect, it } from 'vitest'
import { Fieldset } from '../../../views/components/field.js'
import { Input } from '../../../views/components/input.js'
import { Select } from '../../../views/components/select.js'
import { Textarea } from '../../../views/components/textarea.js'

const frame = { id: 'name', label: 'Name', errorPrefix: 'Error:' }

const controls = {
  Input: (p: { hint?: string; error?: string }) => String(<Input {...frame} {...p} value="x" />),
  Select: (p: { hint?: string; error?: string }) => String(<Select {...frame} {...p} options={[{ value: 'a', label: 'A' }]} />),
  Textarea: (p: { hint?: string; error?: string }) => String(<Textarea {...frame} {...p} value="x" maxLength={10} />),
}

describe.each(Object.entries(controls))('%s in the field frame', (_, render) => {
  it('is labelled, with nothing to describe it when there is no hint or error', () => {
    const html = render({})
    expect(html).toMatch(/^<div class="field"><label class="label" for="name">Name<\/label><(input|select|textarea) /)
    expect(html).not.toContain('aria-describedby')
    expect(html).not.toContain('name-hint')
  })

  it('points at the hint, then the error, whose prefix only a screen reader hears', () => {
    const html = render({ hint: 'Your full name', error: 'Enter your name' })
    expect(html).toMatch(/^<div class="field field--error">/)
    expect(html).toContain('<p id="name-hint" class="hint">Your full name</p>')
    expect(html).toContain(
      '<p id="name-error" class="error-message"><span class="visually-hidden">Error:</span> Enter your name</p>',
    )
    expect(html.indexOf('name-hint')).toBeLessThan(html.indexOf('name-error'))
    expect(html).toContain('aria-describedby="name-hint name-error"')
  })

  it('points at the error alone when there is no hint', () => {
    expect(render({ error: 'Enter your name' })).toContain('aria-describedby="name-error"')
  })
})

describe('Fieldset', () => {
  it('frames a group the same way, with a legend and the description on the fieldset', () => {
    const html = String(
      <Fieldset id="q1" legend="How was it?" hint="Pick one" error="Choose an answer" errorPrefix="ข้อผิดพลาด:">
        <input id="q1" />
      </Fieldset>,
    )
    expect(html).toBe(
      '<div class="field field--error"><fieldset class="fieldset" aria-describedby="q1-hint q1-error">' +
        '<legend class="fieldset__legend">How was it?</legend><p id="q1-hint" class="hint">Pick one</p>' +
        '<p id="q1-error" class="error-message"><span class="visually-hidden">ข้อผิดพลาด:</span> Choose an answer</p>' +
        '<input id="q1"/></fieldset></div>',
    )
  })
})
