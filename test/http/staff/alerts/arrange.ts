/** A survey with staff of both provinces and a way to store answers to the overall item at a chosen time. */
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import type { Config } from '../../../../src/config.js'
import { arrangeSurvey, type ArrangedPoint } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'

export const ALERT_CONFIG: Partial<Config> = {
  ALERT_LOW_SHARE_PERCENT: 20,
  ALERT_LOW_SHARE_MIN_ANSWERS: 10,
  ALERT_LOW_SHARE_DAYS: 7,
  ALERT_SILENCE_HISTORY_DAYS: 7,
  ALERT_SILENCE_MIN_HISTORY_ANSWERS: 20,
  ALERT_SILENCE_EXPECTED_ANSWERS: 8,
}

export async function arrangeAlerts(config: Partial<Config> = {}) {
  const s = arrangeSurvey({ config: { ...ALERT_CONFIG, ...config } })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: 'chiang-mai', dlaCode: '3500102' })
  await createStaff(s.db, { role: 'province', username: 'krabi', provinceCode: '81' })
  await createStaff(s.db, { role: 'province', username: 'chiang-mai-province', provinceCode: '50' })
  const store = createResponseStore(s.db)
  let n = 0
  /** One response at `at`, answering the overall item with `overall` (or nothing), stored and counted. */
  const respond = (point: ArrangedPoint, at: number, overall: string | null, flagReason: FlagReason | null = null) =>
    store.writeOne({
      submissionId: `alert-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: point.services[0]?.id ?? null,
      submittedAt: at,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers: overall === null ? [] : [{ itemId: 'overall', value: overall }],
    })
  const rows = <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => s.db.$client.prepare(sql).all(...params) as T[]
  return {
    ...s,
    respond,
    rows,
    home: `/staff/organisations/${s.organisationIds['4810102']}`,
    agent: (username: string) => signIn(s.app, username),
  }
}
