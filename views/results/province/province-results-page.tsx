/**
 * A province's results: the province pooled at the top with the LGUs by band, then every LGU
 * (filtered, sorted, paged on the server), then districts and types. The form is a plain GET
 * form; with htmx it swaps the results (itself included, so its choices follow a sort made
 * from a column header) and updates the address bar.
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { ResultsStanding } from '../components/data-notice.js'
import { Pagination, type PaginationProps } from '../../components/pagination.js'
import { Select, type SelectOption } from '../../components/select.js'
import { GroupResultsTable, type GroupResultsTableProps } from './group-table.js'
import { LguResultsTable, type LguResultsTableProps } from './lgu-results-table.js'
import { BarList, type BarListProps } from '../../components/charts/bar-list.js'
import { RoundsTrend, type RoundsTrendProps } from '../components/rounds-trend.js'
import { RollupSummary, type RollupSummaryProps } from './rollup-summary.js'

export const PROVINCE_RESULTS_ID = 'province-results'

type Choice = { label: string; options: SelectOption[]; value: string }
type Section<T> = { heading: string; table: T }

export type ProvinceResultsPageProps = {
  title: string
  intro: string
  links: { href: string; text: string }[]
  form: {
    action: string
    label: string
    apply: string
    errorPrefix: string
    round?: Choice
    district: Choice
    type: Choice
    sort: Choice
    dir: Choice
  }
  /** Without a round there is nothing below the form but this. */
  noRound?: string
  /** Whether the chosen round's figures are final; absent without a round. */
  standing?: { locale: Locale; final: boolean }
  /** Ranked bars that lead the page: the pooled figure and the share of LGUs collecting. */
  rankings?: BarListProps[]
  summary?: RollupSummaryProps
  /** The pooled figures beside those of comparable earlier rounds. */
  roundsTrend?: RoundsTrendProps
  lgus?: Section<Omit<LguResultsTableProps, 'hxTarget'>> & { pagination: PaginationProps }
  districts?: Section<GroupResultsTableProps>
  types?: Section<GroupResultsTableProps>
  notes: string[]
}

export function ProvinceResultsPage(p: ProvinceResultsPageProps) {
  const target = `#${PROVINCE_RESULTS_ID}`
  const { form } = p
  const select = (id: string, choice: Choice) => <Select id={id} {...choice} errorPrefix={form.errorPrefix} />
  return (
    <>
      {p.links.map((link) => (
        <p>
          <a href={link.href}>{link.text}</a>
        </p>
      ))}
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.intro}</p>
      <div id={PROVINCE_RESULTS_ID}>
        <form
          method="get"
          action={form.action}
          class="filters"
          aria-label={form.label}
          hx-get={form.action}
          hx-target={target}
          hx-select={target}
          hx-swap="outerHTML"
          hx-push-url="true"
          hx-trigger="submit, change"
        >
          {form.round && select('round', form.round)}
          {select('district', form.district)}
          {select('type', form.type)}
          {select('sort', form.sort)}
          {select('dir', form.dir)}
          <div class="field">
            <button type="submit" class="button button--small">
              {form.apply}
            </button>
          </div>
        </form>
        {p.noRound && <p class="hint">{p.noRound}</p>}
        {p.standing && <ResultsStanding {...p.standing} />}
        {p.rankings?.map((chart) => (
          <BarList {...chart} />
        ))}
        {p.summary && <RollupSummary {...p.summary} />}
        {p.roundsTrend && <RoundsTrend {...p.roundsTrend} />}
        {p.lgus && (
          <section aria-labelledby="lgus-heading">
            <h2 class="heading-m" id="lgus-heading">
              {p.lgus.heading}
            </h2>
            <LguResultsTable {...p.lgus.table} hxTarget={target} />
            {p.lgus.pagination.total > 0 && <Pagination {...p.lgus.pagination} hxTarget={target} />}
          </section>
        )}
        {[p.districts, p.types].map(
          (section) =>
            section && (
              <section>
                <h2 class="heading-m">{section.heading}</h2>
                <GroupResultsTable {...section.table} />
              </section>
            ),
        )}
        {p.notes.map((note) => (
          <p class="hint">{note}</p>
        ))}
      </div>
    </>
  )
}
