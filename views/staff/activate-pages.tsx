import type { Translate } from '../../src/i18n/messages.js'
import type { OnboardingKey } from '../../src/i18n/staff/onboarding.js'
import { ErrorSummary } from '../components/error-summary.js'
import { Input } from '../components/input.js'

type T = Translate<OnboardingKey>

/** The typed-code form: for an officer who has the letter but no camera. */
export function ActivateCodePage({ t, code, error }: { t: T; code: string; error?: string }) {
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={error ? [{ href: '#code', text: error }] : []} />
      <h1 class="heading-l">{t('activate.title')}</h1>
      <p class="body">{t('activate.codeIntro')}</p>
      <form method="post" action="/staff/activate" novalidate>
        <Input
          id="code"
          label={t('activate.code')}
          hint={t('activate.codeHint')}
          value={code}
          error={error}
          errorPrefix={t('staff.error.inlinePrefix')}
          width="half"
          autocomplete="off"
        />
        <button type="submit" class="button">
          {t('activate.codeSubmit')}
        </button>
      </form>
    </>
  )
}

export function ActivatePasswordPage(p: {
  t: T
  code: string
  username: string
  displayName: string
  passwordHint: string
  errors: Record<string, string>
}) {
  const { t } = p
  const prefix = t('staff.error.inlinePrefix')
  const links = (['password', 'confirm'] as const).filter((f) => p.errors[f]).map((f) => ({ href: `#${f}`, text: p.errors[f]! }))
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      <h1 class="heading-l">{t('activate.title')}</h1>
      <p class="body">{t('activate.for', { username: p.username, name: p.displayName })}</p>
      <p class="body">{t('activate.choose', { username: p.username })}</p>
      <form method="post" action="/staff/activate" novalidate>
        <input type="hidden" name="step" value="password" />
        <input type="hidden" name="code" value={p.code} />
        <input type="text" name="username" value={p.username} autocomplete="username" hidden readonly />
        <Input
          id="password"
          label={t('staff.password.new')}
          hint={p.passwordHint}
          type="password"
          autocomplete="new-password"
          width="half"
          error={p.errors.password}
          errorPrefix={prefix}
        />
        <Input
          id="confirm"
          label={t('staff.password.confirm')}
          type="password"
          autocomplete="new-password"
          width="half"
          error={p.errors.confirm}
          errorPrefix={prefix}
        />
        <button type="submit" class="button">
          {t('activate.submit')}
        </button>
      </form>
    </>
  )
}

/** Used, replaced, expired or made up: one clear page, and nothing changed. */
export function ActivateInvalidPage({ t, body }: { t: T; body: string }) {
  return (
    <>
      <h1 class="heading-l">{t('activate.invalid.title')}</h1>
      <p class="body">{body}</p>
      <p class="body">
        <a href="/staff/activate">{t('activate.tryCode')}</a>
      </p>
    </>
  )
}
