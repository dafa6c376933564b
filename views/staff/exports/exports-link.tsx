import type { Locale } from '../../../src/i18n/messages.js'
import { exportsTranslator } from '../../../src/i18n/staff/exports.js'

/** `/staff/exports`, keeping the round a page shows. */
export const exportsHref = (round?: string) => (round ? `/staff/exports?round=${encodeURIComponent(round)}` : '/staff/exports')

/** The link to the export page that each staff home page carries. */
export function ExportsLink({ round, locale = 'th' }: { round?: string; locale?: Locale }) {
  return (
    <p>
      <a href={exportsHref(round)}>{exportsTranslator(locale)('exports.link')}</a>
    </p>
  )
}
