import type { Translate } from '../../../src/i18n/messages.js'
import type { ApiTokensKey } from '../../../src/i18n/staff/api-tokens.js'
import { Pagination } from '../../components/pagination.js'
import { PostButton } from '../../components/post-button.js'

export type TokenItem = {
  id: number
  name: string
  user: { text: string; href: string; role: string }
  created: string
  createdBy: string
  lastUsed: string
  /** Null while the token works. */
  revoked: string | null
  userInactive: boolean
}

export type TokenListPageProps = {
  t: Translate<ApiTokensKey>
  csrfToken: string
  docsHref: string
  notice?: string
  items: TokenItem[]
  revokeAction: (id: number) => string
  paging: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }
}

/** Every API token with its user, dates and status; an active one can be revoked. */
export function TokenListPage({ t, csrfToken, docsHref, notice, items, revokeAction, paging }: TokenListPageProps) {
  return (
    <>
      {notice && (
        <div class="banner" role="status">
          <p>{notice}</p>
        </div>
      )}
      <h1 class="heading-l">{t('tokens.title')}</h1>
      <p>{t('tokens.intro')}</p>
      <p>
        <a href="/staff/api-tokens/new" class="button button--small">
          {t('tokens.issue')}
        </a>{' '}
        <a href={docsHref}>{t('tokens.docs')}</a>
      </p>
      <div class="table-wrap">
        <table class="table">
          <caption>{t('tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.user')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colspan={5}>{t('tokens.none')}</td>
              </tr>
            )}
            {items.map((item) => (
              <tr>
                <td>{item.name}</td>
                <td>
                  <a href={item.user.href}>{item.user.text}</a>
                  <br />
                  {item.user.role}
                </td>
                <td>
                  {item.created}
                  <br />
                  {t('tokens.createdBy', { username: item.createdBy })}
                </td>
                <td>{item.lastUsed}</td>
                <td>
                  {item.revoked ? (
                    <strong class="tag tag--grey">{t('tokens.revoked', { when: item.revoked })}</strong>
                  ) : (
                    <span class="actions">
                      {item.userInactive ? (
                        <strong class="tag tag--grey">{t('tokens.userInactive')}</strong>
                      ) : (
                        <strong class="tag tag--green">{t('tokens.active')}</strong>
                      )}
                      <PostButton
                        action={revokeAction(item.id)}
                        csrfToken={csrfToken}
                        label={t('tokens.revoke')}
                        variant="warning"
                      />
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination hrefFor={paging.hrefFor} page={paging.page} pageSize={paging.pageSize} total={paging.total} t={t} />
    </>
  )
}
