/**
 * Starting the annual report as a background job: a DLA officer for the country or any
 * province, a provincial officer for their own province (another province is refused with 403
 * and a message). LGU officers never reach this page (404). A wrong choice queues nothing.
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { roundsInScope } from '../../../db/queries/round-visibility.js'
import { listProvinces } from '../../../db/queries/staff-users.js'
import type { ScopeKey } from '../../../domain/scope.js'
import { reportsTranslator, type ReportsMessageKey } from '../../../i18n/staff/reports.js'
import { jobsTranslator } from '../../../i18n/staff/jobs.js'
import { AnnualReportPage } from '../../../../views/staff/reports/annual-report-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { startJob } from '../jobs/start-job.js'
import { readForm } from '../form-data.js'
import { requireRole } from '../guards.js'
import { chooseRound, roundOptions } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'

const ALL = 'all'
export const ANNUAL_REPORT_PATH = '/staff/reports/annual'

const reportForm = z.object({
  round: z.string().regex(/^[1-9]\d{0,14}$/, 'report.error.round'),
  province: z.string().regex(/^(all|\d{2})$/, 'report.error.unknownProvince'),
  edition: z.enum(['staff', 'public'], { error: 'report.error.edition' }),
})

type Chosen = { round: string; province: string; edition: string }
type Errors = Partial<Record<'round' | 'province' | 'edition', ReportsMessageKey>>

export function annualReportRoutes(deps: StaffAreaDeps) {
  const { db, now } = deps
  const app = new Hono<StaffEnv>()
  app.use(ANNUAL_REPORT_PATH, requireRole('dla', 'province'))

  const render = (c: StaffContext, chosen: Chosen, errors: Errors = {}, status: ContentfulStatusCode = 200) => {
    const locale = staffLocale(c)
    const t = reportsTranslator(locale)
    const { scope, csrfToken } = staffOf(c)
    const provinces = listProvinces(db)
    const rounds = roundsInScope(db, scope)
    const nameOf = (p: { nameTh: string; nameEn: string }) => (locale === 'en' ? p.nameEn : p.nameTh)
    const own = scope.kind === 'province' ? provinces.find((p) => p.code === scope.provinceCode) : undefined
    const title = t('report.title')
    const words = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]))
    const round = chooseRound(rounds, chosen.round, now())
    return renderStaffPage(
      c,
      Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${title}` : title,
      <AnnualReportPage
        labels={{
          title,
          intro: t('report.intro'),
          round: t('report.round'),
          scope: t('report.scope'),
          edition: t('report.edition'),
          editionStaff: t('report.edition.staff'),
          editionPublic: t('report.edition.public'),
          start: t('report.start'),
          working: t('staff.working'),
          noRound: t('report.noRound'),
          errorPrefix: t('staff.error.inlinePrefix'),
          errorSummaryTitle: t('staff.error.summaryTitle'),
          jobs: jobsTranslator(locale)('jobs.list.title'),
        }}
        csrfToken={csrfToken}
        rounds={round && { options: roundOptions(rounds, locale, now()), value: String(round.id) }}
        scope={
          own
            ? { fixed: t('report.scope.own', { name: nameOf(own) }), value: own.code }
            : {
                options: [
                  { value: ALL, label: t('report.scope.national') },
                  ...provinces.map((p) => ({ value: p.code, label: `${p.code} ${nameOf(p)}` })),
                ],
                value: chosen.province,
              }
        }
        edition={chosen.edition}
        errors={words}
      />,
      status,
    )
  }

  app.get(ANNUAL_REPORT_PATH, (c) =>
    render(c, {
      round: c.req.query('round') ?? '',
      province: c.req.query('province') ?? ALL,
      edition: c.req.query('edition') === 'public' ? 'public' : 'staff',
    }),
  )

  app.post(ANNUAL_REPORT_PATH, async (c) => {
    const form = await readForm(c, reportForm)
    const chosen = { round: form.raw.round ?? '', province: form.raw.province ?? ALL, edition: form.raw.edition ?? 'staff' }
    if (!form.ok) return render(c, chosen, form.errors as Errors, 422)
    const { scope } = staffOf(c)
    const { province, edition } = form.data
    const key: ScopeKey = province === ALL ? { kind: 'national' } : { kind: 'province', provinceCode: province }
    if (scope.kind === 'province' && (key.kind !== 'province' || key.provinceCode !== scope.provinceCode))
      return render(c, chosen, { province: 'report.error.otherProvince' }, 403)
    if (key.kind === 'province' && !listProvinces(db).some((p) => p.code === key.provinceCode))
      return render(c, chosen, { province: 'report.error.unknownProvince' }, 422)
    const round = roundsInScope(db, scope).find((r) => r.id === Number(form.data.round))
    if (!round) return render(c, chosen, { round: 'report.error.round' }, 422)

    return startJob(c, deps, {
      kind: 'annual_report',
      scope: key,
      options: { roundId: round.id, edition },
      detail: { round: round.id, edition },
    })
  })

  return app
}
