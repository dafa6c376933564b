import type { Translate } from '../../../src/i18n/messages.js'
import type { ActionsMessageKey } from '../../../src/i18n/staff/actions.js'
import { Choices } from '../../components/choices.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Fieldset } from '../../components/field.js'
import { Input } from '../../components/input.js'
import { Select, type SelectOption } from '../../components/select.js'
import { Textarea } from '../../components/textarea.js'

export type ActionFormPageProps = {
  t: Translate<ActionsMessageKey>
  title: string
  organisationName: string
  csrfToken: string
  values: {
    points: string[]
    topic: string
    residentsSaid: string
    changed: string
    status: string
    plannedOn: string
    startedOn: string
    doneOn: string
  }
  points: SelectOption[]
  topics: SelectOption[]
  statuses: SelectOption[]
  /** Translated messages by field name. */
  errors: Record<string, string>
  summaryTitle: string
  errorPrefix: string
  submit: string
  cancelHref: string
  limits: { said: number; changed: number; photoMegabytes: number }
  /** Edit only, when the action has a photo. */
  photo?: { src: string }
}

const FIELDS = ['points', 'topic', 'residentsSaid', 'changed', 'status', 'plannedOn', 'startedOn', 'doneOn', 'photo'] as const

/** Record or edit a "you said, we did" action: a multipart form, so a photo can come with it. */
export function ActionFormPage(p: ActionFormPageProps) {
  const { t, errors } = p
  const links = FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errors[f]! }))
  const common = { errorPrefix: p.errorPrefix }
  const hasErrors = links.length > 0
  return (
    <>
      <ErrorSummary title={p.summaryTitle} errors={links} />
      <p class="hint">{p.organisationName}</p>
      <h1 class="heading-l">{p.title}</h1>
      <form method="post" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Fieldset
          id="points"
          legend={t('actions.form.points')}
          hint={t('actions.form.pointsHint')}
          error={errors.points}
          {...common}
        >
          <Choices name="points" type="checkbox" options={p.points} checked={p.values.points} />
        </Fieldset>
        <Select
          id="topic"
          label={t('actions.form.topic')}
          options={[{ value: '', label: t('actions.form.topicNone') }, ...p.topics]}
          value={p.values.topic}
          error={errors.topic}
          {...common}
        />
        <Textarea
          id="residentsSaid"
          label={t('actions.form.said')}
          hint={t('actions.form.saidHint')}
          value={p.values.residentsSaid}
          error={errors.residentsSaid}
          maxLength={p.limits.said}
          {...common}
        />
        <Textarea
          id="changed"
          label={t('actions.form.changed')}
          value={p.values.changed}
          error={errors.changed}
          maxLength={p.limits.changed}
          {...common}
        />
        <Fieldset id="status" legend={t('actions.form.status')} error={errors.status} {...common}>
          <Choices name="status" type="radio" options={p.statuses} checked={[p.values.status]} />
        </Fieldset>
        <Input
          id="plannedOn"
          type="date"
          label={t('actions.form.plannedOn')}
          value={p.values.plannedOn}
          error={errors.plannedOn}
          width="short"
          {...common}
        />
        <Input
          id="startedOn"
          type="date"
          label={t('actions.form.startedOn')}
          value={p.values.startedOn}
          error={errors.startedOn}
          width="short"
          {...common}
        />
        <Input
          id="doneOn"
          type="date"
          label={t('actions.form.doneOn')}
          value={p.values.doneOn}
          error={errors.doneOn}
          width="short"
          {...common}
        />
        {p.photo && (
          <div class="field">
            <p class="label">{t('actions.form.photoCurrent')}</p>
            <img src={p.photo.src} alt={t('actions.form.photoCurrent')} width={240} loading="lazy" />
            <div class="choices">
              <div class="choice">
                <input class="choice__input" type="checkbox" id="removePhoto" name="removePhoto" value="on" />
                <label class="choice__label" for="removePhoto">
                  <span class="choice__text">{t('actions.form.photoRemove')}</span>
                </label>
              </div>
            </div>
          </div>
        )}
        <Input
          id="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
          label={t('actions.form.photo')}
          hint={`${t('actions.form.photoHint', { max: p.limits.photoMegabytes })}${hasErrors ? ` ${t('actions.form.photoAgain')}` : ''}`}
          error={errors.photo}
          {...common}
        />
        <div class="actions">
          <button type="submit" class="button">
            {p.submit}
          </button>
          <a href={p.cancelHref}>{t('actions.form.cancel')}</a>
        </div>
      </form>
    </>
  )
}
