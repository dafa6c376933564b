/**
 * Large-type mode's screen: the question(s) of one step as the full form words them (reusing
 * `presentSurvey`, so answers, faces and errors read the same), the progress line, and the
 * other steps' answers as hidden fields.
 */
import { carriedAnswers, stepErrors, stepProgress, surveySteps } from '../../domain/questionnaire/steps.js'
import type { Locale, Translate } from '../../i18n/messages.js'
import type { ServiceOption, SurveyPoint } from '../../db/queries/survey.js'
import type { Definition } from '../../domain/questionnaire/definition.js'
import type { LargeStepProps } from '../../../views/survey/large-step-page.js'
import type { LargeStepView } from './large-step.js'
import { largeTypePath, presentSurvey, surveyPath } from './present.js'

type LargeInput = {
  point: SurveyPoint
  definition: Definition
  services: ServiceOption[]
  locale: Locale
  t: Translate
  token: string
  view: LargeStepView
}

export function presentLargeStep({ view, ...input }: LargeInput): LargeStepProps {
  const { t, locale, point } = input
  const steps = surveySteps(input.definition, input)
  const step = steps[view.index]
  const errors = step ? stepErrors(step, view.errors ?? []) : []
  const full = presentSurvey({ ...input, values: view.values, errors })
  const here = new Set(step?.items.map((i) => i.id))
  const section = full.sections.find((s) => s.fields.some((f) => here.has(f.id)))
  const fields = (section?.fields ?? []).filter((f) => here.has(f.id)).map((f) => ({ ...f, layout: 'list' as const }))
  const progress = stepProgress(view.index, steps.length)
  const path = surveyPath(point.code)
  return {
    locale,
    t,
    header: {
      ...full.header,
      langHref: `${largeTypePath(point.code)}&lang=${full.header.langCode}`,
      large: { href: path, text: t('large.off') },
    },
    title: full.title,
    progress: t('large.progress', { n: progress.number, total: progress.total }),
    sectionTitle: section?.title,
    sectionDescription: section?.description,
    privacy: progress.first ? { text: full.privacyShort, href: full.privacyHref } : undefined,
    fields,
    // Named by the question itself: the full form's question numbers mean nothing one screen at a time.
    errors: [
      ...(view.formError ? [{ href: '', text: t(view.formError) }] : []),
      ...fields.flatMap((f) =>
        f.error ? [{ href: `#${f.id}`, text: fields.length > 1 ? `${f.question}: ${f.error}` : f.error }] : [],
      ),
    ],
    action: path,
    token: input.token,
    step: view.index,
    carried: carriedAnswers(steps, view.index, view.values ?? {}),
    first: progress.first,
    last: progress.last,
  }
}
