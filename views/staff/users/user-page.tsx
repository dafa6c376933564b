import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { PostButton } from '../../components/post-button.js'
import { OneTimePassword } from './one-time-password.js'
import { StatusTag } from './status-tag.js'
import type { UserSummary, UsersT } from './user-types.js'

export type UserPageProps = {
  t: UsersT
  csrfToken: string
  user: UserSummary
  /** The viewer's own account: no deactivation or reset here. */
  isSelf: boolean
  /** The edit form's values and errors (field → words; `_form` for the page). */
  values: { displayName: string; email: string }
  errors: Record<string, string>
  done?: string
  oncePassword?: string
  /** For LGU and provincial officers: a new activation letter, which is how a forgotten password is recovered. */
  letter?: { hint: string; label: string }
}

/** One account: its details, a form to change name and e-mail, and access actions. */
export function UserPage({ t, csrfToken, user, isSelf, values, errors, done, oncePassword, letter }: UserPageProps) {
  const prefix = t('staff.error.inlinePrefix')
  const links = ['displayName', 'email', '_form']
    .filter((f) => errors[f])
    .map((f) => ({ href: f === '_form' ? '' : `#${f}`, text: errors[f]! }))
  const action = (path: string) => `${user.href}/${path}`
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      {done && (
        <div class="banner" role="status">
          {done}
        </div>
      )}
      {oncePassword && (
        <OneTimePassword
          title={t('users.once.title', { username: user.username })}
          password={oncePassword}
          shownOnce={t('users.once.shownOnce')}
          advice={t('users.once.advice')}
        />
      )}
      <p>
        <a href="/staff/users">{t('users.details.back')}</a>
      </p>
      <h1 class="heading-l">{user.displayName}</h1>
      <table class="table">
        <tbody>
          {(
            [
              ['users.details.username', user.username],
              ['users.details.email', user.email || '–'],
              ['users.details.role', user.roleLabel],
              ['users.details.scope', user.scopeLabel],
              ['users.details.status', <StatusTag active={user.active} label={user.statusLabel} />],
              ['users.details.created', user.created],
              ['users.details.updated', user.updated],
            ] as const
          ).map(([key, value]) => (
            <tr>
              <th scope="row">{t(key)}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 class="heading-m">{t('users.edit.title')}</h2>
      <form method="post" action={user.href} novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Input
          id="displayName"
          label={t('users.field.displayName')}
          value={values.displayName}
          error={errors.displayName}
          errorPrefix={prefix}
          width="half"
          autocomplete="off"
        />
        <Input
          id="email"
          label={t('users.field.email')}
          type="email"
          value={values.email}
          error={errors.email}
          errorPrefix={prefix}
          width="half"
          autocomplete="off"
        />
        <button type="submit" class="button button--small">
          {t('staff.save')}
        </button>
      </form>

      <h2 class="heading-m">{t('users.access.title')}</h2>
      {isSelf ? (
        <p>
          {t('users.access.self')} <a href="/staff/password">{t('staff.nav.password')}</a>
        </p>
      ) : (
        <>
          <div class="field">
            {user.active && <p class="hint">{t('users.access.deactivateHint')}</p>}
            {user.active ? (
              <PostButton
                action={action('deactivate')}
                csrfToken={csrfToken}
                label={t('users.access.deactivate')}
                variant="warning"
              />
            ) : (
              <PostButton action={action('reactivate')} csrfToken={csrfToken} label={t('users.access.reactivate')} />
            )}
          </div>
          <div class="field">
            <p class="hint">{t('users.access.resetHint')}</p>
            <PostButton
              action={action('reset-password')}
              csrfToken={csrfToken}
              label={t('users.access.reset')}
              variant="secondary"
            />
          </div>
          {letter && (
            <div class="field">
              <p class="hint">{letter.hint}</p>
              <PostButton action={action('activation-letter')} csrfToken={csrfToken} label={letter.label} variant="secondary" />
            </div>
          )}
        </>
      )}
    </>
  )
}
