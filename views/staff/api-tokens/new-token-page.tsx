import type { Translate } from '../../../src/i18n/messages.js'
import type { ApiTokensKey } from '../../../src/i18n/staff/api-tokens.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'

export const NEW_TOKEN_FIELDS = ['username', 'name'] as const
export type NewTokenField = (typeof NEW_TOKEN_FIELDS)[number]

/** Issue a token: whose it is (by username or e-mail) and what it is called. */
export function NewTokenPage({
  t,
  csrfToken,
  values,
  errors,
}: {
  t: Translate<ApiTokensKey>
  csrfToken: string
  values: Partial<Record<NewTokenField, string>>
  errors: Partial<Record<NewTokenField, string>>
}) {
  const prefix = t('staff.error.inlinePrefix')
  const links = NEW_TOKEN_FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errors[f]! }))
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      <h1 class="heading-l">{t('new.title')}</h1>
      <form method="post" action="/staff/api-tokens/new" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Input
          id="username"
          label={t('new.username')}
          hint={t('new.usernameHint')}
          value={values.username}
          error={errors.username}
          errorPrefix={prefix}
          width="half"
          autocomplete="off"
        />
        <Input
          id="name"
          label={t('new.name')}
          hint={t('new.nameHint')}
          value={values.name}
          error={errors.name}
          errorPrefix={prefix}
          autocomplete="off"
        />
        <div class="actions">
          <button type="submit" class="button">
            {t('new.submit')}
          </button>
          <a href="/staff/api-tokens">{t('staff.cancel')}</a>
        </div>
      </form>
    </>
  )
}
