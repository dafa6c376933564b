import { Input } from '../../components/input.js'
import { Pagination } from '../../components/pagination.js'
import { Select } from '../../components/select.js'
import { UserTable } from './user-table.js'
import type { Option, UserListItem, UsersT } from './user-types.js'

export type UserListPageProps = {
  t: UsersT
  /** Role choices for the filter; none when the viewer manages one role only. */
  roles: Option[]
  filter: { role: string; active: string; q: string }
  items: UserListItem[]
  paging: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }
}

const RESULTS = '#user-results'

/** Accounts with filters: a plain GET form, which htmx turns into an in-place update. */
export function UserListPage({ t, roles, filter, items, paging }: UserListPageProps) {
  const all = { value: '', label: t('staff.filter.all') }
  return (
    <>
      <h1 class="heading-l">{t('users.title')}</h1>
      <p>
        <a href="/staff/users/new" class="button button--small">
          {t('users.create')}
        </a>
      </p>
      <form
        method="get"
        action="/staff/users"
        class="filters"
        role="search"
        hx-get="/staff/users"
        hx-target={RESULTS}
        hx-select={RESULTS}
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        {roles.length > 1 && (
          <Select id="role" label={t('users.filter.role')} errorPrefix="" options={[all, ...roles]} value={filter.role} />
        )}
        <Select
          id="active"
          label={t('users.filter.active')}
          errorPrefix=""
          options={[all, { value: 'yes', label: t('users.active.yes') }, { value: 'no', label: t('users.active.no') }]}
          value={filter.active}
        />
        <Input
          id="q"
          label={t('users.filter.q')}
          hint={t('users.filter.qHint')}
          type="search"
          width="half"
          errorPrefix=""
          value={filter.q}
        />
        <div class="field">
          <button type="submit" class="button button--small">
            {t('staff.filter.apply')}
          </button>
        </div>
      </form>
      <div id="user-results" aria-live="polite">
        <UserTable t={t} items={items} />
        <Pagination
          hrefFor={paging.hrefFor}
          page={paging.page}
          pageSize={paging.pageSize}
          total={paging.total}
          hxTarget={RESULTS}
          t={t}
        />
      </div>
    </>
  )
}
