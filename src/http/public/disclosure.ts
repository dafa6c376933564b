/**
 * Which figures a public page may show. A figure is published only when at least `minimum`
 * people stand behind it (primary suppression), and a shown total never lets a hidden part be
 * worked out by subtraction (complementary suppression).
 *
 * People, not answers: an item's n is its answers, one per person. A pooled figure (an aspect,
 * the overall) counts every answer of every item in it, so its n can be 18 from 9 people; the
 * people behind it are at least its largest item's n, and that is what is compared with the
 * minimum.
 *
 * @example
 * const tree = pooled(aspectStats, [figure(item1, item1.n), figure(item2, item2.n)])
 * disclose(tree, 10)   // { disclosure: 'shown', children: [{ disclosure: 'small' }, { disclosure: 'complement' }] }
 */

/** `small`: fewer than the minimum; `complement`: hidden so that a `small` sibling cannot be derived. */
export type Disclosure = 'shown' | 'small' | 'complement'

export type FigureNode<T> = { value: T; people: number; children: FigureNode<T>[] }
export type Disclosed<T> = { value: T; people: number; disclosure: Disclosure; children: Disclosed<T>[] }

/** A figure from one item's answers: `people` is its n. */
export const figure = <T>(value: T, people: number): FigureNode<T> => ({ value, people, children: [] })

/** A figure pooled from its children's answers: at least as many people as its largest child. */
export const pooled = <T>(value: T, children: FigureNode<T>[]): FigureNode<T> => ({
  value,
  people: Math.max(0, ...children.map((c) => c.people)),
  children,
})

function hide<T>(node: FigureNode<T>, disclosure: Exclude<Disclosure, 'shown'>, minimum: number): Disclosed<T> {
  return {
    value: node.value,
    people: node.people,
    disclosure,
    children: node.children.map((c) => hide(c, c.people < minimum ? 'small' : 'complement', minimum)),
  }
}

/**
 * Decides every figure of a tree whose parents are the pooled sum of their children. When a
 * shown parent has a hidden child with answers, the parent minus its shown children would give
 * that child away, so the shown child with the fewest people is hidden too (with everything
 * under it): what subtraction then yields pools at least `minimum` people.
 */
export function disclose<T>(node: FigureNode<T>, minimum: number): Disclosed<T> {
  if (node.people < minimum) return hide(node, 'small', minimum)
  const small = new Set(node.children.filter((c) => c.people < minimum))
  const cover = [...small].some((c) => c.people > 0)
    ? node.children
        .filter((c) => !small.has(c))
        .reduce<FigureNode<T> | undefined>((least, c) => (!least || c.people < least.people ? c : least), undefined)
    : undefined
  return {
    value: node.value,
    people: node.people,
    disclosure: 'shown',
    children: node.children.map((c) =>
      small.has(c) ? hide(c, 'small', minimum) : c === cover ? hide(c, 'complement', minimum) : disclose(c, minimum),
    ),
  }
}
