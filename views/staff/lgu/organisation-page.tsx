import type { Translate } from '../../../src/i18n/messages.js'
import type { LguMessageKey } from '../../../src/i18n/staff/lgu.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { CollectionTable, type CollectionTableProps } from './collection-table.js'
import { RoundPicker, type RoundPickerProps } from './round-picker.js'
import { ExportsLink } from '../exports/exports-link.js'
import { PointUploadLink } from './point-upload-link.js'
import { AlertSection, type AlertSectionProps } from '../alerts/alert-list.js'
import { ReviewLink } from '../review/review-link.js'

export type OrganisationPageProps = {
  t: Translate<LguMessageKey>
  name: string
  facts: { label: string; value: string }[]
  back?: { href: string; text: string }
  notice?: string
  /** Absent when the organisation is in no round yet. */
  roundPicker?: RoundPickerProps
  addHref: string
  collection: Omit<CollectionTableProps, 't'>
  alerts: AlertSectionProps
  /** The review queue of flagged answers, with the number waiting. */
  review?: { href: string; text: string; waiting: boolean }
  /** "You said, we did", for the organisation's own officers. */
  actionsLink?: { href: string; text: string }
}

/** An organisation's home: who it is, the round shown, and each service point's collection. */
export function OrganisationPage(p: OrganisationPageProps) {
  const { t } = p
  return (
    <>
      {p.back && (
        <p>
          <a href={p.back.href}>{p.back.text}</a>
        </p>
      )}
      {p.notice && (
        <div class="banner" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{p.name}</h1>
      <p class="hint">
        {p.facts.map((f, i) => (
          <>
            {i > 0 && ' · '}
            {f.label} <strong>{f.value}</strong>
          </>
        ))}
      </p>
      <p>
        <a class="button button--small" href={p.addHref}>
          {t('lgu.points.add')}
        </a>{' '}
        <a
          class="button button--small button--secondary"
          href={`${p.addHref.replace(/\/service-points\/new$/, '')}/results${p.roundPicker ? `?round=${p.roundPicker.value}` : ''}`}
        >
          {resultsTranslator(p.collection.locale)('results.title')}
        </a>{' '}
        {p.collection.rows.some((r) => r.active) && (
          <a class="button button--small button--secondary" href={`${p.addHref.replace(/\/service-points\/new$/, '')}/posters`}>
            {t('lgu.points.allPosters')}
          </a>
        )}
      </p>
      {p.actionsLink && (
        <p>
          <a href={p.actionsLink.href}>{p.actionsLink.text}</a>
        </p>
      )}
      <PointUploadLink locale={p.collection.locale} />
      <ExportsLink round={p.roundPicker?.value} locale={p.collection.locale} />
      <AlertSection {...p.alerts} />
      {p.review && <ReviewLink {...p.review} />}
      <h2 class="heading-m" id="collection-title">
        {t('lgu.collection.title')}
      </h2>
      {p.roundPicker ? <RoundPicker {...p.roundPicker} /> : <p class="hint">{t('lgu.round.none')}</p>}
      {p.collection.rows.length === 0 ? <p>{t('lgu.points.none')}</p> : <CollectionTable t={t} {...p.collection} />}
      <p class="hint">
        {t(p.collection.flaggedCounted ? 'lgu.collection.flaggedHintIncluded' : 'lgu.collection.flaggedHintExcluded')}{' '}
        {t('lgu.collection.countedNote')}
      </p>
    </>
  )
}
