/**
 * One round's published results: who answered, the headline figures, a chart, each group
 * (aspect) with its items, service points when they may be shown, and how to read it all.
 * Every figure arrives already formatted or already replaced by its "not shown" sentence.
 */
import type { BarListProps } from '../components/charts/bar-list.js'
import { PercentBars, type PercentBarsProps } from './percent-bars.js'
import { ResultLine, type ResultLineView } from './result-line.js'

export type ResultGroupView = { heading: string; summary?: ResultLineView; items: ResultLineView[] }

export type RoundResultsView =
  | { kind: 'withheld'; message: string }
  | {
      kind: 'shown'
      respondents: string
      headline: ResultLineView[]
      /** The headline drawn: percent ± margin by aspect beside the province and the country; the page puts it first. */
      headlineChart?: BarListProps
      chart?: PercentBarsProps
      groupsHeading?: string
      groups: ResultGroupView[]
      points?: { heading: string; lines: ResultLineView[] } | { heading: string; withheld: string }
      method: string[]
    }

const Lines = ({ lines }: { lines: ResultLineView[] }) => (
  <ul>
    {lines.map((line) => (
      <li>
        <p>
          <ResultLine line={line} />
        </p>
      </li>
    ))}
  </ul>
)

export function RoundResults({ view }: { view: RoundResultsView }) {
  if (view.kind === 'withheld')
    return (
      <div class="notice">
        <p>{view.message}</p>
      </div>
    )
  return (
    <>
      <div class="notice">
        <p>
          <strong>{view.respondents}</strong>
        </p>
        {view.headline.map((line) => (
          <p>
            <ResultLine line={line} />
          </p>
        ))}
      </div>
      {view.chart && <PercentBars {...view.chart} />}
      {view.groupsHeading && <h3>{view.groupsHeading}</h3>}
      {view.groups.map((group) => (
        <section aria-label={group.heading}>
          <h4>{group.heading}</h4>
          {group.summary && (
            <p>
              <ResultLine line={group.summary} label={false} />
            </p>
          )}
          <Lines lines={group.items} />
        </section>
      ))}
      {view.points && (
        <>
          <h3>{view.points.heading}</h3>
          {'withheld' in view.points ? <p>{view.points.withheld}</p> : <Lines lines={view.points.lines} />}
        </>
      )}
      {view.method.map((text) => (
        <p class="hint">{text}</p>
      ))}
    </>
  )
}
