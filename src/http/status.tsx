import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { StatusPage } from '../../views/status-page.js'
import { translator, type Locale, type MessageKey } from '../i18n/messages.js'

type StatusKey = 'notFound' | 'inactive' | 'noRound' | 'closed' | 'badRequest' | 'tooLarge' | 'pageNotFound' | 'kioskRevoked' | 'error'

/** A plain Thai (or English) page with the right status code for every "cannot" case. */
export function renderStatus(
  c: Context,
  locale: Locale,
  key: StatusKey,
  status: ContentfulStatusCode,
  vars: Record<string, string> = {},
) {
  const t = translator(locale)
  const title = t(`status.${key}.title` as MessageKey)
  const body = t(`status.${key}.body` as MessageKey, vars)
  c.header('Cache-Control', 'no-store')
  return c.html(<StatusPage locale={locale} title={title} body={body} siteName={t('site.name')} />, status)
}
