import { LguListing, type LguListingProps } from './lgu-listing.js'

/** DLA's list of every LGU in the country, to chase the ones that have not started. */
export function NationalLguPage(p: { title: string; back: { href: string; text: string }; listing: LguListingProps }) {
  return (
    <>
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      <h1 class="heading-l">{p.title}</h1>
      <LguListing {...p.listing} />
    </>
  )
}
