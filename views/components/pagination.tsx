import type { StaffMessageKey } from '../../src/i18n/staff-messages.js'
import { formatCount } from '../../src/i18n/format.js'

type Labels = { previous: string; next: string; summary: string; nav: string }

export type PaginationProps = {
  /** Builds the link for a page number, keeping the current filters. */
  hrefFor: (page: number) => string
  page: number
  pageSize: number
  total: number
  /** htmx target to swap, so paging works without a full reload when JavaScript is on. */
  hxTarget?: string
} & (
  | {
      /** Staff pages: any translator that knows the common staff words; the labels come from there. */
      t: (key: StaffMessageKey, vars?: Record<string, string | number>) => string
      /** A page's own wording of "showing 1–50 of 334", when the common one does not fit. */
      summary?: (range: { from: string; to: string; total: string }) => string
    }
  /** Public pages bring their own words. */
  | { labels: Labels }
)

/** Server-side paging: plain links that work without JavaScript, upgraded by htmx when present. */
export function Pagination(p: PaginationProps) {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize))
  const first = p.total === 0 ? 0 : (p.page - 1) * p.pageSize + 1
  const range = { from: formatCount(first), to: formatCount(Math.min(p.total, p.page * p.pageSize)), total: formatCount(p.total) }
  const labels: Labels =
    'labels' in p
      ? p.labels
      : {
          previous: p.t('staff.paging.previous'),
          next: p.t('staff.paging.next'),
          nav: p.t('staff.paging.label'),
          summary: p.summary ? p.summary(range) : p.t('staff.paging.summary', range),
        }
  const hx = (page: number) =>
    p.hxTarget
      ? {
          'hx-get': p.hrefFor(page),
          'hx-target': p.hxTarget,
          'hx-select': p.hxTarget,
          'hx-swap': 'outerHTML',
          'hx-push-url': 'true',
        }
      : {}
  return (
    <nav class="pagination" aria-label={labels.nav}>
      <p class="pagination__summary">{labels.summary}</p>
      <ul>
        {p.page > 1 && (
          <li>
            <a href={p.hrefFor(p.page - 1)} rel="prev" {...hx(p.page - 1)}>
              {labels.previous}
            </a>
          </li>
        )}
        <li aria-current="page">
          {p.page} / {pages}
        </li>
        {p.page < pages && (
          <li>
            <a href={p.hrefFor(p.page + 1)} rel="next" {...hx(p.page + 1)}>
              {labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
