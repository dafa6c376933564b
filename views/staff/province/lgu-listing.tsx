import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { Input } from '../../components/input.js'
import { Pagination, type PaginationProps } from '../../components/pagination.js'
import { Select, type SelectOption } from '../../components/select.js'
import { LguTable, type LguTableRow } from './lgu-table.js'
import type { LoopLabels } from './loop-cells.js'

export const RESULTS_ID = 'lgu-results'

type Choice = { options: SelectOption[]; value: string; error?: string }

export type LguListingProps = {
  t: Translate<ProvinceMessageKey>
  locale: Locale
  action: string
  filters: {
    q: string
    /** The national list only. */
    province?: Choice
    district?: Choice
    type: Choice
    status: Choice
    sort: Choice
    round?: Choice
  }
  labels: { apply: string; errorPrefix: string }
  /** Set when the query string was wrong: the form says where, and no list is shown. */
  invalid: boolean
  summary: string
  notes: string[]
  download: { href: string; text: string }
  showProvince: boolean
  rows: LguTableRow[]
  /** "You said, we did" columns, when a round is shown. */
  loop?: LoopLabels
  pagination: PaginationProps
}

/**
 * The LGU list's filters and results. The filters are a plain GET form; with htmx they
 * refresh only the results (and the address bar) as the officer types or picks.
 */
export function LguListing(p: LguListingProps) {
  const { t, filters } = p
  const target = `#${RESULTS_ID}`
  const select = (id: string, label: ProvinceMessageKey, choice: Choice | undefined) =>
    choice && <Select id={id} label={t(label)} {...choice} errorPrefix={p.labels.errorPrefix} />
  return (
    <>
      <form
        method="get"
        action={p.action}
        class="filters"
        role="search"
        aria-label={t('province.filters')}
        hx-get={p.action}
        hx-target={target}
        hx-select={target}
        hx-swap="outerHTML"
        hx-push-url="true"
        // A plain `change` would also fire when the search box loses focus, so a click on a found
        // organisation would start a request whose pushed address cancels that navigation.
        hx-trigger="submit, change from:form.filters>*>select, input changed delay:400ms from:#q"
      >
        <Input
          id="q"
          type="search"
          label={t('province.filter.q')}
          value={filters.q}
          width="half"
          errorPrefix={p.labels.errorPrefix}
        />
        {select('province', 'province.filter.province', filters.province)}
        {select('district', 'province.filter.district', filters.district)}
        {select('type', 'province.filter.type', filters.type)}
        {select('status', 'province.filter.status', filters.status)}
        {select('sort', 'province.filter.sort', filters.sort)}
        {select('round', 'province.filter.round', filters.round)}
        <div class="field">
          <button type="submit" class="button button--small">
            {p.labels.apply}
          </button>
        </div>
      </form>
      <div id={RESULTS_ID}>
        {!p.invalid && (
          <>
            <p>
              <strong>{p.summary}</strong>
            </p>
            <p>
              <a href={p.download.href} download>
                {p.download.text}
              </a>
            </p>
            {p.notes.map((note) => (
              <p class="hint">{note}</p>
            ))}
            <LguTable t={t} locale={p.locale} rows={p.rows} showProvince={p.showProvince} loop={p.loop} />
            {p.loop && <p class="hint">{p.loop.note}</p>}
            {p.pagination.total > 0 && <Pagination {...p.pagination} hxTarget={target} />}
          </>
        )}
      </div>
    </>
  )
}
