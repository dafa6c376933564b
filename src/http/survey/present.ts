/**
 * Turns a questionnaire definition plus what the resident entered into the plain
 * props the survey view renders. All wording choices live here, not in the view.
 */
import { organisationDisplayName } from '../../domain/organisation-types.js'
import { allowedValues, visibleItems, type AnswerError, type FormValues } from '../../domain/questionnaire/answers.js'
import { allItems, type Definition, type Item, type Localized } from '../../domain/questionnaire/definition.js'
import { noticeText } from '../../domain/questionnaire/notice.js'
import { isOptionalGroup } from '../../domain/questionnaire/steps.js'
import type { Locale, MessageKey, Translate } from '../../i18n/messages.js'
import type { ServiceOption, SurveyPoint } from '../../db/queries/survey.js'
import type { ErrorLink } from '../../../views/components/error-summary.js'
import type { FieldView, SectionView, SurveyPageProps } from '../../../views/survey/survey-page.js'
import type { SurveyHeaderProps } from '../../../views/survey/survey-header.js'
import { otherLocale } from '../locale.js'

export const surveyPath = (code: string) => `/s/${code}`
/** The survey one question at a time in large type. */
export const largeTypePath = (code: string) => `/s/${code}?large=1`

export function organisationName(point: SurveyPoint, locale: Locale): string {
  return organisationDisplayName(point.organisationType, point.organisationNameTh, locale)
}

export function presentHeader(point: SurveyPoint, locale: Locale, t: Translate, path: string): SurveyHeaderProps {
  const other = otherLocale(locale)
  return {
    organisationName: organisationName(point, locale),
    servicePointLabel: t('survey.servicePoint'),
    servicePointName: locale === 'en' && point.nameEn ? point.nameEn : point.nameTh,
    langHref: `${path}?lang=${other}`,
    langText: t('lang.switch'),
    langLabel: t('lang.switchLabel'),
    langCode: other,
    large: { href: largeTypePath(point.code), text: t('large.on') },
  }
}

/** The privacy notice's page: the questionnaire's short notice first, then its full paragraphs, the organisation named. */
export function presentPrivacy(
  definition: Definition,
  point: SurveyPoint,
  locale: Locale,
  t: Translate,
  retentionFiscalYears: number,
) {
  const organisation = organisationName(point, locale)
  const named = (text: Localized) => noticeText(text[locale], { organisation, retentionFiscalYears })
  return {
    locale,
    title: t('privacy.title'),
    organisationName: organisation,
    summary: named(definition.privacy.summary),
    paragraphs: definition.privacy.full.map(named),
    backText: t('privacy.back'),
  }
}

export function errorText(error: AnswerError, item: Item | undefined, t: Translate): string {
  if (error.code === 'too_long') return t('error.tooLong', { max: error.maxLength ?? 0, length: error.length ?? 0 })
  if (error.code === 'not_an_option') return t('error.notAnOption')
  if (item?.kind === 'multiple') return t('error.requiredMultiple')
  if (item?.kind === 'text') return t('error.requiredText')
  return t('error.required')
}

/**
 * What each face means, shown once before the first rating where the faces stand alone (large
 * text): only when every rating on the form uses one scale whose levels all have a face.
 */
function ratingKeyOf(definition: Definition, visible: ReadonlySet<string>, pick: (text: Localized) => string) {
  const scales = new Set(allItems(definition).flatMap((i) => (i.kind === 'rating' && visible.has(i.id) ? [i.scale] : [])))
  const only = scales.size === 1 ? definition.scales[[...scales][0]!] : undefined
  if (!only || !only.levels.every((l) => l.face)) return undefined
  return only.levels.map((l) => ({ face: l.face!, label: pick(l.label) }))
}

type PresentInput = {
  point: SurveyPoint
  definition: Definition
  services: ServiceOption[]
  locale: Locale
  t: Translate
  token: string
  values?: FormValues
  errors?: AnswerError[]
  formError?: MessageKey
}

export function presentSurvey(input: PresentInput): SurveyPageProps {
  const { point, definition, services, locale, t } = input
  const pick = (text: Localized) => text[locale]
  const ctx = { services }
  const visible = new Set(visibleItems(definition, ctx).map((i) => i.id))
  const errorsById = new Map((input.errors ?? []).map((e) => [e.itemId, e]))
  const path = surveyPath(point.code)
  const orgName = organisationName(point, locale)
  let number = 0

  const ratingKey = ratingKeyOf(definition, visible, pick)

  const field = (item: Item): FieldView => {
    number += 1
    const error = errorsById.get(item.id)
    const given = input.values?.[item.id]
    const base = {
      id: item.id,
      number,
      question: pick(item.text),
      hint: item.hint && pick(item.hint),
      required: item.required,
      error: error && errorText(error, item, t),
    }
    if (item.kind === 'text') return { ...base, control: 'textarea', options: [], values: given ?? [], maxLength: item.maxLength }
    const options =
      item.kind === 'rating'
        ? (allowedValues(item, definition, ctx) ?? []).map((value) => {
            const level = definition.scales[item.scale]?.levels.find((l) => String(l.value) === value)
            const label = level
              ? pick(level.label)
              : pick(definition.scales[item.scale]?.notApplicableLabel ?? { th: '-', en: '-' })
            return { value, label, face: level?.face }
          })
        : item.kind === 'service'
          ? services.map((s) => ({ value: String(s.id), label: locale === 'en' && s.nameEn ? s.nameEn : s.nameTh }))
          : item.options.map((o) => ({ value: o.value, label: pick(o.label) }))
    // A point with one service has nothing to choose: preselect it on a fresh form.
    const preselected = item.kind === 'service' && services.length === 1 && !input.values ? [String(services[0]!.id)] : []
    // A rating scale's levels fit side by side; other answers sit as many to a line as fit.
    const layout = item.kind !== 'rating' ? 'wrap' : ratingKey ? 'faces' : 'scale'
    return { ...base, control: item.kind === 'multiple' ? 'checkboxes' : 'radios', options, layout, values: given ?? preselected }
  }

  const sections: SectionView[] = definition.sections
    .map((s) => ({
      id: s.id,
      title: pick(s.title),
      description: s.description && pick(s.description),
      fields: s.items.filter((i) => visible.has(i.id)).map(field),
      folded: isOptionalGroup(s.items)
        ? { open: s.items.some((i) => errorsById.has(i.id) || input.values?.[i.id]?.length) }
        : undefined,
    }))
    .filter((s) => s.fields.length > 0)
  const firstRated = sections.find((s) => s.fields.some((f) => f.layout === 'faces'))
  if (firstRated) firstRated.ratingKey = ratingKey

  const fieldsById = new Map(sections.flatMap((s) => s.fields).map((f) => [f.id, f]))
  const errors: ErrorLink[] = [
    ...(input.formError ? [{ href: '', text: t(input.formError) }] : []),
    ...(input.errors ?? []).map((e) => {
      const f = fieldsById.get(e.itemId)
      return { href: `#${e.itemId}`, text: `${t('survey.question', { n: f?.number ?? '' })}: ${f?.error ?? ''}` }
    }),
  ]

  return {
    locale,
    t,
    header: presentHeader(point, locale, t, path),
    title: pick(definition.title),
    intro: definition.intro && pick(definition.intro),
    privacyShort: t('survey.privacyShort', { organisation: orgName }),
    privacyHref: `${path}/privacy`,
    sections,
    errors,
    action: path,
    token: input.token,
  }
}
