/**
 * An organisation's figures by aspect beside its province's and the country's in the same round,
 * as the dot plot and table under the headline chart (staff and public). The organisation's
 * figures follow its page's audience; the groups' follow the roll-ups' minimum.
 */
import { figureDefinitions } from '../domain/results/trends.js'
import type { Locale } from '../i18n/messages.js'
import { formatCount } from '../i18n/format.js'
import { trendsTranslator } from '../i18n/trends.js'
import type { RoundFigureSet } from '../results/trends.js'
import type { AspectComparisonProps } from '../../views/results/components/aspect-comparison.js'
import { percentText } from './results-bars.js'
import { percentOfFigure, visibleFigures, type Audience } from './results-trends.js'

export type ComparisonInput = {
  locale: Locale
  organisation: RoundFigureSet | undefined
  audience: Exclude<Audience, 'group'>
  province: RoundFigureSet | undefined
  country: RoundFigureSet | undefined
  provinceName: string
  minimum: number
}

export function presentAspectComparison(input: ComparisonInput): AspectComparisonProps | undefined {
  const { locale, organisation, minimum } = input
  // By aspect: the Thai method's figures only.
  if (!organisation || organisation.respondents === 0 || organisation.definition.scoring.method !== 'thai-mean') return undefined
  const t = trendsTranslator(locale)
  const groups = [
    visibleFigures(organisation, input.audience, minimum),
    input.province && visibleFigures(input.province, 'group', minimum),
    input.country && visibleFigures(input.country, 'group', minimum),
  ]
  const rows = figureDefinitions(organisation.definition).map((f) => {
    const figures = groups.map((g) => g?.get(f.key) ?? null)
    return {
      key: f.key,
      label: f.label ? f.label[locale] : t('trends.overall'),
      values: figures.map((s) => (s ? { value: percentOfFigure(s), margin: s.marginOfError } : null)),
      cells: figures.map((s) => (s ? percentText(percentOfFigure(s), s.marginOfError) : t('compare.withheld'))),
    }
  })
  return {
    heading: t('compare.title'),
    figureHeader: t('compare.figure'),
    chart: {
      id: 'aspect-chart',
      series: [
        { key: 'organisation', label: t('compare.this') },
        { key: 'province', label: t('compare.province', { name: input.provinceName }) },
        { key: 'country', label: t('compare.country') },
      ],
      rows: rows.map(({ key, label, values }) => ({ key, label, values })),
    },
    rows: rows.map(({ key, label, cells }) => ({ key, label, cells })),
    note: t('compare.note', { min: formatCount(minimum) }),
  }
}
