import type { Translate } from '../../../src/i18n/messages.js'
import type { UsersKey } from '../../../src/i18n/staff/users.js'

/** The user views' one translator: their own words and the common staff words. */
export type UsersT = Translate<UsersKey>

/** One account as a row of the list. */
export type UserListItem = {
  href: string
  username: string
  displayName: string
  roleLabel: string
  scopeLabel: string
  active: boolean
  statusLabel: string
  created: string
}

/** One account on its own page. */
export type UserSummary = UserListItem & { id: number; email: string; updated: string }

export type Option = { value: string; label: string }
