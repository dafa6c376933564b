/**
 * DLA's national results: the country pooled with the LGUs by band and how many LGUs have
 * collected the minimum, then every province (each linking to its own results page) and
 * every LGU type. The round picker is a plain GET form that htmx upgrades.
 */
import type { Locale } from '../../../src/i18n/messages.js'
import { ResultsStanding } from '../components/data-notice.js'
import { Select, type SelectOption } from '../../components/select.js'
import { GroupResultsTable, type GroupResultsTableProps } from '../province/group-table.js'
import { BarList, type BarListProps } from '../../components/charts/bar-list.js'
import { RoundsTrend, type RoundsTrendProps } from '../components/rounds-trend.js'
import { RollupSummary, type RollupSummaryProps } from '../province/rollup-summary.js'

export const NATIONAL_RESULTS_ID = 'national-results'

type Section = { heading: string; table: GroupResultsTableProps }

export type NationalResultsPageProps = {
  title: string
  intro: string
  links: { href: string; text: string }[]
  round?: {
    action: string
    label: string
    apply: string
    errorPrefix: string
    options: SelectOption[]
    value: string
    window: string
  }
  /** Without a round there is nothing below the picker but this. */
  noRound?: string
  /** Whether the chosen round's figures are final; absent without a round. */
  standing?: { locale: Locale; final: boolean }
  /** Ranked bars that lead the page: the pooled figure and the share of LGUs collecting. */
  rankings?: BarListProps[]
  summary?: RollupSummaryProps
  /** The pooled figures beside those of comparable earlier rounds. */
  roundsTrend?: RoundsTrendProps
  provinces?: Section
  types?: Section
  notes: string[]
}

export function NationalResultsPage(p: NationalResultsPageProps) {
  const target = `#${NATIONAL_RESULTS_ID}`
  return (
    <>
      {p.links.map((link) => (
        <p>
          <a href={link.href}>{link.text}</a>
        </p>
      ))}
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.intro}</p>
      {p.round && (
        <form
          method="get"
          action={p.round.action}
          class="filters"
          hx-get={p.round.action}
          hx-target={target}
          hx-select={target}
          hx-swap="outerHTML"
          hx-push-url="true"
          hx-trigger="submit, change"
        >
          <Select
            id="round"
            label={p.round.label}
            options={p.round.options}
            value={p.round.value}
            errorPrefix={p.round.errorPrefix}
          />
          <div class="field">
            <button type="submit" class="button button--small">
              {p.round.apply}
            </button>
          </div>
        </form>
      )}
      <div id={NATIONAL_RESULTS_ID}>
        {p.round && <p class="hint">{p.round.window}</p>}
        {p.noRound && <p class="hint">{p.noRound}</p>}
        {p.standing && <ResultsStanding {...p.standing} />}
        {p.rankings?.map((chart) => (
          <BarList {...chart} />
        ))}
        {p.summary && <RollupSummary {...p.summary} />}
        {p.roundsTrend && <RoundsTrend {...p.roundsTrend} />}
        {[p.provinces, p.types].map(
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
