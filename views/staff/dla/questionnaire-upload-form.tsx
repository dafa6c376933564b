import type { DefinitionError } from '../../../src/domain/questionnaire/definition.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Translate } from '../../../src/i18n/messages.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { Input } from '../../components/input.js'
import { Textarea } from '../../components/textarea.js'

export type QuestionnaireUploadFormProps = {
  t: Translate<DlaKey>
  csrfToken: string
  text: string
  errors: Record<string, string>
  pathErrors: DefinitionError[]
  maxBytes: number
}

/** Upload a JSON definition (file or pasted). Schema errors are listed in full, each with its path. */
export function QuestionnaireUploadForm(p: QuestionnaireUploadFormProps) {
  const { t, errors: e } = p
  const prefix = t('staff.error.inlinePrefix')
  const summary = [
    ...(e.file ? [{ href: '#file', text: e.file }] : []),
    ...(e.definition ? [{ href: '#definition', text: e.definition }] : []),
    ...p.pathErrors.map((err) => ({ href: '#definition', text: `${err.path}: ${err.message}` })),
  ]
  return (
    <>
      <ErrorSummary title={t('staff.error.summaryTitle')} errors={summary} />
      <p>
        <a href="/staff/questionnaires">{t('dla.preview.back')}</a>
      </p>
      <h1 class="heading-l">{t('dla.q.form.title')}</h1>
      <p>{t('dla.q.form.intro')}</p>
      <form method="post" action="/staff/questionnaires/new" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Input
          id="file"
          type="file"
          accept="application/json,.json"
          label={t('dla.q.form.file')}
          hint={t('dla.q.form.fileHint')}
          error={e.file}
          errorPrefix={prefix}
        />
        <Textarea
          id="definition"
          label={t('dla.q.form.text')}
          hint={t('dla.q.form.textHint')}
          value={p.text}
          error={e.definition}
          errorPrefix={prefix}
          maxLength={p.maxBytes}
        />
        <button type="submit" class="button">
          {t('dla.q.form.submit')}
        </button>
      </form>
    </>
  )
}
