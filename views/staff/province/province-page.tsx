import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { Input } from '../../components/input.js'
import { Pagination, type PaginationProps } from '../../components/pagination.js'
import { Select, type SelectOption } from '../../components/select.js'
import { LguTable, type LguTableRow } from './lgu-table.js'
import type { LoopLabels } from './loop-cells.js'
import { ExportsLink } from '../exports/exports-link.js'
import { PointUploadLink } from '../lgu/point-upload-link.js'
import { PosterBundleLink } from '../posters/poster-bundle-link.js'
import { rollupTranslator } from '../../../src/i18n/staff/rollups.js'

export const RESULTS_ID = 'lgu-results'

export type ProvincePageProps = {
  t: Translate<ProvinceMessageKey>
  locale: Locale
  title: string
  back?: { href: string; text: string }
  action: string
  filters: {
    q: string
    district: { options: SelectOption[]; value: string }
    type: { options: SelectOption[]; value: string }
    sort: { options: SelectOption[]; value: string }
    round?: { options: SelectOption[]; value: string }
  }
  labels: { apply: string; errorPrefix: string }
  summary: string
  note: string
  rows: LguTableRow[]
  /** "You said, we did" columns, when a round is shown. */
  loop?: LoopLabels
  pagination: PaginationProps
}

/**
 * Every LGU of a province. The filters are a plain GET form; with htmx they
 * refresh only the results (and the address bar) as the officer types or picks.
 */
export function ProvincePage(p: ProvincePageProps) {
  const { t, filters } = p
  const target = `#${RESULTS_ID}`
  return (
    <>
      {p.back && (
        <p>
          <a href={p.back.href}>{p.back.text}</a>
        </p>
      )}
      <h1 class="heading-l">{p.title}</h1>
      <p>
        <a href={`${p.action}/results${filters.round ? `?round=${filters.round.value}` : ''}`}>
          {rollupTranslator(p.locale)('rollup.link.province')}
        </a>
      </p>
      <ExportsLink round={filters.round?.value} locale={p.locale} />
      <PointUploadLink locale={p.locale} />
      <PosterBundleLink locale={p.locale} provinceCode={/\/(\d{2})$/.exec(p.action)?.[1]} />
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
        hx-trigger="submit, change, input changed delay:400ms from:#q"
      >
        <Input
          id="q"
          type="search"
          label={t('province.filter.q')}
          value={filters.q}
          width="half"
          errorPrefix={p.labels.errorPrefix}
        />
        <Select id="district" label={t('province.filter.district')} {...filters.district} errorPrefix={p.labels.errorPrefix} />
        <Select id="type" label={t('province.filter.type')} {...filters.type} errorPrefix={p.labels.errorPrefix} />
        <Select id="sort" label={t('province.filter.sort')} {...filters.sort} errorPrefix={p.labels.errorPrefix} />
        {filters.round && (
          <Select id="round" label={t('province.filter.round')} {...filters.round} errorPrefix={p.labels.errorPrefix} />
        )}
        <div class="field">
          <button type="submit" class="button button--small">
            {p.labels.apply}
          </button>
        </div>
      </form>
      <div id={RESULTS_ID}>
        <p>
          <strong>{p.summary}</strong>
        </p>
        <p class="hint">{p.note}</p>
        <LguTable t={t} locale={p.locale} rows={p.rows} loop={p.loop} />
        {p.loop && <p class="hint">{p.loop.note}</p>}
        {p.pagination.total > 0 && <Pagination {...p.pagination} hxTarget={target} />}
      </div>
    </>
  )
}
