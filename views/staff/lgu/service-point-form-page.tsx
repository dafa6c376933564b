import type { Translate } from '../../../src/i18n/messages.js'
import type { LguMessageKey } from '../../../src/i18n/staff/lgu.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { PostButton } from '../../components/post-button.js'
import { Textarea } from '../../components/textarea.js'
import { OpeningHoursFieldset, type OpeningHoursFieldsetProps } from './opening-hours-fieldset.js'

export type ServicePointFormPageProps = {
  t: Translate<LguMessageKey>
  title: string
  organisationName: string
  csrfToken: string
  values: { nameTh: string; nameEn: string; department: string; services: string }
  /** Translated messages by field name, in the order the fields appear. */
  errors: Record<string, string>
  /** Its time fields carry their own errors; they follow the services in the summary. */
  openingHours: OpeningHoursFieldsetProps
  summaryTitle: string
  errorPrefix: string
  submit: string
  cancelHref: string
  servicesMaxLength: number
  /** Edit only: the public code, services no longer offered, and the open/close button. */
  edit?: { code: string; removedServices: string[]; active: boolean; toggleAction: string }
}

const FIELDS = ['nameTh', 'nameEn', 'department', 'services'] as const

/** Add or edit a service point: GOV.UK form, errors summarised above and repeated inline. */
export function ServicePointFormPage(p: ServicePointFormPageProps) {
  const { t, errors } = p
  const hourErrors = p.openingHours.rows.flatMap((r) =>
    r.periods
      .flatMap(({ from, to }) => [from, to])
      .flatMap((f) => (f.error ? [{ href: `#${f.id}`, text: errors[f.id] ?? f.error }] : [])),
  )
  const links = [...FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errors[f]! })), ...hourErrors]
  const common = { errorPrefix: p.errorPrefix }
  return (
    <>
      <ErrorSummary title={p.summaryTitle} errors={links} />
      <p class="hint">{p.organisationName}</p>
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.edit ? t('lgu.form.codeNote', { code: p.edit.code }) : t('lgu.form.newCodeNote')}</p>
      <form method="post" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Input
          id="nameTh"
          label={t('lgu.form.nameTh')}
          hint={t('lgu.form.nameThHint')}
          value={p.values.nameTh}
          error={errors.nameTh}
          {...common}
        />
        <Input id="nameEn" label={t('lgu.form.nameEn')} value={p.values.nameEn} error={errors.nameEn} {...common} />
        <Input
          id="department"
          label={t('lgu.form.department')}
          value={p.values.department}
          error={errors.department}
          width="half"
          {...common}
        />
        <Textarea
          id="services"
          label={t('lgu.form.services')}
          hint={t('lgu.form.servicesHint')}
          value={p.values.services}
          error={errors.services}
          maxLength={p.servicesMaxLength}
          {...common}
        />
        {p.edit && p.edit.removedServices.length > 0 && (
          <p class="hint">{t('lgu.form.removedServices', { names: p.edit.removedServices.join(', ') })}</p>
        )}
        <OpeningHoursFieldset {...p.openingHours} />
        <div class="actions">
          <button type="submit" class="button">
            {p.submit}
          </button>
          <a href={p.cancelHref}>{t('lgu.form.cancel')}</a>
        </div>
      </form>
      {p.edit && (
        <section aria-labelledby="status-title">
          <h2 class="heading-m" id="status-title">
            {t('lgu.status.title')}
          </h2>
          <p>{t(p.edit.active ? 'lgu.status.activeBody' : 'lgu.status.inactiveBody')}</p>
          <PostButton
            action={p.edit.toggleAction}
            csrfToken={p.csrfToken}
            label={t(p.edit.active ? 'lgu.status.deactivate' : 'lgu.status.reactivate')}
            variant={p.edit.active ? 'warning' : 'secondary'}
          />
        </section>
      )}
    </>
  )
}
