/**
 * What a survey POST comes to, decided before anything is stored (`submit.ts`
 * then answers it), and how a valid one is stored. The survey must be open,
 * the token genuine and for this round and this service point, the fields the
 * form's own, the answers complete; a bot that filled the hidden field is let
 * go quietly.
 */
import { parseAnswers, type Answer, type AnswerError, type FormValues } from '../../domain/questionnaire/answers.js'
import type { NewResponse, WriteOutcome } from '../../db/queries/responses.js'
import { bangkokDay } from '../../domain/thai-time.js'
import type { Locale, MessageKey } from '../../i18n/messages.js'
import type { FormTokens } from '../../security/form-token.js'
import { unexpectedFields, type SurveyForm } from './form-body.js'
import { formShape } from './form-shape.js'
import type { OpenSurvey, SurveyLoader, SurveyState } from './load-survey.js'
import { answeredCookie, answeredToday } from './repeat-cookie.js'
import type { AnomalyWatch } from './anomaly-watch.js'

/** What a form shown again carries: the resident's answers, the errors, and when the form was first shown. */
export type Rerender = { values?: FormValues; errors?: AnswerError[]; formError?: MessageKey; firstShownAt?: number }

export type SubmissionDecision =
  /** The survey is not open; `closedRound` names the round the form was for, when it has closed (or been finalised) since. */
  | {
      kind: 'closed'
      state: Exclude<SurveyState, { kind: 'open' }>
      closedRound?: { nameTh: string; nameEn: string; finalisedAt: number | null }
    }
  | { kind: 'bot' }
  | { kind: 'again'; survey: OpenSurvey; status: 400 | 422; again: Rerender }
  | {
      kind: 'valid'
      survey: OpenSurvey
      submissionId: string
      firstShownAt: number
      answers: Answer[]
      serviceId: number | null
      values: FormValues
    }

export type SubmissionDeps = { loader: SurveyLoader; tokens: FormTokens }

export function decideSubmission(
  { loader, tokens }: SubmissionDeps,
  code: string,
  form: SurveyForm,
  now: number,
): SubmissionDecision {
  const state = loader.load(code, now)
  if (state.kind !== 'open') {
    const closed = state.kind === 'no_round' ? tokens.verify(form.token, now, state.point.id) : undefined
    const round = closed?.ok ? loader.roundById(closed.token.roundId) : undefined
    return { kind: 'closed', state, closedRound: round }
  }
  if (form.honeypot) return { kind: 'bot' }
  const checked = tokens.verify(form.token, now, state.point.id)

  const parsed = parseAnswers(state.definition, state, form.fields)
  const again = (status: 400 | 422, rest: Rerender): SubmissionDecision => ({
    kind: 'again',
    survey: state,
    status,
    again: { values: parsed.values, ...rest },
  })
  if (!checked.ok) return again(400, { formError: checked.reason === 'expired' ? 'error.form.expired' : 'error.form.invalid' })
  const firstShownAt = checked.token.issuedAt
  if (checked.token.roundId !== state.round.id) return again(400, { formError: 'error.form.roundChanged' })
  if (unexpectedFields(form.fields, formShape(state).fieldNames).length > 0)
    return again(400, { formError: 'error.form.unknownField', firstShownAt })
  if (!parsed.ok) return again(422, { errors: parsed.errors, firstShownAt })
  return {
    kind: 'valid',
    survey: state,
    submissionId: checked.token.submissionId,
    firstShownAt,
    answers: parsed.answers,
    serviceId: parsed.serviceId,
    values: parsed.values,
  }
}

export type ValidSubmission = Extract<SubmissionDecision, { kind: 'valid' }>

export type StoreDeps = {
  submit: (response: NewResponse) => Promise<WriteOutcome>
  minFillSeconds: number
  anomalies: AnomalyWatch
  /** The site is served over HTTPS: the cookie is Secure. */
  secureCookies: boolean
}

/**
 * Stores a valid submission, once it is on disk; throws when it could not be
 * stored. It is flagged when the phone's cookie says it answered this point
 * today (a kiosk, serving many residents, never repeats), when it came back
 * too fast to have been read, or when an anomaly rule says so (`anomaly-watch.ts`). Gives the `Set-Cookie` value that remembers the
 * answer on the phone, none for a kiosk.
 */
export async function storeSubmission(
  deps: StoreDeps,
  valid: ValidSubmission,
  how: { code: string; now: number; locale: Locale; kioskId: number | undefined; cookie: string | undefined },
): Promise<string | undefined> {
  const { survey } = valid
  const kiosk = how.kioskId !== undefined
  const day = bangkokDay(how.now)
  const flagReason = deps.anomalies.flagFor({
    now: how.now,
    point: survey.point,
    round: survey.round,
    kioskId: how.kioskId,
    answers: valid.answers,
    serviceId: valid.serviceId,
    repeat: !kiosk && answeredToday(how.cookie, how.code, day),
    tooFast: how.now - valid.firstShownAt < deps.minFillSeconds * 1000,
  })
  await deps.submit({
    submissionId: valid.submissionId,
    roundId: survey.round.id,
    organisationId: survey.point.organisationId,
    servicePointId: survey.point.id,
    serviceId: valid.serviceId,
    submittedAt: how.now,
    locale: how.locale,
    channel: kiosk ? 'kiosk' : 'web',
    flagReason,
    answers: valid.answers,
  })
  return kiosk ? undefined : answeredCookie(how.cookie, how.code, day, deps.secureCookies)
}
