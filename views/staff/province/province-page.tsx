import type { Locale, Translate } from '../../../src/i18n/messages.js'
import type { ProvinceMessageKey } from '../../../src/i18n/staff/province.js'
import { ExportsLink } from '../exports/exports-link.js'
import { PointUploadLink } from '../lgu/point-upload-link.js'
import { PosterBundleLink } from '../posters/poster-bundle-link.js'
import { rollupTranslator } from '../../../src/i18n/staff/rollups.js'
import { LguListing, type LguListingProps } from './lgu-listing.js'
import { AlertSection, type AlertSectionProps } from '../alerts/alert-list.js'
import { ReviewLink } from '../review/review-link.js'

export type ProvincePageProps = {
  t: Translate<ProvinceMessageKey>
  locale: Locale
  title: string
  provinceCode: string
  back?: { href: string; text: string }
  listing: LguListingProps
  notice?: string
  alerts: AlertSectionProps
  /** The province's review queue of flagged answers, with the number waiting. */
  review?: { href: string; text: string; waiting: boolean }
}

/** Every LGU of a province, with the province's other pages a link away. */
export function ProvincePage(p: ProvincePageProps) {
  const round = p.listing.filters.round?.value
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
      <h1 class="heading-l">{p.title}</h1>
      <p>
        <a href={`/staff/provinces/${p.provinceCode}/results${round ? `?round=${round}` : ''}`}>
          {rollupTranslator(p.locale)('rollup.link.province')}
        </a>
      </p>
      <ExportsLink round={round} locale={p.locale} />
      {p.review && <ReviewLink {...p.review} />}
      <PointUploadLink locale={p.locale} />
      <PosterBundleLink locale={p.locale} provinceCode={p.provinceCode} />
      <AlertSection {...p.alerts} />
      <LguListing {...p.listing} />
    </>
  )
}
