export type PaginationProps = {
  /** Builds the link for a page number, keeping the current filters. */
  hrefFor: (page: number) => string
  page: number
  pageSize: number
  total: number
  labels: { previous: string; next: string; summary: string; nav: string }
  /** htmx target to swap, so paging works without a full reload when JavaScript is on. */
  hxTarget?: string
}

/** Server-side paging: plain links that work without JavaScript, upgraded by htmx when present. */
export function Pagination(p: PaginationProps) {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize))
  const hx = (page: number) =>
    p.hxTarget ? { 'hx-get': p.hrefFor(page), 'hx-target': p.hxTarget, 'hx-select': p.hxTarget, 'hx-swap': 'outerHTML', 'hx-push-url': 'true' } : {}
  return (
    <nav class="pagination" aria-label={p.labels.nav}>
      <p class="pagination__summary">{p.labels.summary}</p>
      <ul>
        {p.page > 1 && (
          <li>
            <a href={p.hrefFor(p.page - 1)} rel="prev" {...hx(p.page - 1)}>
              {p.labels.previous}
            </a>
          </li>
        )}
        <li aria-current="page">
          {p.page} / {pages}
        </li>
        {p.page < pages && (
          <li>
            <a href={p.hrefFor(p.page + 1)} rel="next" {...hx(p.page + 1)}>
              {p.labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
