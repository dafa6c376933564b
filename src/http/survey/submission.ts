/**
 * What a survey POST comes to, decided before anything is stored: the rules the
 * survey route and the Node-level path (`accept-submission.ts`) share. The survey
 * must be open, the token genuine and for this round, the fields the form's own,
 * the answers complete; a bot that filled the hidden field is let go quietly.
 */
import { parseAnswers, type Answer, type AnswerError, type FormValues } from '../../domain/questionnaire/answers.js'
import type { NewResponse } from '../../db/queries/responses.js'
import type { Locale, MessageKey } from '../../i18n/messages.js'
import type { FormTokens } from '../../security/form-token.js'
import { unexpectedFields, type SurveyForm } from './form-body.js'
import { formShape } from './form-shape.js'
import type { OpenSurvey, SurveyLoader, SurveyState } from './load-survey.js'

/** What a form shown again carries: the resident's answers, the errors, and when the form was first shown. */
export type Rerender = { values?: FormValues; errors?: AnswerError[]; formError?: MessageKey; firstShownAt?: number }

export type SubmissionDecision =
  /** The survey is not open; `closedRound` names the round the form was for, when it has closed since. */
  | { kind: 'closed'; state: Exclude<SurveyState, { kind: 'open' }>; closedRound?: { nameTh: string; nameEn: string } }
  | { kind: 'bot' }
  | { kind: 'again'; survey: OpenSurvey; status: 400 | 422; again: Rerender }
  | { kind: 'valid'; survey: OpenSurvey; submissionId: string; firstShownAt: number; answers: Answer[]; serviceId: number | null; values: FormValues }

export type SubmissionDeps = { loader: SurveyLoader; tokens: FormTokens }

export function decideSubmission({ loader, tokens }: SubmissionDeps, code: string, form: SurveyForm, now: number): SubmissionDecision {
  const state = loader.load(code, now)
  const checked = tokens.verify(form.token, now)
  if (state.kind !== 'open') {
    const round = checked.ok && state.kind === 'no_round' ? loader.roundById(checked.token.roundId) : undefined
    return { kind: 'closed', state, closedRound: round }
  }
  if (form.honeypot) return { kind: 'bot' }

  const parsed = parseAnswers(state.definition, state, form.fields)
  const again = (status: 400 | 422, rest: Rerender): SubmissionDecision => ({ kind: 'again', survey: state, status, again: { values: parsed.values, ...rest } })
  if (!checked.ok) return again(400, { formError: checked.reason === 'expired' ? 'error.form.expired' : 'error.form.invalid' })
  const firstShownAt = checked.token.issuedAt
  if (checked.token.roundId !== state.round.id) return again(400, { formError: 'error.form.roundChanged' })
  if (unexpectedFields(form.fields, formShape(state).fieldNames).length > 0) return again(400, { formError: 'error.form.unknownField', firstShownAt })
  if (!parsed.ok) return again(422, { errors: parsed.errors, firstShownAt })
  return { kind: 'valid', survey: state, submissionId: checked.token.submissionId, firstShownAt, answers: parsed.answers, serviceId: parsed.serviceId, values: parsed.values }
}

/** The response to store for a valid submission; flagged when it repeats today's at this point, or came back too fast to be read. */
export function responseOf(
  valid: Extract<SubmissionDecision, { kind: 'valid' }>,
  how: { now: number; locale: Locale; kiosk: boolean; repeat: boolean; minFillSeconds: number },
): NewResponse {
  const { survey } = valid
  const tooFast = how.now - valid.firstShownAt < how.minFillSeconds * 1000
  return {
    submissionId: valid.submissionId,
    roundId: survey.round.id,
    organisationId: survey.point.organisationId,
    servicePointId: survey.point.id,
    serviceId: valid.serviceId,
    submittedAt: how.now,
    locale: how.locale,
    channel: how.kiosk ? 'kiosk' : 'web',
    flagReason: how.repeat ? 'repeat' : tooFast ? 'too_fast' : null,
    answers: valid.answers,
  }
}
