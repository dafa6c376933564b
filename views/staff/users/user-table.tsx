import { StatusTag } from './status-tag.js'
import type { UserListItem, UsersT } from './user-types.js'

/** The accounts of one page; the username links to the account. */
export function UserTable({ t, items }: { t: UsersT; items: UserListItem[] }) {
  if (items.length === 0) return <p>{t('staff.none')}</p>
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('users.col.username')}</th>
            <th scope="col">{t('users.col.displayName')}</th>
            <th scope="col">{t('users.col.role')}</th>
            <th scope="col">{t('users.col.scope')}</th>
            <th scope="col">{t('users.col.status')}</th>
            <th scope="col">{t('users.col.created')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr>
              <td>
                <a href={u.href}>{u.username}</a>
              </td>
              <td>{u.displayName}</td>
              <td>{u.roleLabel}</td>
              <td>{u.scopeLabel}</td>
              <td>
                <StatusTag active={u.active} label={u.statusLabel} />
              </td>
              <td>{u.created}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
