/**
 * A questionnaire is data: this zod schema is the whole contract. The survey form,
 * answer validation, tallies and scoring are all driven by a parsed definition,
 * so a new questionnaire needs no code change.
 *
 * @example
 * const result = parseDefinition(JSON.parse(uploadedText))
 * if (!result.ok) showErrors(result.errors) // [{ path: 'sections.1.items.0.scale', message: … }]
 */
import { z } from 'zod'

const localized = z.strictObject({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
})
export type Localized = z.infer<typeof localized>

/** Ids become HTML field names and tally keys, so keep them short and plain. */
const id = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use a–z, 0–9 and _, starting with a letter')
const optionValue = z.string().regex(/^[a-z0-9][a-z0-9_]{0,39}$/, 'use a–z, 0–9 and _')

const option = z.strictObject({ value: optionValue, label: localized })

const scaleLevel = z.strictObject({
  value: z.number().int().min(1).max(10),
  label: localized,
  /** A face or symbol shown beside the words; decorative, hidden from screen readers. */
  face: z.string().max(8).optional(),
})

const scale = z.strictObject({
  /** Levels in the order they are shown. */
  levels: z.array(scaleLevel).min(2).max(10),
  notApplicableLabel: localized.optional(),
})

const itemBase = {
  id,
  text: localized,
  hint: localized.optional(),
  required: z.boolean(),
}

const ratingItem = z.strictObject({
  ...itemBase,
  kind: z.literal('rating'),
  scale: id,
  allowNotApplicable: z.boolean().default(false),
})
const singleChoiceItem = z.strictObject({
  ...itemBase,
  kind: z.literal('single'),
  options: z.array(option).min(2).max(30),
})
const multipleChoiceItem = z.strictObject({
  ...itemBase,
  kind: z.literal('multiple'),
  options: z.array(option).min(2).max(30),
})
const textItem = z.strictObject({
  ...itemBase,
  kind: z.literal('text'),
  maxLength: z.number().int().min(1).max(5000),
})
/** "Which service did you use?": its options are the services of the service point. */
const serviceItem = z.strictObject({
  ...itemBase,
  kind: z.literal('service'),
})

const item = z.discriminatedUnion('kind', [ratingItem, singleChoiceItem, multipleChoiceItem, textItem, serviceItem])
export type Item = z.infer<typeof item>
export type ItemKind = Item['kind']

const section = z.strictObject({
  id,
  title: localized,
  description: localized.optional(),
  items: z.array(item).min(1),
})

const privacyNotice = z.strictObject({
  /** The short notice shown above the questions. */
  summary: localized,
  /** Paragraphs of the full notice, shown on the privacy page the summary links to. */
  full: z.array(localized).min(1),
})

const thaiMeanScoring = z.strictObject({
  method: z.literal('thai-mean'),
  /** The overall-satisfaction item, reported on its own. */
  overallItem: id.optional(),
  aspects: z.array(z.strictObject({ id, label: localized, items: z.array(id).min(1) })).min(1),
})
const artaCsmScoring = z.strictObject({
  method: z.literal('arta-csm'),
  /** SQD1–SQD8: pooled for the overall score. */
  pooledItems: z.array(id).min(1),
  /** SQD0: reported separately. */
  separateItems: z.array(id),
  /** CC1–CC3: Citizen's Charter awareness, reported as shares. */
  charterItems: z.array(id),
})
const a11TrustScoring = z.strictObject({
  method: z.literal('a11-trust'),
  trustItem: id,
  /** Levels that count as positive (4 and 5). */
  positiveLevels: z.array(z.number().int()).min(1),
  reasonItems: z.array(id),
})
const scoring = z.discriminatedUnion('method', [thaiMeanScoring, artaCsmScoring, a11TrustScoring])
export type Scoring = z.infer<typeof scoring>

const definitionShape = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'use a–z, 0–9 and -'),
  title: localized,
  intro: localized.optional(),
  privacy: privacyNotice,
  scales: z.record(id, scale),
  sections: z.array(section).min(1),
  scoring,
})

export const definitionSchema = definitionShape.superRefine((def, ctx) => {
  const kinds = new Map<string, { kind: ItemKind; path: (string | number)[]; item: Item }>()
  def.sections.forEach((s, si) =>
    s.items.forEach((it, ii) => {
      const path = ['sections', si, 'items', ii]
      if (kinds.has(it.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `item id "${it.id}" is used twice` })
      kinds.set(it.id, { kind: it.kind, path, item: it })
      if (it.kind === 'rating' && !(it.scale in def.scales))
        ctx.addIssue({ code: 'custom', path: [...path, 'scale'], message: `no scale named "${it.scale}"` })
      if (it.kind === 'rating' && it.allowNotApplicable && !def.scales[it.scale]?.notApplicableLabel)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'allowNotApplicable'],
          message: `scale "${it.scale}" has no notApplicableLabel`,
        })
      if (it.kind === 'single' || it.kind === 'multiple') {
        const seen = new Set<string>()
        it.options.forEach((o, oi) => {
          if (seen.has(o.value))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'options', oi, 'value'],
              message: `option "${o.value}" is used twice`,
            })
          seen.add(o.value)
        })
      }
    }),
  )
  Object.entries(def.scales).forEach(([name, sc]) => {
    const values = sc.levels.map((l) => l.value)
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: 'custom', path: ['scales', name, 'levels'], message: 'level values must differ' })
  })

  const expectKind = (ref: string, allowed: ItemKind[], path: (string | number)[]) => {
    const found = kinds.get(ref)
    if (!found) ctx.addIssue({ code: 'custom', path, message: `no item with id "${ref}"` })
    else if (!allowed.includes(found.kind))
      ctx.addIssue({ code: 'custom', path, message: `item "${ref}" is ${found.kind}; expected ${allowed.join(' or ')}` })
  }
  const sc = def.scoring
  if (sc.method === 'thai-mean') {
    if (sc.overallItem) expectKind(sc.overallItem, ['rating'], ['scoring', 'overallItem'])
    // An item in two aspects (or overall and an aspect) would be counted twice.
    const counted = new Set(sc.overallItem ? [sc.overallItem] : [])
    sc.aspects.forEach((a, ai) =>
      a.items.forEach((ref, ri) => {
        const path = ['scoring', 'aspects', ai, 'items', ri]
        expectKind(ref, ['rating'], path)
        if (counted.has(ref)) ctx.addIssue({ code: 'custom', path, message: `item "${ref}" is already counted` })
        counted.add(ref)
        const found = kinds.get(ref)?.item
        // Percent satisfaction is mean ÷ 5 × 100: it only means something on a 1–5 scale.
        const levels = found?.kind === 'rating' ? def.scales[found.scale]?.levels.map((l) => l.value) : undefined
        if (levels && (Math.min(...levels) !== 1 || Math.max(...levels) !== 5))
          ctx.addIssue({ code: 'custom', path, message: `item "${ref}" must use a 1–5 scale to be scored` })
      }),
    )
  } else if (sc.method === 'arta-csm') {
    sc.pooledItems.forEach((ref, i) => expectKind(ref, ['rating'], ['scoring', 'pooledItems', i]))
    sc.separateItems.forEach((ref, i) => expectKind(ref, ['rating'], ['scoring', 'separateItems', i]))
    sc.charterItems.forEach((ref, i) => expectKind(ref, ['single'], ['scoring', 'charterItems', i]))
  } else {
    expectKind(sc.trustItem, ['rating'], ['scoring', 'trustItem'])
    sc.reasonItems.forEach((ref, i) => expectKind(ref, ['multiple'], ['scoring', 'reasonItems', i]))
  }
})

export type Definition = z.infer<typeof definitionSchema>
export type DefinitionError = { path: string; message: string }

/** Validates untrusted JSON; every error names the faulty path, e.g. `sections.1.items.0.scale`. */
export function parseDefinition(input: unknown): { ok: true; definition: Definition } | { ok: false; errors: DefinitionError[] } {
  const result = definitionSchema.safeParse(input)
  if (result.success) return { ok: true, definition: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  }
}

const itemsOf = new WeakMap<Definition, readonly Item[]>()

/** All items in form order (a definition is never changed once made, so its list is made once). */
export function allItems(def: Definition): readonly Item[] {
  let items = itemsOf.get(def)
  if (!items) itemsOf.set(def, (items = def.sections.flatMap((s) => s.items)))
  return items
}
