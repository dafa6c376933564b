/**
 * What one evaluation changes: a rule raised on a point without a live alert opens one; a
 * live alert (open or acknowledged) takes the latest figure while its rule is still raised,
 * and closes by itself once it is not, or once the rule no longer reads the point at all
 * (the point closed, its hours removed, its round ended).
 */
import type { AlertRule } from './vocabulary.js'

export type LiveAlert = { id: number; servicePointId: number; rule: AlertRule }

/** One rule's figure for one point; `basis` is the answers behind it (or, for silence, the answers expected). */
export type RuleReading = { servicePointId: number; rule: AlertRule; raised: boolean; figure: number; basis: number }

export type AlertChanges = {
  open: RuleReading[]
  update: { id: number; figure: number; basis: number }[]
  close: { id: number; figure: number | null; basis: number | null }[]
}

/** One alert per point and rule: the key both are known by. */
export const alertKey = (pointId: number, rule: AlertRule) => `${pointId}:${rule}`

export function planAlertChanges(live: LiveAlert[], readings: RuleReading[]): AlertChanges {
  const byKey = new Map(live.map((a) => [alertKey(a.servicePointId, a.rule), a]))
  const changes: AlertChanges = { open: [], update: [], close: [] }
  const read = new Set<string>()
  for (const r of readings) {
    const key = alertKey(r.servicePointId, r.rule)
    read.add(key)
    const alert = byKey.get(key)
    if (alert && r.raised) changes.update.push({ id: alert.id, figure: r.figure, basis: r.basis })
    else if (alert) changes.close.push({ id: alert.id, figure: r.figure, basis: r.basis })
    else if (r.raised) changes.open.push(r)
  }
  for (const alert of live)
    if (!read.has(alertKey(alert.servicePointId, alert.rule))) changes.close.push({ id: alert.id, figure: null, basis: null })
  return changes
}
