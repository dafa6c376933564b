import { describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../../src/db/client.js'
import { prepared } from '../../src/db/prepared.js'

describe('prepared', () => {
  it('prepares a text once per connection', () => {
    const one = openDatabase(':memory:')
    const other = openDatabase(':memory:')
    const first = prepared(one.$client, 'select 1 as n')
    expect(prepared(one.$client, 'select 1 as n')).toBe(first)
    expect(prepared(one.$client, 'select 2 as n')).not.toBe(first)
    const elsewhere = prepared(other.$client, 'select 1 as n')
    expect(elsewhere).not.toBe(first)
    expect(elsewhere.get()).toEqual({ n: 1 })
    closeDatabase(one)
    closeDatabase(other)
  })
})
