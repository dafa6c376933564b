/**
 * Reads and checks the "create a round" form. Every problem is found in one pass,
 * so the error summary lists them all; the messages are already in the page's
 * language, the same text in the summary and beside the field.
 */
import { isShowableName } from '../../../domain/names.js'
import { ROUND_SCOPES, type RoundScope } from '../../../domain/round-scopes.js'
import type { NewRound } from '../../../db/queries/rounds.js'
import type { DlaKey } from '../../../i18n/staff/dla.js'
import type { Translate } from '../../../i18n/messages.js'
import { field, fieldList, type FormBody } from './common.js'
import { parseBangkokLocal } from '../../../domain/thai-time.js'

export const ROUND_FIELDS = [
  'nameTh',
  'nameEn',
  'questionnaireId',
  'opensAt',
  'closesAt',
  'scope',
  'provinces',
  'organisations',
] as const

export type RoundFormValues = {
  nameTh: string
  nameEn: string
  questionnaireId: string
  opensAt: string
  closesAt: string
  scope: string
  provinces: string[]
  organisations: string
  /** Give the round's organisations without an open service point a default one. */
  defaultPoints: boolean
}

export function readRoundForm(body: FormBody): RoundFormValues {
  return {
    nameTh: field(body, 'nameTh').trim(),
    nameEn: field(body, 'nameEn').trim(),
    questionnaireId: field(body, 'questionnaireId'),
    opensAt: field(body, 'opensAt'),
    closesAt: field(body, 'closesAt'),
    scope: field(body, 'scope'),
    provinces: fieldList(body, 'provinces'),
    organisations: field(body, 'organisations'),
    defaultPoints: field(body, 'defaultPoints') === 'on',
  }
}

/** What the checks need from the database. */
export type RoundChecks = {
  isPublishedQuestionnaire(id: number): boolean
  provinceCodes: ReadonlySet<string>
  organisationIdsByCode(codes: string[]): Map<string, number>
}

const DLA_CODE = /^\d{7}$/

/** One code per line (commas and spaces also separate), each with the line it came from. */
export function codesByLine(text: string): { line: number; code: string }[] {
  return text.split(/\r?\n/).flatMap((row, i) =>
    row
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((code) => ({ line: i + 1, code })),
  )
}

export function validateRoundForm(
  v: RoundFormValues,
  checks: RoundChecks,
  t: Translate<DlaKey>,
): { ok: true; round: NewRound } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  if (!v.nameTh) errors.nameTh = t('dla.round.error.nameTh')
  else if (v.nameTh.length > 200) errors.nameTh = t('dla.round.error.nameTooLong')
  else if (!isShowableName(v.nameTh)) errors.nameTh = t('dla.round.error.nameInvisible')
  if (!v.nameEn) errors.nameEn = t('dla.round.error.nameEn')
  else if (v.nameEn.length > 200) errors.nameEn = t('dla.round.error.nameTooLong')
  else if (!isShowableName(v.nameEn)) errors.nameEn = t('dla.round.error.nameInvisible')

  const questionnaireId = /^\d{1,10}$/.test(v.questionnaireId) ? Number(v.questionnaireId) : 0
  if (!questionnaireId || !checks.isPublishedQuestionnaire(questionnaireId))
    errors.questionnaireId = t('dla.round.error.questionnaire')

  const opensAt = parseBangkokLocal(v.opensAt)
  const closesAt = parseBangkokLocal(v.closesAt)
  if (!opensAt) errors.opensAt = t('dla.round.error.opensAt')
  if (!closesAt) errors.closesAt = t('dla.round.error.closesAt')
  else if (opensAt && closesAt <= opensAt) errors.closesAt = t('dla.round.error.closesBeforeOpens')

  const scope = (ROUND_SCOPES as readonly string[]).includes(v.scope) ? (v.scope as RoundScope) : undefined
  if (!scope) errors.scope = t('dla.round.error.scope')

  const provinceCodes = [...new Set(v.provinces.filter((code) => checks.provinceCodes.has(code)))]
  if (scope === 'provinces' && provinceCodes.length === 0) errors.provinces = t('dla.round.error.provinces')

  let organisationIds: number[] = []
  if (scope === 'organisations') {
    const listed = codesByLine(v.organisations)
    const known = checks.organisationIdsByCode(listed.map((l) => l.code).filter((code) => DLA_CODE.test(code)))
    const problems = listed.flatMap(({ line, code }) =>
      !DLA_CODE.test(code)
        ? [t('dla.round.error.badCode', { line, code })]
        : known.has(code)
          ? []
          : [t('dla.round.error.unknownCode', { line, code })],
    )
    if (listed.length === 0) errors.organisations = t('dla.round.error.organisations')
    else if (problems.length > 0) errors.organisations = t('dla.round.error.badCodes', { list: problems.join('; ') })
    organisationIds = [...new Set(known.values())]
  }

  if (Object.keys(errors).length > 0 || !opensAt || !closesAt || !scope) return { ok: false, errors }
  return {
    ok: true,
    round: {
      nameTh: v.nameTh,
      nameEn: v.nameEn,
      questionnaireId,
      opensAt,
      closesAt,
      scope,
      provinceCodes: scope === 'provinces' ? provinceCodes : [],
      organisationIds,
    },
  }
}
