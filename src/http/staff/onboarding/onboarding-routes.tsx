/**
 * Onboarding by activation letter: GET/POST /staff/onboarding makes an account
 * for every body in scope without one, POST /staff/onboarding/reissue new
 * letters for accounts not yet activated, POST /staff/users/:id/activation-letter
 * a new letter for one account (password recovery). Each ends on the batch page
 * (letter-batch-routes.tsx), whose PDF and CSV are the only copies of the codes.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { onboard, reissue, type ActivationLetter, type OnboardingTarget } from '../../../accounts/onboarding.js'
import { organisationsWithoutOfficer, provincesWithoutOfficer } from '../../../db/queries/activation.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { listProvinces } from '../../../db/queries/staff-users.js'
import { onboardingTranslator } from '../../../i18n/staff/onboarding.js'
import { OnboardingPage } from '../../../../views/staff/onboarding/onboarding-page.js'
import { publicBaseUrl } from '../../public-base-url.js'
import { staffOf, type Staff, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import type { LetterBatch } from '../../../letters/letter-batches.js'
import { BATCH, letterBatchRoutes } from './letter-batch-routes.js'

const many = z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().regex(/^[0-9]{2}$/)).max(100))

const onboardingForm = z
  .object({
    target: z.enum(['lgu', 'province'], 'target'),
    scope: z.enum(['all', 'chosen'], 'scope').optional(),
    provinces: many,
  })
  .superRefine((v, ctx) => {
    if (v.target !== 'lgu') return
    if (!v.scope) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'scope' })
    else if (v.scope === 'chosen' && v.provinces.length === 0)
      ctx.addIssue({ code: 'custom', path: ['provinces'], message: 'provinces' })
  })

export function onboardingRoutes(deps: StaffAreaDeps) {
  const { db, config, now, letters: batches } = deps
  const app = new Hono<StaffEnv>()
  app.use('/staff/onboarding', requireRole('dla', 'province'))
  app.use('/staff/onboarding/*', requireRole('dla', 'province'))
  app.use('/staff/users/:id/activation-letter', requireRole('dla', 'province'))

  /** A provincial officer's onboarding is always their own province's LGUs, whatever was posted. */
  const targetOf = (staff: Staff, form: z.infer<typeof onboardingForm> | undefined): OnboardingTarget | undefined => {
    if (staff.scope.kind === 'province') return { role: 'lgu', provinceCodes: [staff.scope.provinceCode] }
    if (!form) return undefined
    if (form.target === 'province') return { role: 'province' }
    return { role: 'lgu', provinceCodes: form.scope === 'all' ? 'all' : form.provinces }
  }

  const page = (
    c: StaffContext,
    opts: { values?: Record<string, unknown>; problems?: Record<string, string>; notice?: string },
  ) => {
    const staff = staffOf(c)
    const locale = staffLocale(c)
    const t = onboardingTranslator(locale)
    const provinces = listProvinces(db)
    const own = staff.scope.kind === 'province' ? staff.scope.provinceCode : undefined
    const errors = Object.fromEntries(
      Object.entries(opts.problems ?? {}).map(([field, key]) => [
        field,
        t(`onboarding.error.${key}` as 'onboarding.error.scope'),
      ]),
    )
    const title =
      Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${t('onboarding.title')}` : t('onboarding.title')
    const ownProvince = provinces.find((p) => p.code === own)
    const values = opts.values ?? {}
    return renderStaffPage(
      c,
      title,
      <OnboardingPage
        t={t}
        csrfToken={staff.csrfToken}
        days={config.ACTIVATION_DAYS}
        pendingCount={
          organisationsWithoutOfficer(db, own ? [own] : 'all').length + (own ? 0 : provincesWithoutOfficer(db).length)
        }
        choice={
          ownProvince
            ? { kind: 'province', name: locale === 'th' ? ownProvince.nameTh : ownProvince.nameEn }
            : {
                kind: 'national',
                provinces: provinces.map((p) => ({ value: p.code, label: locale === 'th' ? p.nameTh : p.nameEn })),
              }
        }
        values={{
          target: typeof values.target === 'string' ? values.target : undefined,
          scope: typeof values.scope === 'string' ? values.scope : undefined,
          provinces: Array.isArray(values.provinces) ? values.provinces.filter((v): v is string => typeof v === 'string') : [],
        }}
        errors={errors}
        notice={opts.notice}
      />,
      Object.keys(errors).length > 0 ? 422 : 200,
    )
  }

  const keep = (c: StaffContext, kind: LetterBatch['kind'], letters: ActivationLetter[]) => {
    const staff = staffOf(c)
    const id = batches.put({ userId: staff.user.id, kind, letters, baseUrl: publicBaseUrl(config, c) })
    return c.redirect(`${BATCH}?batch=${id}`, 303)
  }

  const audit = (
    c: StaffContext,
    action: 'accounts_onboarded' | 'activation_letters_issued',
    letters: ActivationLetter[],
    detail: object,
  ) => {
    const staff = staffOf(c)
    const single = letters.length === 1 ? letters[0] : undefined
    recordAudit(
      db,
      {
        action,
        actor: staff.user,
        targetType: single ? 'user' : undefined,
        targetId: single?.userId,
        provinceCode: staff.scope.kind === 'province' ? staff.scope.provinceCode : (single?.provinceCode ?? null),
        organisationId: single?.organisation?.id ?? null,
        detail: { ...detail, count: letters.length, usernames: letters.slice(0, 100).map((l) => l.username) },
      },
      new Date(now()),
    )
  }

  app.get('/staff/onboarding', (c) => page(c, {}))

  app.post('/staff/onboarding', async (c) => {
    const staff = staffOf(c)
    const body = await c.req.parseBody({ all: true })
    let form: z.infer<typeof onboardingForm> | undefined
    if (staff.scope.kind === 'national') {
      const parsed = onboardingForm.safeParse(body)
      if (!parsed.success) {
        const problems: Record<string, string> = {}
        for (const issue of parsed.error.issues) problems[String(issue.path[0])] ??= String(issue.path[0])
        return page(c, { values: body, problems })
      }
      const known = new Set(listProvinces(db).map((p) => p.code))
      if (parsed.data.provinces.some((code) => !known.has(code)))
        return page(c, { values: body, problems: { provinces: 'provinces' } })
      form = parsed.data
    }
    const target = targetOf(staff, form)!
    const letters = onboard(db, target, config.ACTIVATION_DAYS, now())
    const t = onboardingTranslator(staffLocale(c))
    audit(c, 'accounts_onboarded', letters, {
      role: target.role,
      provinces: target.role === 'lgu' ? target.provinceCodes : 'all',
    })
    if (letters.length === 0) return page(c, { values: body, notice: t('onboarding.none') })
    return keep(c, 'created', letters)
  })

  app.post('/staff/onboarding/reissue', async (c) => {
    const staff = staffOf(c)
    const body = await c.req.parseBody()
    const role = staff.scope.kind === 'national' && body.target === 'province' ? 'province' : 'lgu'
    const letters = reissue(db, staff.scope, { awaitingOnly: true, role }, config.ACTIVATION_DAYS, now())
    audit(c, 'activation_letters_issued', letters, { role, awaitingOnly: true })
    if (letters.length === 0) return page(c, { notice: onboardingTranslator(staffLocale(c))('onboarding.noneReissue') })
    return keep(c, 'reissued', letters)
  })

  app.post('/staff/users/:id{[0-9]{1,15}}/activation-letter', (c) => {
    const staff = staffOf(c)
    const letters = reissue(db, staff.scope, { userIds: [Number(c.req.param('id'))] }, config.ACTIVATION_DAYS, now())
    if (letters.length === 0) return renderStaffStatus(c, 'notFound', 404)
    audit(c, 'activation_letters_issued', letters, {})
    return keep(c, 'reissued', letters)
  })

  app.route('/', letterBatchRoutes(deps))
  return app
}
