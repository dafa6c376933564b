import type { Translate } from '../../../src/i18n/messages.js'
import type { ApiTokensKey } from '../../../src/i18n/staff/api-tokens.js'

/** The page after issuing: the token once, with how to send it; on any later view, only why it is gone. */
export function IssuedTokenPage({
  t,
  issued,
}: {
  t: Translate<ApiTokensKey>
  issued?: { secret: string; name: string; user: string }
}) {
  return (
    <>
      {issued ? (
        <div class="panel" role="status" aria-labelledby="issued-title">
          <h1 id="issued-title" class="heading-l">
            {t('issued.title')}
          </h1>
          <p>{t('issued.for', { name: issued.name, user: issued.user })}</p>
          <p class="heading-m">
            <code class="one-time-password" translate="no">
              {issued.secret}
            </code>
          </p>
          <p>
            <strong>{t('issued.once')}</strong>
          </p>
          <p>{t('issued.use')}</p>
          <pre>
            <code translate="no">Authorization: Bearer {issued.secret}</code>
          </pre>
        </div>
      ) : (
        <>
          <h1 class="heading-l">{t('issued.goneTitle')}</h1>
          <p>{t('issued.gone')}</p>
        </>
      )}
      <p>
        <a href="/staff/api-tokens">{t('issued.back')}</a>
      </p>
    </>
  )
}
