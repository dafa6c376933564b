/**
 * Which measures a bench run takes (`--only P9,P10`), and what they need started
 * first. Rows measured together come as one: P2b, P2c, P2r and P8 are taken
 * during P2's load, P12b during P12's, P10b during P10's bundle; P9b and P13b
 * come with P9 and P13.
 */
export const MEASURE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P9', 'P10', 'P11', 'P12', 'P13'] as const
export type MeasureId = (typeof MEASURE_IDS)[number]

const MEASURED_WITH: Record<string, MeasureId> = {
  P2B: 'P2',
  P2C: 'P2',
  P2R: 'P2',
  P8: 'P2',
  P9B: 'P9',
  P10B: 'P10',
  P12B: 'P12',
  P13B: 'P13',
}

export type Selection = ReadonlySet<MeasureId>

export const everyMeasure = (): Selection => new Set(MEASURE_IDS)

/** The measures named in `--only` (case and spaces do not matter); every measure when it is absent. Unknown names throw. */
export function parseOnly(text: string | undefined): Selection {
  if (text === undefined) return everyMeasure()
  const names = text
    .split(',')
    .map((name) => name.trim().toUpperCase())
    .filter(Boolean)
  if (names.length === 0) throw new Error(`--only names no measure; known: ${MEASURE_IDS.join(', ')}`)
  const unknown = names.filter((name) => !(MEASURE_IDS as readonly string[]).includes(name) && !(name in MEASURED_WITH))
  if (unknown.length > 0)
    throw new Error(
      `--only: unknown measure${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${MEASURE_IDS.join(', ')}`,
    )
  return new Set(names.map((name) => MEASURED_WITH[name] ?? (name as MeasureId)))
}

export const anyOf = (selection: Selection, ...ids: MeasureId[]) => ids.some((id) => selection.has(id))

/** What the selected measures need: the ceilings they are compared with, and the small dataset. */
export function needs(selection: Selection) {
  return {
    staticCeiling: selection.has('P1'),
    insertCeiling: selection.has('P2'),
    smallDataset: anyOf(selection, 'P3', 'P5', 'P13'),
  }
}
