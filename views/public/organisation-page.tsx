/**
 * `/o/<DLA code>`: one organisation's published results, one round at a time, with links to
 * its other rounds. Works without JavaScript or any stylesheet beyond the site's own.
 */
import { Layout } from '../layout.js'
import type { Locale } from '../../src/i18n/messages.js'
import { BarList } from '../components/charts/bar-list.js'
import { AspectComparison, type AspectComparisonProps } from '../results/components/aspect-comparison.js'
import { RoundsTrend, type RoundsTrendProps } from '../results/components/rounds-trend.js'
import { PublicHeader, type PublicHeaderProps } from './public-header.js'
import { RoundResults, type RoundResultsView } from './round-results.js'
import { ActionList, type PublicAction } from './action-list.js'

export type RoundLink = { href: string; label: string; current: boolean }

export type OrganisationPageProps = {
  locale: Locale
  title: string
  header: PublicHeaderProps
  name: string
  details: string[]
  /** No round has started for this organisation: a heading and a sentence instead of results. */
  noRounds?: { title: string; body: string }
  rounds?: { label: string; links: RoundLink[] }
  /** `standing`: whether the figures are provisional or final, in words. */
  round?: {
    heading: string
    status: string
    standing: string
    interim?: string
    results: RoundResultsView
    /** By aspect against the province and the country, under the headline chart. */
    comparison?: AspectComparisonProps
    /** "เทียบกับรอบก่อน", after the round's own results. */
    trend?: RoundsTrendProps
  }
  /** "You said, we did": the latest changes in progress or done. */
  actions?: { heading: string; intro: string; saidLabel: string; didLabel: string; actions: PublicAction[] }
  notes: { heading: string; lines: string[] }
  /** The annual reports DLA published for the organisation's province and the country. */
  reports?: { heading: string; links: { href: string; text: string }[] }
  searchLink: { href: string; text: string }
}

export function OrganisationPage(p: OrganisationPageProps) {
  return (
    <Layout locale={p.locale} title={p.title} stylesheets={['/static/charts.css']}>
      <PublicHeader {...p.header} />
      <h1 class="heading-l">{p.name}</h1>
      <p>{p.details.join(' · ')}</p>
      {p.noRounds && (
        <>
          <h2 class="heading-m">{p.noRounds.title}</h2>
          <p>{p.noRounds.body}</p>
        </>
      )}
      {p.rounds && p.rounds.links.length > 1 && (
        <nav aria-label={p.rounds.label}>
          <p>
            <strong>{p.rounds.label}</strong>
          </p>
          <ul>
            {p.rounds.links.map((r) =>
              r.current ? (
                <li aria-current="page">
                  <strong>{r.label}</strong>
                </li>
              ) : (
                <li>
                  <a href={r.href}>{r.label}</a>
                </li>
              ),
            )}
          </ul>
        </nav>
      )}
      {p.round && (
        <section id="results" aria-labelledby="results-heading">
          <h2 class="heading-m" id="results-heading">
            {p.round.heading}
          </h2>
          {/* Right under the heading, so a phone shows it on the first screen. */}
          {p.round.results.kind === 'shown' && p.round.results.headlineChart && <BarList {...p.round.results.headlineChart} />}
          {p.round.comparison && <AspectComparison {...p.round.comparison} level={3} />}
          <p>{p.round.status}</p>
          <p>
            <strong>{p.round.standing}</strong>
          </p>
          {p.round.interim && <p>{p.round.interim}</p>}
          <RoundResults view={p.round.results} />
        </section>
      )}
      {p.round?.trend && <RoundsTrend {...p.round.trend} />}
      {p.actions && <ActionList {...p.actions} />}
      {p.reports && p.reports.links.length > 0 && (
        <section aria-labelledby="published-reports-title" data-published-reports>
          <h2 class="heading-m" id="published-reports-title">
            {p.reports.heading}
          </h2>
          <ul>
            {p.reports.links.map((r) => (
              <li>
                <a href={r.href}>{r.text}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.round && (
        <>
          <h2 class="heading-m">{p.notes.heading}</h2>
          {p.notes.lines.map((line) => (
            <p class="hint">{line}</p>
          ))}
        </>
      )}
      <p>
        <a href={p.searchLink.href}>{p.searchLink.text}</a>
      </p>
    </Layout>
  )
}
