import { Layout } from '../layout.js'
import { ErrorSummary, type ErrorLink } from '../components/error-summary.js'
import { Fieldset } from '../components/field.js'
import { Choices } from '../components/choices.js'
import { Textarea } from '../components/textarea.js'
import { SurveyHeader, type SurveyHeaderProps } from './survey-header.js'
import type { FieldView } from './survey-page.js'
import type { Locale, Translate } from '../../src/i18n/messages.js'

export type LargeStepProps = {
  locale: Locale
  t: Translate
  header: SurveyHeaderProps
  title: string
  /** "ข้อ 3 จาก 13". */
  progress: string
  sectionTitle?: string
  sectionDescription?: string
  /** The short privacy notice, on the first screen only. */
  privacy?: { text: string; href: string }
  fields: FieldView[]
  errors: ErrorLink[]
  action: string
  token: string
  step: number
  /** The other screens' answers, posted along with this one's. */
  carried: { name: string; value: string }[]
  first: boolean
  last: boolean
}

const LARGE_FORM = 'large-step'

/** One question, large: its words are the screen's heading when it is alone; answers one to a line, face and words. */
function LargeField({ field, alone, t }: { field: FieldView; alone: boolean; t: Translate }) {
  const optional = field.required ? '' : ` (${t('survey.optional')})`
  if (field.control === 'textarea') {
    const limit = t('survey.textCount', { max: (field.maxLength ?? 0).toLocaleString('th-TH') })
    return (
      <Textarea
        id={field.id}
        label={`${field.question}${optional}`}
        hint={field.hint ? `${field.hint} ${limit}` : limit}
        error={field.error}
        errorPrefix={t('error.inlinePrefix')}
        value={field.values.join('\n')}
        maxLength={field.maxLength ?? 1000}
      />
    )
  }
  const words = (
    <span data-speak>
      {field.question}
      {optional}
    </span>
  )
  const hint = field.control === 'checkboxes' ? [field.hint, t('survey.selectAny')].filter(Boolean).join(' ') : field.hint
  return (
    <Fieldset
      id={field.id}
      legend={alone ? <h1 class="large__question">{words}</h1> : words}
      hint={hint}
      error={field.error}
      errorPrefix={t('error.inlinePrefix')}
    >
      <Choices
        name={field.id}
        type={field.control === 'radios' ? 'radio' : 'checkbox'}
        options={field.options}
        checked={field.values}
      />
    </Fieldset>
  )
}

/** Large-type mode: one screen of the survey, a plain form that posts every answer so far. */
export function LargeStepPage(p: LargeStepProps) {
  const alone = p.fields.length === 1 && p.fields[0]!.control !== 'textarea'
  const prefix = p.errors.length > 0 ? p.t('error.titlePrefix') : ''
  const nextValue = p.last ? 'send' : 'next'
  const nextText = p.last ? p.t('survey.submit') : p.t('large.next')
  return (
    <Layout locale={p.locale} title={`${prefix}${p.progress} – ${p.title}`} scripts={['/static/large.js']}>
      <div class="large">
        {/* First in tree order, so Enter in a field goes on (or sends), never switches language. */}
        <button
          type="submit"
          form={LARGE_FORM}
          name="_go"
          value={nextValue}
          class="large__default"
          tabindex={-1}
          aria-hidden="true"
        >
          {nextText}
        </button>
        <SurveyHeader {...p.header} langForm={LARGE_FORM} />
        <ErrorSummary title={p.t('error.summaryTitle')} errors={p.errors} />
        <p class="large__progress">{p.progress}</p>
        {alone ? (
          p.sectionTitle && <p class="large__section">{p.sectionTitle}</p>
        ) : (
          <h1 class="large__question">{p.sectionTitle ?? p.title}</h1>
        )}
        {p.sectionDescription && <p class="hint">{p.sectionDescription}</p>}
        <form id={LARGE_FORM} method="post" action={p.action} novalidate>
          <input type="hidden" name="_lang" value={p.locale} />
          <input type="hidden" name="_large" value="1" />
          <input type="hidden" name="_step" value={String(p.step)} />
          {p.carried.map((c) => (
            <input type="hidden" name={c.name} value={c.value} />
          ))}
          <div class="hp" aria-hidden="true">
            <label for="_website">{p.t('survey.honeypot')}</label>
            <input type="text" id="_website" name="_website" tabindex={-1} autocomplete="off" />
          </div>
          {p.fields.map((f) => (
            <LargeField field={f} alone={alone} t={p.t} />
          ))}
          <button type="button" class="button button--secondary large__listen" data-listen hidden>
            {p.t('large.listen')}
          </button>
          <input type="hidden" name="_token" value={p.token} />
          {/* Next first: Enter in a field sends the form with the first button. */}
          <div class="large__nav">
            <button type="submit" class="button" name="_go" value={nextValue}>
              {nextText}
            </button>
            {!p.first && (
              <button type="submit" class="button button--secondary" name="_go" value="back">
                {p.t('large.back')}
              </button>
            )}
          </div>
        </form>
        {p.privacy && (
          <p class="notice">
            {p.privacy.text} <a href={p.privacy.href}>{p.t('survey.privacyMore')}</a>
          </p>
        )}
      </div>
    </Layout>
  )
}
