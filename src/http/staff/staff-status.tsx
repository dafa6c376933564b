import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { resolveLocale } from '../locale.js'
import { staffTranslator, type StaffMessageKey } from '../../i18n/staff-messages.js'
import { StaffLayout } from '../../../views/staff/staff-layout.js'

type StatusKey = 'notFound' | 'csrf' | 'signInAgain' | 'badRequest' | 'cannotPublish'

/** Staff "cannot" pages. Another scope's records get `notFound`, so nothing about them leaks. */
export function renderStaffStatus(c: Context, key: StatusKey, status: ContentfulStatusCode) {
  const locale = resolveLocale(c)
  const t = staffTranslator(locale)
  const title = t(`staff.status.${key}.title` as StaffMessageKey)
  c.header('Cache-Control', 'no-store')
  return c.html(
    <StaffLayout locale={locale} t={t} title={title} path={new URL(c.req.url).pathname}>
      <h1 class="heading-l">{title}</h1>
      <p>{t(`staff.status.${key}.body` as StaffMessageKey)}</p>
      <p>
        <a href="/staff">{t('staff.nav.home')}</a>
      </p>
    </StaffLayout>,
    status,
  )
}
