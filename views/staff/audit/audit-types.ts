import type { Translate } from '../../../src/i18n/messages.js'
import type { AuditKey } from '../../../src/i18n/staff/audit.js'

/** The audit view's one translator: its own words and the common staff words. */
export type AuditT = Translate<AuditKey>

/** One entry as a row of the log. */
export type AuditItem = {
  at: string
  atIso: string
  actor: string
  actionLabel: string
  target?: { text: string; href?: string }
  /** The organisation or province the entry concerns, if any. */
  where: string
  detail: string
}
