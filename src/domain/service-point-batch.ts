/**
 * Service points added in bulk from a CSV: the rules each row must meet, and
 * what a file would create, organisation by organisation. A file is all or
 * nothing: one problem anywhere and nothing is created. Pure: the caller looks
 * the organisations up and passes them in.
 *
 * @example
 * const plan = planPointBatch(rows, { scope, ownDlaCode, organisations })
 * plan.problems // [{ line: 4, key: 'duplicateInFile', vars: { name: 'งานทะเบียน', first: 2 } }]
 */
import { scopeIncludes, type Scope } from './scope.js'

/** The limits of one service point, the same for the form and the file. */
export const SERVICE_POINT_LIMITS = { name: 200, services: 30 } as const

/** Services in one cell are separated by this; `services_en` pairs with `services_th` by position. */
export const SERVICE_SEPARATOR = '|'

export type BatchRow = {
  line: number
  dlaCode: string
  nameTh: string
  nameEn: string
  servicesTh: string
  servicesEn: string
}

/** Problem keys are message keys (`points.problem.<key>`); vars fill them in. */
export type BatchProblemKey =
  | 'fieldCount'
  | 'missingCode'
  | 'badCode'
  | 'unknownCode'
  | 'outOfScope'
  | 'emptyName'
  | 'invisibleName'
  | 'nameTooLong'
  | 'duplicateInFile'
  | 'duplicateExisting'
  | 'emptyService'
  | 'invisibleService'
  | 'serviceTooLong'
  | 'duplicateService'
  | 'tooManyServices'
  | 'servicesMismatch'
export type BatchProblem = { line: number; key: BatchProblemKey; vars?: Record<string, string | number> }

export type BatchOrganisation = {
  id: number
  dlaCode: string
  provinceCode: string
  /** Comparison keys (`nameKey`) of the organisation's active service points. */
  activePointKeys: ReadonlySet<string>
}

export type BatchContext = {
  scope: Scope
  /** An LGU officer's own organisation: rows without a code are theirs. */
  ownDlaCode?: string
  organisations: ReadonlyMap<string, BatchOrganisation>
}

export type PlannedService = { nameTh: string; nameEn: string | null }
export type PlannedPoint = { line: number; nameTh: string; nameEn: string | null; services: PlannedService[] }
export type PlannedOrganisation = { organisationId: number; dlaCode: string; provinceCode: string; points: PlannedPoint[] }

/** What a confirmed file created: each organisation's new points with their public codes. */
export type PointBatchResult = {
  pointCount: number
  organisations: {
    organisationId: number
    dlaCode: string
    provinceCode: string
    points: { code: string; nameTh: string }[]
  }[]
}

export type PointBatchPlan = {
  rowCount: number
  organisations: PlannedOrganisation[]
  pointCount: number
  problems: BatchProblem[]
}

const DLA_CODE = /^\d{7}$/
// Controls, soft hyphen, zero-width and direction marks, word joiners, BOM: nothing a
// reader can see, so two names that look the same would differ, or a name would look empty.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

/** How two names are compared: spacing, case and Unicode compatibility forms (ำ) do not tell them apart. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

type NameCheck = 'empty' | 'invisible' | 'tooLong' | undefined

function checkName(name: string): NameCheck {
  if (INVISIBLE.test(name)) return 'invisible'
  if (!name) return 'empty'
  if (name.length > SERVICE_POINT_LIMITS.name) return 'tooLong'
  return undefined
}

/** The cell's text trimmed of ordinary spaces only, so invisible characters at the ends are still seen. */
const cell = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '')

function readServices(row: BatchRow, problem: (key: BatchProblemKey, vars?: BatchProblem['vars']) => void) {
  const th = cell(row.servicesTh)
  if (!th) {
    if (cell(row.servicesEn)) problem('servicesMismatch', { th: 0, en: row.servicesEn.split(SERVICE_SEPARATOR).length })
    return []
  }
  const namesTh = th.split(SERVICE_SEPARATOR).map(cell)
  const en = cell(row.servicesEn)
  const namesEn = en ? en.split(SERVICE_SEPARATOR).map(cell) : []
  if (namesTh.length > SERVICE_POINT_LIMITS.services)
    problem('tooManyServices', { n: namesTh.length, max: SERVICE_POINT_LIMITS.services })
  if (en && namesEn.length !== namesTh.length) problem('servicesMismatch', { th: namesTh.length, en: namesEn.length })
  const seen = new Set<string>()
  const services: PlannedService[] = []
  namesTh.forEach((nameTh, i) => {
    const nameEn = namesEn[i] ?? ''
    for (const [name, isThai] of [
      [nameTh, true],
      [nameEn, false],
    ] as const) {
      const check = checkName(name)
      if (check === 'empty' && isThai) problem('emptyService', { n: i + 1 })
      if (check === 'invisible') problem('invisibleService', { name })
      if (check === 'tooLong') problem('serviceTooLong', { name: name.slice(0, 40), max: SERVICE_POINT_LIMITS.name })
    }
    const key = nameKey(nameTh)
    if (nameTh && seen.has(key)) problem('duplicateService', { name: nameTh })
    seen.add(key)
    services.push({ nameTh, nameEn: nameEn || null })
  })
  return services
}

/** Checks every row (all problems, not the first) and groups the points by organisation. */
export function planPointBatch(rows: readonly BatchRow[], context: BatchContext): PointBatchPlan {
  const problems: BatchProblem[] = []
  const byOrganisation = new Map<string, PlannedOrganisation>()
  /** dlaCode → name key → first line, for duplicates within the file. */
  const firstLine = new Map<string, Map<string, number>>()

  for (const row of rows) {
    const before = problems.length
    const problem = (key: BatchProblemKey, vars?: BatchProblem['vars']) => problems.push({ line: row.line, key, vars })

    const organisation = organisationOf(row, context, problem)
    const nameTh = cell(row.nameTh)
    const nameEn = cell(row.nameEn)
    const thCheck = checkName(nameTh)
    if (thCheck === 'empty') problem('emptyName')
    if (thCheck === 'invisible') problem('invisibleName', { name: nameTh })
    if (thCheck === 'tooLong') problem('nameTooLong', { length: nameTh.length, max: SERVICE_POINT_LIMITS.name })
    const enCheck = checkName(nameEn)
    if (enCheck === 'invisible') problem('invisibleName', { name: nameEn })
    if (enCheck === 'tooLong') problem('nameTooLong', { length: nameEn.length, max: SERVICE_POINT_LIMITS.name })
    const services = readServices(row, problem)

    if (!organisation || thCheck) continue
    const key = nameKey(nameTh)
    const seen = firstLine.get(organisation.dlaCode) ?? new Map<string, number>()
    firstLine.set(organisation.dlaCode, seen)
    const earlier = seen.get(key)
    if (earlier !== undefined) problem('duplicateInFile', { name: nameTh, first: earlier })
    else seen.set(key, row.line)
    if (organisation.activePointKeys.has(key)) problem('duplicateExisting', { name: nameTh, code: organisation.dlaCode })

    if (problems.length > before) continue
    const planned = byOrganisation.get(organisation.dlaCode) ?? {
      organisationId: organisation.id,
      dlaCode: organisation.dlaCode,
      provinceCode: organisation.provinceCode,
      points: [],
    }
    byOrganisation.set(organisation.dlaCode, planned)
    planned.points.push({ line: row.line, nameTh, nameEn: nameEn || null, services })
  }

  const organisations = [...byOrganisation.values()]
  return {
    rowCount: rows.length,
    organisations,
    pointCount: organisations.reduce((sum, o) => sum + o.points.length, 0),
    problems,
  }
}

function organisationOf(
  row: BatchRow,
  { scope, ownDlaCode, organisations }: BatchContext,
  problem: (key: BatchProblemKey, vars?: BatchProblem['vars']) => void,
): BatchOrganisation | undefined {
  const code = cell(row.dlaCode) || (scope.kind === 'organisation' ? (ownDlaCode ?? '') : '')
  if (!code) {
    problem('missingCode')
    return undefined
  }
  if (!DLA_CODE.test(code)) {
    problem('badCode', { code })
    return undefined
  }
  const organisation = organisations.get(code)
  if (!organisation) {
    problem('unknownCode', { code })
    return undefined
  }
  if (!scopeIncludes(scope, organisation)) {
    problem('outOfScope', { code })
    return undefined
  }
  return organisation
}
