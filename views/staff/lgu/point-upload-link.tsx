import type { Locale } from '../../../src/i18n/messages.js'
import { pointUploadTranslator } from '../../../src/i18n/staff/point-upload.js'

export const POINT_UPLOAD_PATH = '/staff/service-points/upload'

/** The small link to adding service points from a CSV, on the pages where points are looked after. */
export function PointUploadLink({ locale = 'th' }: { locale?: Locale }) {
  return (
    <p>
      <a href={POINT_UPLOAD_PATH}>{pointUploadTranslator(locale)('points.upload.link')}</a>
    </p>
  )
}
