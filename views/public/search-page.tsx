/** `/o`: find an organisation by name or DLA code; a GET form, searched and paged on the server. */
import { Layout } from '../layout.js'
import type { Locale } from '../../src/i18n/messages.js'
import { Pagination, type PaginationProps } from '../components/pagination.js'
import { PublicHeader, type PublicHeaderProps } from './public-header.js'

export type SearchResultView = { href: string; name: string; detail: string }

export type SearchPageProps = {
  locale: Locale
  title: string
  header: PublicHeaderProps
  intro: string
  form: { label: string; hint: string; submit: string; value: string }
  /** Absent until someone searches. */
  results?: { heading: string; count: string; rows: SearchResultView[]; pagination?: PaginationProps }
}

export function SearchPage(p: SearchPageProps) {
  return (
    <Layout locale={p.locale} title={p.title}>
      <PublicHeader {...p.header} />
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.intro}</p>
      <form method="get" action="/o" role="search" class="field">
        <label class="label" for="q">
          {p.form.label}
        </label>
        <p id="q-hint" class="hint">
          {p.form.hint}
        </p>
        <input
          class="input"
          id="q"
          name="q"
          type="search"
          value={p.form.value}
          maxlength={100}
          autocomplete="off"
          aria-describedby="q-hint"
        />
        <p>
          <button type="submit" class="button">
            {p.form.submit}
          </button>
        </p>
      </form>
      {p.results && (
        <section aria-labelledby="results-heading">
          <h2 class="heading-m" id="results-heading">
            {p.results.heading}
          </h2>
          <p role="status">{p.results.count}</p>
          {p.results.rows.length > 0 && (
            <ul>
              {p.results.rows.map((r) => (
                <li>
                  <p>
                    <a href={r.href}>{r.name}</a>
                    <br />
                    {r.detail}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {p.results.pagination && <Pagination {...p.results.pagination} />}
        </section>
      )}
    </Layout>
  )
}
