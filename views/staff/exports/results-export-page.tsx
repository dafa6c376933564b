import type { Translate } from '../../../src/i18n/messages.js'
import type { ExportsMessageKey } from '../../../src/i18n/staff/exports.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { Select, type SelectOption } from '../../components/select.js'

/** `slow`: a note that this download takes a while (the country's results, any raw responses). */
export type DownloadLink = { format: string; href: string; label: string; hint: string; slow?: string }

export type ResultsExportPageProps = {
  t: Translate<ExportsMessageKey>
  labels: { errorPrefix: string; errorSummaryTitle: string }
  /** Field → words; only `dlaCode` can be wrong, every other choice is a list. */
  errors: { dlaCode?: string }
  /** Absent when the caller can see no round. */
  round?: { options: SelectOption[]; value: string; note?: string }
  /** A list for DLA and provincial officers; a fixed line for an LGU officer. */
  scope: { options: SelectOption[]; value: string } | { fixed: string }
  dlaCode?: { value: string; hint: string }
  downloads?: { selection: string; links: DownloadLink[] }
  /** The round's individual responses, for DLA and provincial officers; no links when one organisation is chosen. */
  raw?: { title: string; intro: string; links: DownloadLink[] }
  /** The annual report's page, for DLA and provincial officers. */
  report?: { href: string; label: string; hint: string }
  notes: string[]
}

/**
 * The export page: a plain GET form choosing the round and scope, then one
 * download link per format for that choice. Works without JavaScript.
 */
export function ResultsExportPage(p: ResultsExportPageProps) {
  const { t } = p
  const summary = p.errors.dlaCode ? [{ href: '#dlaCode', text: p.errors.dlaCode }] : []
  return (
    <>
      <ErrorSummary title={p.labels.errorSummaryTitle} errors={summary} />
      <h1 class="heading-l">{t('exports.title')}</h1>
      <p>{t('exports.intro')}</p>
      {!p.round ? (
        <p class="hint">{t('exports.noRound')}</p>
      ) : (
        <>
          <form method="get" action="/staff/exports" class="filters" aria-label={t('exports.choose')} novalidate>
            <Select
              id="round"
              label={t('exports.round')}
              options={p.round.options}
              value={p.round.value}
              errorPrefix={p.labels.errorPrefix}
            />
            {'options' in p.scope && (
              <Select
                id="scope"
                label={t('exports.scope')}
                options={p.scope.options}
                value={p.scope.value}
                errorPrefix={p.labels.errorPrefix}
              />
            )}
            {p.dlaCode && (
              <Input
                id="dlaCode"
                label={t('exports.dlaCode')}
                hint={p.dlaCode.hint}
                value={p.dlaCode.value}
                error={p.errors.dlaCode}
                errorPrefix={p.labels.errorPrefix}
                width="short"
                autocomplete="off"
              />
            )}
            <div class="field">
              <button type="submit" class="button button--small button--secondary">
                {t('exports.show')}
              </button>
            </div>
          </form>
          {p.round.note && <p class="hint">{p.round.note}</p>}
          {'fixed' in p.scope && <p>{p.scope.fixed}</p>}
          {p.downloads && (
            <section aria-labelledby="downloads-title">
              <h2 class="heading-m" id="downloads-title">
                {t('exports.downloads')}
              </h2>
              <p>
                <strong>{p.downloads.selection}</strong>
              </p>
              <DownloadList links={p.downloads.links} />
            </section>
          )}
          {p.raw && (
            <section aria-labelledby="raw-title">
              <h2 class="heading-m" id="raw-title">
                {p.raw.title}
              </h2>
              <p>{p.raw.intro}</p>
              <DownloadList links={p.raw.links} />
            </section>
          )}
        </>
      )}
      {p.report && (
        <p data-link="annual-report">
          <a href={p.report.href}>{p.report.label}</a> <span class="hint">– {p.report.hint}</span>
        </p>
      )}
      {p.notes.map((note) => (
        <p class="hint">{note}</p>
      ))}
    </>
  )
}

function DownloadList({ links }: { links: DownloadLink[] }) {
  if (links.length === 0) return null
  return (
    <ul>
      {links.map((link) => (
        <li data-format={link.format}>
          <a href={link.href} download>
            {link.label}
          </a>{' '}
          <span class="hint">– {link.hint}</span>
          {link.slow && (
            <>
              {' '}
              <span class="hint" data-slow>
                ({link.slow})
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
