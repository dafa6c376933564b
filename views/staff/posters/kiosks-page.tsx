import { raw } from 'hono/html'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { PostButton } from '../../components/post-button.js'

export type KioskRow = { id: number; label: string; created: string; lastSeen: string; revoked: string | null }

export type KiosksPageProps = {
  t: (key: string) => string
  pointName: string
  organisationHref: string
  createAction: string
  csrfToken: string
  kiosks: KioskRow[]
  revokeAction: (id: number) => string
  /** Shown once, right after creation: the link and a QR code of it for the tablet's camera. */
  created?: { label: string; link: string; largeLink: string; qrSvg: string }
  labelError?: string
  labelValue?: string
  /** A switched-off point gets no new kiosks; its old ones can still be revoked. */
  canCreate: boolean
}

export function KiosksPage(p: KiosksPageProps) {
  return (
    <>
      <p>
        <a href={p.organisationHref}>{p.t('back')}</a>
      </p>
      {p.labelError && <ErrorSummary title={p.t('summaryTitle')} errors={[{ href: '#label', text: p.labelError }]} />}
      <h1 class="heading-l">
        {p.t('title')}: {p.pointName}
      </h1>
      <p>{p.t('intro')}</p>
      {p.created && (
        <div class="banner" role="status">
          <h2 class="heading-m">
            {p.t('createdTitle')}: {p.created.label}
          </h2>
          <p>{p.t('createdHelp')}</p>
          <p>
            <code class="kiosk-link">{p.created.link}</code>
          </p>
          <div class="kiosk-qr" role="img" aria-label={p.t('qrLabel')}>
            {raw(p.created.qrSvg)}
          </div>
          <p>{p.t('largeHelp')}</p>
          <p>
            <code class="kiosk-link">{p.created.largeLink}</code>
          </p>
        </div>
      )}
      {p.canCreate && (
        <form method="post" action={p.createAction} novalidate>
          <input type="hidden" name="_csrf" value={p.csrfToken} />
          <Input
            id="label"
            label={p.t('label')}
            hint={p.t('labelHint')}
            value={p.labelValue}
            width="half"
            error={p.labelError}
            errorPrefix={p.t('errorPrefix')}
          />
          <button type="submit" class="button">
            {p.t('create')}
          </button>
        </form>
      )}
      <div class="table-wrap">
        <table class="table">
          <caption>{p.t('listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{p.t('label')}</th>
              <th scope="col">{p.t('created')}</th>
              <th scope="col">{p.t('lastSeen')}</th>
              <th scope="col">{p.t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {p.kiosks.length === 0 && (
              <tr>
                <td colspan={4}>{p.t('none')}</td>
              </tr>
            )}
            {p.kiosks.map((k) => (
              <tr>
                <td>{k.label}</td>
                <td>{k.created}</td>
                <td>{k.lastSeen}</td>
                <td>
                  {k.revoked ? (
                    <span class="tag tag--grey">
                      {p.t('revoked')} {k.revoked}
                    </span>
                  ) : (
                    <span class="actions">
                      <span class="tag tag--green">{p.t('active')}</span>
                      <PostButton action={p.revokeAction(k.id)} csrfToken={p.csrfToken} label={p.t('revoke')} variant="warning" />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
