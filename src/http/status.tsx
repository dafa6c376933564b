import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { StatusPage } from '../../views/status-page.js'
import { translator, type Locale, type MessageKey } from '../i18n/messages.js'

export type StatusKey =
  | 'notFound'
  | 'inactive'
  | 'noRound'
  | 'closed'
  | 'finalised'
  | 'badRequest'
  | 'crossSite'
  | 'tooLarge'
  | 'pageNotFound'
  | 'kioskRevoked'
  | 'error'

/**
 * A plain Thai (or English) page for every "cannot" case, for any caller: the
 * survey handler renders it itself, Hono's routes send it with `renderStatus`.
 */
export function statusPage(locale: Locale, key: StatusKey, vars: Record<string, string> = {}) {
  const t = translator(locale)
  const title = t(`status.${key}.title` as MessageKey)
  const body = t(`status.${key}.body` as MessageKey, vars)
  return <StatusPage locale={locale} title={title} body={body} siteName={t('site.name')} />
}

/** The status page as a Hono response, with the right status code. */
export function renderStatus(
  c: Context,
  locale: Locale,
  key: StatusKey,
  status: ContentfulStatusCode,
  vars: Record<string, string> = {},
) {
  c.header('Cache-Control', 'no-store')
  return c.html(statusPage(locale, key, vars), status)
}
