import type { Translate } from '../../../src/i18n/messages.js'
import type { CommentsMessageKey } from '../../../src/i18n/staff/comments.js'
import { Input } from '../../components/input.js'
import { Pagination, type PaginationProps } from '../../components/pagination.js'
import { Select, type SelectOption } from '../../components/select.js'
import { CommentTable, type CommentItem } from './comment-table.js'

export const COMMENTS_RESULTS_ID = 'comment-results'

export type CommentsPageProps = {
  t: Translate<CommentsMessageKey>
  title: string
  back: { href: string; text: string }
  action: string
  /** Absent when there is no round to search in. */
  filters?: {
    q: string
    point: { options: SelectOption[]; value: string }
    round: { options: SelectOption[]; value: string }
  }
  labels: { apply: string; errorPrefix: string }
  /** "พบ 45 ความคิดเห็น · เรียงจากใหม่ไปเก่า", or the empty state. */
  summary: string
  rows: CommentItem[]
  pagination: PaginationProps
}

/**
 * Residents' comments for one organisation and round. The filters are a plain
 * GET form; with htmx they refresh only the results (and the address bar).
 */
export function CommentsPage(p: CommentsPageProps) {
  const { t, filters } = p
  const target = `#${COMMENTS_RESULTS_ID}`
  return (
    <>
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      <h1 class="heading-l">{p.title}</h1>
      <p class="notice">{t('comments.privacy')}</p>
      {filters && (
        <form
          method="get"
          action={p.action}
          class="filters"
          role="search"
          aria-label={t('comments.filters')}
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
            label={t('comments.filter.q')}
            hint={t('comments.filter.qHint')}
            value={filters.q}
            width="half"
            errorPrefix={p.labels.errorPrefix}
          />
          <Select id="point" label={t('comments.filter.point')} {...filters.point} errorPrefix={p.labels.errorPrefix} />
          <Select id="round" label={t('comments.filter.round')} {...filters.round} errorPrefix={p.labels.errorPrefix} />
          <div class="field">
            <button type="submit" class="button button--small">
              {p.labels.apply}
            </button>
          </div>
        </form>
      )}
      <div id={COMMENTS_RESULTS_ID}>
        <p>
          <strong>{p.summary}</strong>
        </p>
        {p.rows.length > 0 && (
          <>
            {p.rows.some((r) => r.flag) && <p class="hint">{t('comments.flaggedNote')}</p>}
            <CommentTable t={t} rows={p.rows} />
            <Pagination {...p.pagination} hxTarget={target} />
          </>
        )}
      </div>
    </>
  )
}
