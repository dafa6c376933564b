/**
 * The default service point step of creating a round: the form's checkbox, the
 * summary shown before the round is created (how many organisations will get a
 * point), and giving them the points with the round, audited.
 */
import type { Db } from '../../../db/client.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { countDefaultPoints, createDefaultServicePoints } from '../../../db/queries/default-service-points.js'
import type { NewRound } from '../../../db/queries/rounds.js'
import { DEFAULT_POINTS_THRESHOLD, DEFAULT_SERVICE_POINT, defaultPointsSuggested } from '../../../domain/default-service-point.js'
import { pointUploadTranslator } from '../../../i18n/staff/point-upload.js'
import { RoundConfirmPage } from '../../../../views/staff/dla/round-confirm.js'
import { staffOf, type StaffContext } from '../context.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { dlaWords, field, type FormBody } from './common.js'
import type { RoundFormValues } from './round-form.js'

/** Which button of the summary was pressed: create the round, or go back to the form. */
export function roundFormStep(body: FormBody): 'confirm' | 'edit' | undefined {
  const step = field(body, 'step')
  return step === 'confirm' || step === 'edit' ? step : undefined
}

/** The form starts ticked when its first choice, every organisation, is more than a handful. */
export function suggestDefaultPoints(db: Db): boolean {
  return defaultPointsSuggested(countDefaultPoints(db, { scope: 'all', provinceCodes: [], organisationIds: [] }).covered)
}

/** The checkbox's words and state, for the round form. */
export function defaultPointsField(c: StaffContext, checked: boolean) {
  const t = pointUploadTranslator(staffLocale(c))
  const name = staffLocale(c) === 'en' ? DEFAULT_SERVICE_POINT.nameEn : DEFAULT_SERVICE_POINT.nameTh
  return {
    checked,
    label: t('points.defaults.label'),
    hint: t('points.defaults.hint', { name, threshold: DEFAULT_POINTS_THRESHOLD }),
  }
}

/** The summary before the round is created, with every field of the form kept for the two buttons. */
export function renderRoundConfirm(c: StaffContext, db: Db, values: RoundFormValues, round: NewRound) {
  const locale = staffLocale(c)
  const t = pointUploadTranslator(locale)
  const { covered, withoutPoint } = countDefaultPoints(db, round)
  const fields: [string, string][] = [
    ['nameTh', values.nameTh],
    ['nameEn', values.nameEn],
    ['questionnaireId', values.questionnaireId],
    ['opensAt', values.opensAt],
    ['closesAt', values.closesAt],
    ['scope', values.scope],
    ...values.provinces.map((code): [string, string] => ['provinces', code]),
    ['organisations', values.organisations],
    ['defaultPoints', 'on'],
  ]
  const body = (
    <RoundConfirmPage
      t={t}
      csrfToken={staffOf(c).csrfToken}
      roundName={locale === 'en' ? values.nameEn : values.nameTh}
      fields={fields}
      covered={covered}
      withoutPoint={withoutPoint}
      pointName={locale === 'en' ? DEFAULT_SERVICE_POINT.nameEn : DEFAULT_SERVICE_POINT.nameTh}
      submitLabel={dlaWords(c).t('dla.round.submit')}
    />
  )
  return renderStaffPage(c, t('points.defaults.summaryTitle'), body)
}

/** Creates the default points for the new round's organisations and audits how many; call it in the round's transaction. */
export function giveDefaultPoints(
  db: Db,
  actor: { id: number; username: string },
  roundId: number,
  round: NewRound,
  at: Date,
): number {
  const created = createDefaultServicePoints(db, round, DEFAULT_SERVICE_POINT, at)
  recordAudit(
    db,
    {
      action: 'default_service_points_created',
      actor,
      targetType: 'round',
      targetId: roundId,
      detail: { organisations: created, nameTh: DEFAULT_SERVICE_POINT.nameTh },
    },
    at,
  )
  return created
}
