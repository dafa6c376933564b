/**
 * The first thing on an organisation's results page: its percent satisfaction with the margin
 * of error, overall and by aspect, beside its province's and the country's, as bars.
 */
import { BarList, type BarListProps } from '../../components/charts/bar-list.js'

export type HeadlineSectionProps = { heading: string; chart: BarListProps }

export function HeadlineSection({ heading, chart }: HeadlineSectionProps) {
  return (
    <section aria-labelledby="headline-title" id="headline">
      <h2 class="heading-m" id="headline-title">
        {heading}
      </h2>
      <BarList {...chart} />
    </section>
  )
}
