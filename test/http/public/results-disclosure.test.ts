/**
 * Which public figures may be shown: a figure needs `minimum` people behind it (for a pooled
 * figure, at least its largest part's n), and a shown total must not give away a hidden part
 * by subtraction. Table-driven over small trees written as [people, children].
 */
import { describe, expect, it } from 'vitest'
import { disclose, figure, pooled, type Disclosed, type FigureNode } from '../../../src/http/public/disclosure.js'

type Spec = number | Spec[]
/** A number is one item with that n; an array is a figure pooled from its parts. */
const tree = (spec: Spec, name = 'r'): FigureNode<string> =>
  typeof spec === 'number'
    ? figure(name, spec)
    : pooled(
        name,
        spec.map((s, i) => tree(s, `${name}.${i}`)),
      )
const flat = (d: Disclosed<string>): Record<string, string> =>
  Object.assign({ [d.value]: `${d.people} ${d.disclosure}` }, ...d.children.map(flat))

describe('disclose', () => {
  it.each<{ name: string; spec: Spec; expected: Record<string, string> }>([
    { name: 'one item below the minimum', spec: 9, expected: { r: '9 small' } },
    { name: 'one item at the minimum', spec: 10, expected: { r: '10 shown' } },
    {
      name: 'a pool counts people, not answers: two items of 9 are 18 answers from at least 9 people',
      spec: [9, 9],
      expected: { r: '9 small', 'r.0': '9 small', 'r.1': '9 small' },
    },
    {
      name: 'an item short by N/A hides its sibling too, or the pool minus the sibling would give it',
      spec: [3, 10],
      expected: { r: '10 shown', 'r.0': '3 small', 'r.1': '10 complement' },
    },
    {
      name: 'the sibling hidden with it is the one with the fewest people',
      spec: [12, 3, 10, 11],
      expected: { r: '12 shown', 'r.0': '12 shown', 'r.1': '3 small', 'r.2': '10 complement', 'r.3': '11 shown' },
    },
    {
      name: 'two short items are covered by one more: together they still pool under ten people',
      spec: [4, 5, 10, 12],
      expected: { r: '12 shown', 'r.0': '4 small', 'r.1': '5 small', 'r.2': '10 complement', 'r.3': '12 shown' },
    },
    {
      name: 'an item nobody answered gives nothing away, so nothing else is hidden',
      spec: [0, 10, 12],
      expected: { r: '12 shown', 'r.0': '0 small', 'r.1': '10 shown', 'r.2': '12 shown' },
    },
    {
      name: 'a hidden aspect hides the other aspect and all its items, which would add up to it',
      spec: [
        [10, 10],
        [3, 4],
        [15, 15],
      ],
      expected: {
        r: '15 shown',
        'r.0': '10 complement',
        'r.0.0': '10 complement',
        'r.0.1': '10 complement',
        'r.1': '4 small',
        'r.1.0': '3 small',
        'r.1.1': '4 small',
        'r.2': '15 shown',
        'r.2.0': '15 shown',
        'r.2.1': '15 shown',
      },
    },
    {
      name: 'inside a shown aspect the rule applies again',
      spec: [
        [12, 2],
        [15, 15],
      ],
      expected: {
        r: '15 shown',
        'r.0': '12 shown',
        'r.0.0': '12 complement',
        'r.0.1': '2 small',
        'r.1': '15 shown',
        'r.1.0': '15 shown',
        'r.1.1': '15 shown',
      },
    },
    {
      name: 'a whole below the minimum hides everything in it',
      spec: [
        [9, 9],
        [9, 2],
      ],
      expected: {
        r: '9 small',
        'r.0': '9 small',
        'r.0.0': '9 small',
        'r.0.1': '9 small',
        'r.1': '9 small',
        'r.1.0': '9 small',
        'r.1.1': '2 small',
      },
    },
  ])('$name', ({ spec, expected }) => {
    expect(flat(disclose(tree(spec), 10))).toEqual(expected)
  })

  it('keeps every value with its decision', () => {
    const d = disclose(pooled({ id: 'aspect' }, [figure({ id: 'a' }, 10), figure({ id: 'b' }, 11)]), 10)
    expect(d.value).toEqual({ id: 'aspect' })
    expect(d.children.map((c) => [c.value.id, c.disclosure])).toEqual([
      ['a', 'shown'],
      ['b', 'shown'],
    ])
  })
})
