/**
 * Roll-ups as the public may see them, by open data's rule: an organisation's figures are
 * published only when it has the minimum of official responses (`meetsMinimum`, the rule open
 * data's rows use), and a group pools only the answers of the organisations it publishes.
 * Pooling the suppressed ones too would let anyone subtract the published organisations from
 * the province and recover them; this way a group's figure reveals nothing more than its rows.
 *
 * @example
 * const shown = publicOrganisation(o, ctx)   // headline null below the minimum
 * const province = publicRollUp(orgs, ctx)    // counts of every organisation, figures of the published ones
 */
import { meetsMinimum, poolMoments } from '../scoring/index.js'
import { headlineOf, rollUp, type GroupRollup, type OrganisationSummary, type RollupContext } from './rollups.js'

export const isPublished = (o: Pick<OrganisationSummary, 'respondents' | 'status'>, ctx: RollupContext) =>
  o.status === 'ok' && o.respondents > 0 && meetsMinimum(o.respondents, ctx.options)

/** The organisation with its figures removed unless they are published. */
export function publicOrganisation(o: OrganisationSummary, ctx: RollupContext): OrganisationSummary {
  return isPublished(o, ctx) ? o : { ...o, headline: null }
}

/** Counts over every organisation taking part; the pooled headline over the published ones only. */
export function publicRollUp(orgs: readonly OrganisationSummary[], ctx: RollupContext): GroupRollup {
  const whole = rollUp(orgs, ctx)
  const published = orgs.filter((o) => isPublished(o, ctx))
  const respondents = published.reduce((n, o) => n + o.respondents, 0)
  const headline = meetsMinimum(respondents, ctx.options) ? headlineOf(poolMoments(published.map((o) => o.moments)), ctx) : null
  return { ...whole, headline, status: headline ? 'ok' : whole.status === 'ok' ? 'too-few' : whole.status }
}
