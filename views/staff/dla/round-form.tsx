import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Locale, Translate } from '../../../src/i18n/messages.js'
import { Choices } from '../../components/choices.js'
import { ErrorSummary, type ErrorLink } from '../../components/error-summary.js'
import { Fieldset } from '../../components/field.js'
import { Input } from '../../components/input.js'
import { Select, type SelectOption } from '../../components/select.js'
import { Textarea } from '../../components/textarea.js'
import { DefaultPointsField } from './default-points-field.js'

export type RoundFormProps = {
  locale: Locale
  t: Translate<DlaKey>
  csrfToken: string
  fiscalYear: number
  questionnaires: SelectOption[]
  provinces: { code: string; nameTh: string; nameEn: string }[]
  values: {
    nameTh: string
    nameEn: string
    questionnaireId: string
    opensAt: string
    closesAt: string
    scope: string
    provinces: string[]
    organisations: string
  }
  defaultPoints: { checked: boolean; label: string; hint: string }
  errors: Record<string, string>
  errorLinks: ErrorLink[]
}

/** Create a round: names, questionnaire version, window (Bangkok time), and who takes part. */
export function RoundForm(p: RoundFormProps) {
  const { t, values: v, errors: e } = p
  const prefix = t('staff.error.inlinePrefix')
  const fy = p.fiscalYear
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={p.errorLinks} />
      <h1 class="heading-l">{t('dla.rounds.create')}</h1>
      <form method="post" action="/staff/rounds/new" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Input
          id="nameTh"
          label={t('dla.round.field.nameTh')}
          hint={t('dla.round.field.nameHint', { fy })}
          value={v.nameTh}
          error={e.nameTh}
          errorPrefix={prefix}
          width="half"
        />
        <Input
          id="nameEn"
          label={t('dla.round.field.nameEn')}
          value={v.nameEn}
          error={e.nameEn}
          errorPrefix={prefix}
          width="half"
        />
        <Select
          id="questionnaireId"
          label={t('dla.round.field.questionnaire')}
          options={p.questionnaires}
          value={v.questionnaireId}
          error={e.questionnaireId}
          errorPrefix={prefix}
        />
        <Input
          id="opensAt"
          type="datetime-local"
          label={t('dla.round.field.opensAt')}
          hint={t('dla.round.field.timeHint', { fy })}
          value={v.opensAt}
          error={e.opensAt}
          errorPrefix={prefix}
          width="half"
        />
        <Input
          id="closesAt"
          type="datetime-local"
          label={t('dla.round.field.closesAt')}
          hint={t('dla.round.field.timeHint', { fy })}
          value={v.closesAt}
          error={e.closesAt}
          errorPrefix={prefix}
          width="half"
        />
        <Fieldset id="scope" legend={t('dla.round.field.scope')} error={e.scope} errorPrefix={prefix}>
          <Choices
            name="scope"
            type="radio"
            checked={[v.scope]}
            options={[
              { value: 'all', label: t('dla.round.field.scopeAll') },
              { value: 'provinces', label: t('dla.round.field.scopeProvinces') },
              { value: 'organisations', label: t('dla.round.field.scopeOrganisations') },
            ]}
          />
        </Fieldset>
        <details class="field" open={v.scope === 'provinces' || !!e.provinces}>
          <summary>{t('dla.round.field.provincesShow', { n: v.provinces.length })}</summary>
          <Fieldset id="provinces" legend={t('dla.round.field.provinces')} error={e.provinces} errorPrefix={prefix}>
            <Choices
              name="provinces"
              type="checkbox"
              checked={v.provinces}
              options={p.provinces.map((pr) => ({
                value: pr.code,
                label: p.locale === 'en' ? `${pr.nameEn} (${pr.nameTh})` : pr.nameTh,
              }))}
            />
          </Fieldset>
        </details>
        <Textarea
          id="organisations"
          label={t('dla.round.field.organisations')}
          hint={t('dla.round.field.organisationsHint')}
          value={v.organisations}
          error={e.organisations}
          errorPrefix={prefix}
          maxLength={100_000}
        />
        <DefaultPointsField {...p.defaultPoints} />
        <div class="actions">
          <button type="submit" class="button">
            {t('dla.round.submit')}
          </button>
          <a href="/staff/rounds">{t('staff.cancel')}</a>
        </div>
      </form>
    </>
  )
}
