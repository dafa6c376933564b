/**
 * Roll-ups of one round over many organisations, for the province and national results pages:
 * each organisation's headline figure, and groups (a province, a district, a type, the country)
 * POOLED from the sums of their answers (n, Σx, Σx², answers of 4–5), never by averaging
 * percents, so a group reads exactly as if its answers had been scored together.
 *
 * @example
 * const province = rollUp(round.organisations, round.context)
 * const byDistrict = rollUpBy(round.organisations, (o) => o.districtCode, round.context)
 */
import type { OrganisationType } from '../organisation-types.js'
import type { Definition, Localized } from '../questionnaire/definition.js'
import { ARTA_BANDS, artaBand, momentStats, percentOf, poolMoments } from '../scoring/index.js'
import type { Moments, ScoringOptions } from '../scoring/index.js'

export type RollupContext = {
  method: Definition['scoring']['method']
  options: ScoringOptions
  /** The method's band labels, best first (empty for A-11, which has no bands). */
  bands: Localized[]
}

/** The figure organisations are compared by. `band` indexes `RollupContext.bands`. */
export type Headline = {
  /** Answers to the scored items, N/A excluded. */
  answers: number
  mean: number
  sd: number | null
  /** Thai: ร้อยละความพึงพอใจ; ARTA: the pooled score; A-11: percent positive (4–5). */
  percent: number | null
  marginOfError: number | null
  band: number | null
  /** From the configured points table; Thai method only. */
  points: number | null
}

export type OrganisationRow = {
  id: number
  dlaCode: string
  type: OrganisationType
  nameTh: string
  provinceCode: string
  provinceTh: string
  provinceEn: string
  districtCode: string
  districtTh: string
  districtEn: string
  /** The round's scope reaches the organisation. */
  inRound: boolean
  /** Official responses (flagged ones only when the settings include them). */
  respondents: number
}
export type OrganisationStatus = 'ok' | 'too-few' | 'none' | 'not-in-round'
export type OrganisationSummary = OrganisationRow & { status: OrganisationStatus; moments: Moments; headline: Headline | null }

export type Distribution = {
  /** Organisations meeting the minimum, per band of `RollupContext.bands`. */
  bands: number[]
  /** Meeting the minimum, but no scored answer (every one N/A). */
  noData: number
  tooFew: number
  none: number
}
export type GroupRollup = {
  /** Organisations taking part in the round. */
  organisations: number
  meetingMinimum: number
  respondents: number
  /** Whether the group as a whole has the minimum of responses. */
  status: 'ok' | 'too-few' | 'none'
  /** Every answer of the group pooled; null below the minimum or without scored answers. */
  headline: Headline | null
  distribution: Distribution
}

const NO_ANSWERS: Moments = { n: 0, sum: 0, sumSquares: 0, topTwo: 0 }

export function rollupContext(definition: Definition, options: ScoringOptions): RollupContext {
  const method = definition.scoring.method
  const bands =
    method === 'thai-mean' ? options.bands.bands.map((b) => b.label) : method === 'arta-csm' ? ARTA_BANDS.map((b) => b.label) : []
  return { method, options, bands }
}

/** The headline of some answers; null when there are none. */
export function headlineOf(moments: Moments, ctx: RollupContext): Headline | null {
  const stats = momentStats(moments, ctx.options)
  if (stats.kind === 'no-data') return null
  // Literals, not `{ ...common, … }`: this runs once per organisation on the national page, and a spread here cost ten times the arithmetic.
  if (ctx.method === 'thai-mean') {
    const band = ctx.bands.findIndex((label) => label.th === stats.band.label.th)
    return {
      answers: stats.n,
      mean: stats.mean,
      sd: stats.sd,
      percent: stats.percentSatisfaction,
      marginOfError: stats.marginOfError,
      band: band < 0 ? null : band,
      points: stats.points.points,
    }
  }
  // ARTA: (strongly agree + agree) ÷ answers; A-11: the positive levels, 4–5, likewise.
  const percent = percentOf(moments.topTwo, moments.n)
  const band = ctx.method === 'arta-csm' ? ARTA_BANDS.findIndex((b) => b.id === artaBand(percent).id) : null
  return { answers: stats.n, mean: stats.mean, sd: stats.sd, percent, marginOfError: null, band, points: null }
}

/**
 * An organisation's status and headline. `inRound` may come as SQLite's 0/1, so rows read from the database need no copy.
 */
export function summariseOrganisation(
  r: Omit<OrganisationRow, 'inRound'> & { inRound: boolean | 0 | 1 },
  moments: Moments | undefined,
  ctx: RollupContext,
): OrganisationSummary {
  const inRound = r.inRound === true || r.inRound === 1
  const status: OrganisationStatus =
    r.respondents === 0 ? (inRound ? 'none' : 'not-in-round') : r.respondents < ctx.options.minimumResponses ? 'too-few' : 'ok'
  const m = moments ?? NO_ANSWERS
  // Fields copied one by one: a spread of the row, once per organisation of the country, cost more than all the scoring.
  return {
    id: r.id,
    dlaCode: r.dlaCode,
    type: r.type,
    nameTh: r.nameTh,
    provinceCode: r.provinceCode,
    provinceTh: r.provinceTh,
    provinceEn: r.provinceEn,
    districtCode: r.districtCode,
    districtTh: r.districtTh,
    districtEn: r.districtEn,
    inRound,
    respondents: r.respondents,
    status,
    moments: m,
    headline: status === 'ok' ? headlineOf(m, ctx) : null,
  }
}

/** How many organisations fall in each band; those below the minimum are counted apart, never banded. */
export function bandDistribution(orgs: readonly OrganisationSummary[], ctx: RollupContext): Distribution {
  const out: Distribution = { bands: ctx.bands.map(() => 0), noData: 0, tooFew: 0, none: 0 }
  for (const o of orgs) {
    if (o.status === 'too-few') out.tooFew++
    else if (o.status === 'none') out.none++
    else if (o.status === 'ok') {
      const band = o.headline?.band
      if (band === null || band === undefined) out.noData++
      else out.bands[band]!++
    }
  }
  return out
}

/** One group: organisations not taking part are left out; every answer of the others is pooled. */
export function rollUp(orgs: readonly OrganisationSummary[], ctx: RollupContext): GroupRollup {
  const taking = orgs.filter((o) => o.status !== 'not-in-round')
  const respondents = taking.reduce((n, o) => n + o.respondents, 0)
  const status = respondents === 0 ? 'none' : respondents < ctx.options.minimumResponses ? 'too-few' : 'ok'
  return {
    organisations: taking.length,
    meetingMinimum: taking.filter((o) => o.status === 'ok').length,
    respondents,
    status,
    headline: status === 'ok' ? headlineOf(poolMoments(taking.map((o) => o.moments)), ctx) : null,
    distribution: bandDistribution(taking, ctx),
  }
}

/** A roll-up per key (district, type, province), in the order keys first appear. */
export function rollUpBy<K>(
  orgs: readonly OrganisationSummary[],
  keyOf: (o: OrganisationSummary) => K,
  ctx: RollupContext,
): Map<K, GroupRollup> {
  const groups = new Map<K, OrganisationSummary[]>()
  for (const o of orgs) {
    const key = keyOf(o)
    const list = groups.get(key)
    if (list) list.push(o)
    else groups.set(key, [o])
  }
  return new Map([...groups].map(([key, list]) => [key, rollUp(list, ctx)]))
}

export type RoundRollup = { context: RollupContext; organisations: OrganisationSummary[] }
