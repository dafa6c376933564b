import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { Pagination } from '../../components/pagination.js'
import { Select, type SelectOption } from '../../components/select.js'
import { AuditTable } from './audit-table.js'
import type { AuditItem, AuditT } from './audit-types.js'

export type AuditPageProps = {
  t: AuditT
  actions: SelectOption[]
  values: { action: string; actor: string; from: string; to: string }
  /** Field → words. */
  errors: Record<string, string>
  items: AuditItem[]
  paging: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }
}

const RESULTS = '#audit-results'

/** The audit log with filters: a plain GET form, which htmx turns into an in-place update. */
export function AuditPage({ t, actions, values, errors, items, paging }: AuditPageProps) {
  const prefix = t('staff.error.inlinePrefix')
  const links = (['from', 'to'] as const).filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errors[f]! }))
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      <h1 class="heading-l">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form
        method="get"
        action="/staff/audit"
        class="filters"
        role="search"
        novalidate
        hx-get="/staff/audit"
        hx-target="#main"
        hx-select="#main"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        <Select
          id="action"
          label={t('audit.filter.action')}
          errorPrefix={prefix}
          options={[{ value: '', label: t('staff.filter.all') }, ...actions]}
          value={values.action}
        />
        <Input
          id="actor"
          label={t('audit.filter.actor')}
          errorPrefix={prefix}
          value={values.actor}
          width="short"
          autocomplete="off"
        />
        <Input
          id="from"
          label={t('audit.filter.from')}
          type="date"
          errorPrefix={prefix}
          error={errors.from}
          value={values.from}
          width="short"
        />
        <Input
          id="to"
          label={t('audit.filter.to')}
          type="date"
          errorPrefix={prefix}
          error={errors.to}
          value={values.to}
          width="short"
        />
        <div class="field">
          <button type="submit" class="button button--small">
            {t('staff.filter.apply')}
          </button>
        </div>
      </form>
      <div id="audit-results" aria-live="polite">
        <AuditTable t={t} items={items} />
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
