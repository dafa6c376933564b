/**
 * Which figures of a published row open data may show. Columns come in groups
 * that stand or fall together (an aspect's n, mean, S.D. and percent), and a
 * group is shown only when at least the minimum number of people stand behind
 * it: the answers to its busiest item (N/A answers do not count, so a row with
 * enough responses can still have an aspect answered by only a few).
 *
 * The overall figure pools every aspect, so hiding one small aspect alone would
 * let it be worked out as overall minus the others. When a small aspect has any
 * answers, the shown aspect with the fewest people is hidden with it
 * (complementary suppression); what subtraction then gives pools at least the
 * minimum of people.
 *
 * @example
 * const groups = figureGroups(definition)
 * hiddenGroups(groups, result, 10) // Set { 'aspect:facilities', 'aspect:channel' }
 */
import type { Definition, Localized } from '../../domain/questionnaire/definition.js'
import type { ScoreResult } from '../../domain/scoring/index.js'
import type { ThaiMeanSummary } from '../../domain/scoring/thai-mean-summary.js'

type Result = ScoreResult | ThaiMeanSummary

export type FigureGroup = {
  key: string
  /** Column codes (from `scoreColumns`) shown or hidden together. */
  codes: string[]
  /** People behind the group's figures. */
  people: (result: Result) => number
  /** Part of the pooled overall figure, so it may be hidden to protect a small sibling. */
  pooledIntoOverall: boolean
  /**
   * The rating items whose answers, pooled, the group's figures are computed from: open data
   * publishes their counts per level as `<prefix>_n_5` … `<prefix>_n_1` and `<prefix>_n_na`,
   * so anyone can work the figures out again. Absent when the questionnaire has no such item.
   */
  levels?: { prefix: string; name: Localized; items: readonly string[] }
}

const STATS = ['n', 'mean', 'sd', 'percent'] as const
const most = (ns: number[]) => Math.max(0, ...ns)

export function figureGroups(definition: Definition): FigureGroup[] {
  const sc = definition.scoring
  if (sc.method === 'thai-mean') {
    const aspects = sc.aspects.map<FigureGroup>((a, i) => ({
      key: `aspect:${a.id}`,
      codes: STATS.map((s) => `aspect_${a.id}_${s}`),
      people: (r) => (r.method === 'thai-mean' ? most(r.aspects[i]?.items.map((it) => it.stats.n) ?? []) : 0),
      pooledIntoOverall: true,
      levels: { prefix: `aspect_${a.id}`, name: a.label, items: a.items },
    }))
    return [
      ...aspects,
      {
        key: 'overall',
        codes: [...STATS.map((s) => `overall_${s}`), 'overall_band', 'overall_points', 'overall_moe'],
        people: (r) => most(aspects.map((a) => a.people(r))),
        pooledIntoOverall: false,
        levels: { prefix: 'overall', name: { th: 'ภาพรวม', en: 'Overall' }, items: sc.aspects.flatMap((a) => a.items) },
      },
      {
        key: 'overall_item',
        codes: STATS.map((s) => `overall_item_${s}`),
        people: (r) => (r.method === 'thai-mean' ? (r.overallItem?.n ?? 0) : 0),
        pooledIntoOverall: false,
        ...(sc.overallItem
          ? {
              levels: {
                prefix: 'overall_item',
                name: { th: 'ความพึงพอใจโดยรวม (ข้อคำถาม)', en: 'Overall satisfaction (question)' },
                items: [sc.overallItem],
              },
            }
          : {}),
      },
    ]
  }
  if (sc.method === 'arta-csm')
    return [
      {
        key: 'arta',
        codes: ['arta_n', 'arta_score', 'arta_band'],
        people: (r) => (r.method === 'arta-csm' ? most(r.items.map((i) => i.n)) : 0),
        pooledIntoOverall: false,
        levels: { prefix: 'arta', name: { th: 'ARTA SQD1–8 รวม', en: 'ARTA pooled SQD1–8' }, items: sc.pooledItems },
      },
      {
        key: 'arta_sqd0',
        codes: ['arta_sqd0_score'],
        people: (r) => (r.method === 'arta-csm' ? (r.separate[0]?.n ?? 0) : 0),
        pooledIntoOverall: false,
        ...(sc.separateItems[0]
          ? { levels: { prefix: 'arta_sqd0', name: { th: 'ARTA SQD0', en: 'ARTA SQD0' }, items: [sc.separateItems[0]] } }
          : {}),
      },
    ]
  return [
    {
      key: 'trust',
      codes: ['trust_n', 'trust_positive_percent'],
      people: (r) => (r.method === 'a11-trust' ? r.trust.n : 0),
      pooledIntoOverall: false,
      levels: { prefix: 'trust', name: { th: 'ความเชื่อมั่น', en: 'Trust' }, items: [sc.trustItem] },
    },
  ]
}

/** The keys of the groups to hide in a row whose responses meet the minimum. */
export function hiddenGroups(groups: readonly FigureGroup[], result: Result | null, minimum: number): Set<string> {
  const hidden = new Set<string>()
  if (!result) return new Set(groups.map((g) => g.key))
  const people = new Map(groups.map((g) => [g.key, g.people(result)]))
  for (const g of groups) if (people.get(g.key)! < minimum) hidden.add(g.key)
  const parts = groups.filter((g) => g.pooledIntoOverall)
  const smallWithAnswers = parts.some((g) => hidden.has(g.key) && people.get(g.key)! > 0)
  if (smallWithAnswers && !hidden.has('overall')) {
    const cover = parts.filter((g) => !hidden.has(g.key)).sort((a, b) => people.get(a.key)! - people.get(b.key)!)[0]
    if (cover) hidden.add(cover.key)
  }
  return hidden
}
