/**
 * What the annual report is drawn from, read through the same roll-ups the province and national
 * results pages use (src/results/rollups.ts), so every figure in it is the page's. The summary
 * of the scope is read whole; the organisation table is read again a province at a time when it
 * is drawn, so a national report holds one province's rows at once beside the summary.
 *
 * The public edition counts official responses only and publishes by open data's rule
 * (src/domain/results/public-rollups.ts); the staff edition follows the results pages' settings.
 */
import type { Db } from '../db/client.js'
import { createRoundDefinitions } from '../db/queries/questionnaires.js'
import { findRound, type RoundRecord } from '../db/queries/round-records.js'
import { listProvinces } from '../db/queries/staff-users.js'
import type { Definition } from '../domain/questionnaire/definition.js'
import { publicOrganisation, publicRollUp } from '../domain/results/public-rollups.js'
import { rollUp, type GroupRollup, type OrganisationSummary, type RollupContext } from '../domain/results/rollups.js'
import { createRollupService } from '../results/rollups.js'

export type ReportEdition = 'staff' | 'public'
export type ReportScope = { kind: 'national' } | { kind: 'province'; provinceCode: string }

export type ReportSettings = { minimumResponses: number; includeFlagged: boolean; minFillSeconds: number }

export type ReportGroup = { key: string; label: string; group: GroupRollup }

/** One part of the organisation table: a province, its rows read when their turn comes. */
export type TableSection = { code: string; title: string; organisations: number; rows: () => OrganisationSummary[] }

export type ReportSource = {
  scope: ReportScope
  scopeName: string
  edition: ReportEdition
  round: RoundRecord
  definition: Definition
  settings: ReportSettings
  context: RollupContext
  whole: GroupRollup
  /** The country, beside a province's own figures; absent in the national report. */
  country?: GroupRollup
  /** Provinces in the national report, districts in a province's. */
  groups: ReportGroup[]
  sections: TableSection[]
}

const thai = new Intl.Collator('th')
const byName = (a: OrganisationSummary, b: OrganisationSummary) =>
  thai.compare(a.districtTh, b.districtTh) || thai.compare(a.nameTh, b.nameTh) || a.dlaCode.localeCompare(b.dlaCode)

export function readReportSource(
  db: Db,
  input: { roundId: number; scope: ReportScope; edition: ReportEdition; settings: ReportSettings },
): ReportSource | undefined {
  const { scope, edition, settings } = input
  const round = findRound(db, input.roundId)
  const definition = createRoundDefinitions(db)(input.roundId)
  if (!round || !definition) return undefined
  const includeFlagged = edition === 'staff' && settings.includeFlagged
  const rollups = createRollupService(db, { minimumResponses: settings.minimumResponses, includeFlagged })
  const shown = (o: OrganisationSummary, ctx: RollupContext) => (edition === 'public' ? publicOrganisation(o, ctx) : o)
  const pool = (orgs: readonly OrganisationSummary[], ctx: RollupContext) =>
    edition === 'public' ? publicRollUp(orgs, ctx) : rollUp(orgs, ctx)

  const provinces = listProvinces(db)
  const provinceCode = scope.kind === 'province' ? scope.provinceCode : null
  const data = rollups.read(round.id, provinceCode)
  if (!data) return undefined
  const ctx = data.context
  const whole = pool(data.organisations, ctx)
  const country = provinceCode === null ? undefined : pool(rollups.read(round.id, null)!.organisations, ctx)

  // Provinces (or districts) with organisations taking part, best figure first, then by name.
  const keyOf = (o: OrganisationSummary) => (provinceCode === null ? o.provinceCode : o.districtCode)
  const labels = new Map(data.organisations.map((o) => [keyOf(o), provinceCode === null ? o.provinceTh : o.districtTh]))
  const members = new Map<string, OrganisationSummary[]>()
  for (const o of data.organisations) {
    const list = members.get(keyOf(o))
    if (list) list.push(o)
    else members.set(keyOf(o), [o])
  }
  const groups = [...members]
    .map(([key, list]) => ({ key, label: labels.get(key)!, group: pool(list, ctx) }))
    .filter((g) => g.group.organisations > 0)
    .sort((a, b) => thai.compare(a.label, b.label))

  const sectionOf = (code: string, title: string, organisations: number): TableSection => ({
    code,
    title,
    organisations,
    rows: () =>
      (code === provinceCode ? data : rollups.read(round.id, code))!.organisations.map((o) => shown(o, ctx)).sort(byName),
  })
  const counts = new Map<string, number>()
  for (const o of data.organisations) counts.set(o.provinceCode, (counts.get(o.provinceCode) ?? 0) + 1)
  const sections = provinces
    .filter((p) => (counts.get(p.code) ?? 0) > 0)
    .sort((a, b) => thai.compare(a.nameTh, b.nameTh))
    .map((p) => sectionOf(p.code, p.nameTh, counts.get(p.code)!))

  const scopeName =
    provinceCode === null ? 'ทั่วประเทศ' : `จังหวัด${provinces.find((p) => p.code === provinceCode)?.nameTh ?? provinceCode}`
  return { scope, scopeName, edition, round, definition, settings, context: ctx, whole, country, groups, sections }
}
