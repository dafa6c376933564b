import type { Translate } from '../../../src/i18n/messages.js'
import type { OnboardingKey } from '../../../src/i18n/staff/onboarding.js'
import { Choices } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Fieldset } from '../../components/field.js'
import { WorkingSubmit } from '../components/working-submit.js'

export type OnboardingT = Translate<OnboardingKey>
type Option = { value: string; label: string }

export type OnboardingPageProps = {
  t: OnboardingT
  csrfToken: string
  days: number
  pendingCount: number
  /** DLA chooses whom and where; a provincial officer has one province, named here. */
  choice: { kind: 'national'; provinces: Option[] } | { kind: 'province'; name: string }
  values: { target?: string; scope?: string; provinces?: string[] }
  errors: Record<string, string>
  notice?: string
}

const FIELDS = ['target', 'scope', 'provinces'] as const

function ScopeFields({ t, p, prefix }: { t: OnboardingT; p: OnboardingPageProps; prefix: string }) {
  if (p.choice.kind === 'province') return <p class="body">{t('onboarding.yourProvince', { name: p.choice.name })}</p>
  return (
    <>
      <Fieldset id="target" legend={t('onboarding.target')} error={p.errors.target} errorPrefix={prefix}>
        <Choices
          name="target"
          type="radio"
          options={[
            { value: 'lgu', label: t('onboarding.target.lgu') },
            { value: 'province', label: t('onboarding.target.province') },
          ]}
          checked={[p.values.target ?? 'lgu']}
        />
      </Fieldset>
      <Fieldset id="scope" legend={t('onboarding.scope')} error={p.errors.scope} errorPrefix={prefix}>
        <Choices
          name="scope"
          type="radio"
          options={[
            { value: 'all', label: t('onboarding.scope.all') },
            { value: 'chosen', label: t('onboarding.scope.chosen') },
          ]}
          checked={[p.values.scope ?? 'chosen']}
        />
      </Fieldset>
      <Fieldset id="provinces" legend={t('onboarding.provinces')} error={p.errors.provinces} errorPrefix={prefix}>
        <Choices name="provinces" type="checkbox" layout="wrap" options={p.choice.provinces} checked={p.values.provinces ?? []} />
      </Fieldset>
    </>
  )
}

export function OnboardingPage(p: OnboardingPageProps) {
  const { t } = p
  const prefix = t('staff.error.inlinePrefix')
  const links = FIELDS.filter((f) => p.errors[f]).map((f) => ({ href: `#${f}`, text: p.errors[f]! }))
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={links} />
      {p.notice && (
        <div class="banner" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{t('onboarding.title')}</h1>
      <p class="body">{t('onboarding.intro', { days: p.days })}</p>
      <p class="body">{t('onboarding.pending', { count: p.pendingCount })}</p>
      <form method="post" action="/staff/onboarding" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <ScopeFields t={t} p={p} prefix={prefix} />
        <WorkingSubmit label={t('onboarding.submit')} working={t('staff.working')} />
      </form>
      <h2 class="heading-m">{t('onboarding.reissueTitle')}</h2>
      <p class="body">{t('onboarding.reissueIntro')}</p>
      <form method="post" action="/staff/onboarding/reissue" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        {p.choice.kind === 'national' && (
          <>
            <input type="hidden" name="target" value={p.values.target ?? 'lgu'} />
            <input type="hidden" name="scope" value="all" />
          </>
        )}
        <WorkingSubmit label={t('onboarding.reissueSubmit')} working={t('staff.working')} variant="secondary" />
      </form>
    </>
  )
}
