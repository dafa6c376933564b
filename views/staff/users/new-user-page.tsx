import { Choices } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Fieldset } from '../../components/field.js'
import { Input } from '../../components/input.js'
import { Select } from '../../components/select.js'
import type { Option, UsersT } from './user-types.js'

export type NewUserPageProps = {
  t: UsersT
  csrfToken: string
  roles: Option[]
  /** Only for a viewer who may create provincial officers. */
  provinces?: Option[]
  /** Hint under the DLA code: the whole registry, or the viewer's province. */
  dlaCodeHint: string
  passwordHint: string
  values: Record<string, string>
  /** Field → words, in form order. */
  errors: Record<string, string>
}

/** The fields in the order they appear, so the summary lists problems in the same order. */
export const NEW_USER_FIELDS = ['username', 'displayName', 'email', 'role', 'provinceCode', 'dlaCode', 'password'] as const

export function NewUserPage({ t, csrfToken, roles, provinces, dlaCodeHint, passwordHint, values, errors }: NewUserPageProps) {
  const prefix = t('staff.error.inlinePrefix')
  const links = NEW_USER_FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errors[f]! }))
  const showDlaCode = roles.some((r) => r.value === 'lgu')
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      <h1 class="heading-l">{t('users.create')}</h1>
      <form method="post" action="/staff/users/new" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Input
          id="username"
          label={t('users.field.username')}
          hint={t('users.field.usernameHint')}
          value={values.username}
          error={errors.username}
          errorPrefix={prefix}
          width="half"
          autocomplete="off"
        />
        <Input
          id="displayName"
          label={t('users.field.displayName')}
          hint={t('users.field.displayNameHint')}
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
        <Fieldset id="role" legend={t('users.field.role')} error={errors.role} errorPrefix={prefix}>
          <Choices
            name="role"
            type="radio"
            options={roles}
            checked={roles.length === 1 ? [roles[0]!.value] : [values.role ?? '']}
          />
        </Fieldset>
        {provinces && (
          <Select
            id="provinceCode"
            label={t('users.field.provinceCode')}
            options={[{ value: '', label: t('users.field.provinceChoose') }, ...provinces]}
            value={values.provinceCode}
            error={errors.provinceCode}
            errorPrefix={prefix}
          />
        )}
        {showDlaCode && (
          <Input
            id="dlaCode"
            label={t('users.field.dlaCode')}
            hint={dlaCodeHint}
            value={values.dlaCode}
            error={errors.dlaCode}
            errorPrefix={prefix}
            width="short"
            autocomplete="off"
          />
        )}
        <Input
          id="password"
          label={t('users.field.password')}
          hint={passwordHint}
          value={values.password}
          error={errors.password}
          errorPrefix={prefix}
          width="half"
          autocomplete="off"
        />
        <div class="actions">
          <button type="submit" class="button">
            {t('users.create')}
          </button>
          <a href="/staff/users">{t('staff.cancel')}</a>
        </div>
      </form>
    </>
  )
}
