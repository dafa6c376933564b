import type { Child } from 'hono/jsx'
import { Layout } from '../layout.js'
import { ErrorSummary, type ErrorLink } from '../components/error-summary.js'
import { Fieldset } from '../components/field.js'
import { Choices, type ChoiceOption, type ChoicesLayout } from '../components/choices.js'
import { Textarea } from '../components/textarea.js'
import { SurveyHeader, type SurveyHeaderProps } from './survey-header.js'
import type { Locale, Translate } from '../../src/i18n/messages.js'

export type FieldView = {
  id: string
  number: number
  control: 'radios' | 'checkboxes' | 'textarea'
  question: string
  hint?: string
  required: boolean
  options: ChoiceOption[]
  /** How radios and checkboxes sit; a list unless the presenter says otherwise. */
  layout?: ChoicesLayout
  values: string[]
  maxLength?: number
  error?: string
}

export type RatingKeyLevel = { face: string; label: string }

export type SectionView = {
  id: string
  title: string
  description?: string
  fields: FieldView[]
  /** What each face means, before the section's questions: the faces stand alone with large text. */
  ratingKey?: RatingKeyLevel[]
  /** Optional questions behind one tap ("show"); open when the resident has answered one or one is wrong. */
  folded?: { open: boolean }
}

export type SurveyPageProps = {
  locale: Locale
  t: Translate
  header: SurveyHeaderProps
  title: string
  intro?: string
  /** The first layer of the privacy notice: one sentence on who collects the answers and why. */
  privacyShort: string
  privacyHref: string
  sections: SectionView[]
  errors: ErrorLink[]
  action: string
  token: string
}

function QuestionLegend({ field, t }: { field: FieldView; t: Translate }) {
  return (
    <>
      <span class="question-number">{t('survey.question', { n: field.number })}</span>{' '}
      <span class="question-text">{field.question}</span>
      {!field.required && <span class="optional"> ({t('survey.optional')})</span>}
    </>
  )
}

function Field({ field, t }: { field: FieldView; t: Translate }) {
  if (field.control === 'textarea') {
    const limit = t('survey.textCount', { max: (field.maxLength ?? 0).toLocaleString('th-TH') })
    return (
      <Textarea
        id={field.id}
        label={`${t('survey.question', { n: field.number })} ${field.question}${field.required ? '' : ` (${t('survey.optional')})`}`}
        hint={field.hint ? `${field.hint} ${limit}` : limit}
        error={field.error}
        errorPrefix={t('error.inlinePrefix')}
        value={field.values.join('\n')}
        maxLength={field.maxLength ?? 1000}
      />
    )
  }
  const hint = field.control === 'checkboxes' ? [field.hint, t('survey.selectAny')].filter(Boolean).join(' ') : field.hint
  return (
    <Fieldset
      id={field.id}
      legend={<QuestionLegend field={field} t={t} />}
      hint={hint}
      error={field.error}
      errorPrefix={t('error.inlinePrefix')}
    >
      <Choices
        name={field.id}
        type={field.control === 'radios' ? 'radio' : 'checkbox'}
        options={field.options}
        checked={field.values}
        layout={field.layout}
      />
    </Fieldset>
  )
}

function Fields({ fields, t }: { fields: FieldView[]; t: Translate }) {
  return (
    <>
      {fields.map((f) => (
        <Field field={f} t={t} />
      ))}
    </>
  )
}

/**
 * Questions behind one tap, without JavaScript: a checkbox that names no field (so it is never
 * posted) shows what follows it. An open fold has no switch; its questions are simply there.
 */
function Fold(p: { id: string; open: boolean; label: string; children: Child }) {
  if (p.open) return <div class="fold">{p.children}</div>
  return (
    <div class="fold">
      <input type="checkbox" class="fold__switch" id={p.id} />
      <label class="fold__show" for={p.id}>
        {p.label}
      </label>
      <div class="fold__body">{p.children}</div>
    </div>
  )
}

/** Seen only where the rating faces stand alone; each radio is still named by its words. */
function RatingKey({ levels }: { levels: RatingKeyLevel[] }) {
  return (
    <p class="rating-key" aria-hidden="true">
      {levels.map((l) => (
        <span class="rating-key__level">
          <span class="choice__face">{l.face}</span> {l.label}
        </span>
      ))}
    </p>
  )
}

export function SurveyPage(p: SurveyPageProps) {
  const title = p.errors.length > 0 ? `${p.t('error.titlePrefix')}${p.title}` : p.title
  return (
    <Layout locale={p.locale} title={`${title} – ${p.header.organisationName}`} scripts={['/static/survey.js']}>
      <SurveyHeader {...p.header} />
      <ErrorSummary title={p.t('error.summaryTitle')} errors={p.errors} />
      <h1 class="heading-l">{p.title}</h1>
      {p.intro && <p class="survey-intro">{p.intro}</p>}
      <p class="notice survey-notice">
        {p.privacyShort} <a href={p.privacyHref}>{p.t('survey.privacyMore')}</a>
      </p>
      <form method="post" action={p.action} novalidate data-survey-form>
        <input type="hidden" name="_lang" value={p.locale} />
        <div class="hp" aria-hidden="true">
          <label for="_website">{p.t('survey.honeypot')}</label>
          <input type="text" id="_website" name="_website" tabindex={-1} autocomplete="off" />
        </div>
        {p.sections.map((s) => (
          <section class="section" aria-labelledby={`section-${s.id}`}>
            <h2 class="heading-m" id={`section-${s.id}`}>
              {s.title}
            </h2>
            {s.description && <p class="hint">{s.description}</p>}
            {s.ratingKey && <RatingKey levels={s.ratingKey} />}
            {s.folded ? (
              <Fold id={`show-${s.id}`} open={s.folded.open} label={p.t('survey.showOptional', { n: s.fields.length })}>
                <Fields fields={s.fields} t={p.t} />
              </Fold>
            ) : (
              <Fields fields={s.fields} t={p.t} />
            )}
          </section>
        ))}
        {/* Last in the page on purpose: the cached page is split at the token (see page-cache.ts). */}
        <input type="hidden" name="_token" value={p.token} />
        <button type="submit" class="button" data-submitting-text={p.t('survey.submitting')}>
          {p.t('survey.submit')}
        </button>
      </form>
    </Layout>
  )
}
