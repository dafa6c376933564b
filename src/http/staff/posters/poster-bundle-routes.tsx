/**
 * Starting "posters for every LGU" as a background job: a DLA officer for the country or one
 * province, a provincial officer for their own province. LGU officers have their own posters
 * page and never reach this one (404). A wrong choice is told in words and queues nothing.
 */
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { listProvinces } from '../../../db/queries/staff-users.js'
import type { ScopeKey } from '../../../domain/scope.js'
import { jobsTranslator, type JobsMessageKey } from '../../../i18n/staff/jobs.js'
import { PosterBundlePage } from '../../../../views/staff/posters/poster-bundle-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm } from '../form-data.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { publicBaseUrl } from '../../public-base-url.js'
import { startJob } from '../jobs/start-job.js'
import { BUNDLE_GROUPINGS } from '../../../posters/bundle-names.js'

const ALL = 'all'

const bundleForm = z.object({
  province: z.string().regex(/^(all|\d{2})$/, 'bundle.error.unknownProvince'),
  size: z.enum(['a4', 'a5'], { error: 'bundle.error.size' }),
  // A form from before the choice existed, or a bookmark, means one PDF per organisation.
  per: z.enum(BUNDLE_GROUPINGS, { error: 'bundle.error.per' }).default('organisation'),
})

export function posterBundleRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  app.use('/staff/posters/bundle', requireRole('dla', 'province'))

  const render = (
    c: StaffContext,
    chosen: { province: string; size: string; per: string },
    errors: Partial<Record<'province' | 'size' | 'per', JobsMessageKey>> = {},
    status: ContentfulStatusCode = 200,
  ) => {
    const locale = staffLocale(c)
    const t = jobsTranslator(locale)
    const { scope, csrfToken } = staffOf(c)
    const provinces = listProvinces(db)
    const nameOf = (p: { nameTh: string; nameEn: string }) => (locale === 'en' ? p.nameEn : p.nameTh)
    const own = scope.kind === 'province' ? provinces.find((p) => p.code === scope.provinceCode) : undefined
    const title = t('bundle.title')
    const words = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]))
    return renderStaffPage(
      c,
      Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${title}` : title,
      <PosterBundlePage
        labels={{
          title,
          intro: t('bundle.intro'),
          scope: t('bundle.scope'),
          size: t('bundle.size'),
          sizeA4: t('bundle.size.a4'),
          sizeA5: t('bundle.size.a5'),
          per: t('bundle.per'),
          perOrganisation: t('bundle.per.organisation'),
          perDistrict: t('bundle.per.district'),
          start: t('bundle.start'),
          working: t('staff.working'),
          errorPrefix: t('staff.error.inlinePrefix'),
          errorSummaryTitle: t('staff.error.summaryTitle'),
          jobs: t('jobs.list.title'),
        }}
        csrfToken={csrfToken}
        scope={
          own
            ? { fixed: t('bundle.scope.own', { name: nameOf(own) }), value: own.code }
            : {
                options: [
                  { value: ALL, label: t('bundle.scope.national') },
                  ...provinces.map((p) => ({ value: p.code, label: `${p.code} ${nameOf(p)}` })),
                ],
                value: chosen.province,
              }
        }
        size={chosen.size}
        per={chosen.per}
        errors={words}
      />,
      status,
    )
  }

  app.get('/staff/posters/bundle', (c) =>
    render(c, {
      province: c.req.query('province') ?? ALL,
      size: c.req.query('size') === 'a5' ? 'a5' : 'a4',
      per: c.req.query('per') === 'district' ? 'district' : 'organisation',
    }),
  )

  app.post('/staff/posters/bundle', async (c) => {
    const form = await readForm(c, bundleForm)
    const chosen = { province: form.raw.province ?? ALL, size: form.raw.size ?? 'a4', per: form.raw.per ?? 'organisation' }
    if (!form.ok) return render(c, chosen, form.errors as Record<string, JobsMessageKey>, 422)
    const { scope } = staffOf(c)
    const { province, size, per } = form.data
    const key: ScopeKey = province === ALL ? { kind: 'national' } : { kind: 'province', provinceCode: province }
    if (scope.kind === 'province' && (key.kind !== 'province' || key.provinceCode !== scope.provinceCode))
      return render(c, chosen, { province: 'bundle.error.otherProvince' }, 422)
    if (key.kind === 'province' && !listProvinces(db).some((p) => p.code === key.provinceCode))
      return render(c, chosen, { province: 'bundle.error.unknownProvince' }, 422)

    // Without `per`, the job reads one PDF per organisation (posterBundleOptions' default).
    const grouping = per === 'district' ? { per } : {}
    return startJob(c, deps, {
      kind: 'poster_bundle',
      scope: key,
      options: { baseUrl: publicBaseUrl(config, c), size, ...grouping },
      detail: { size, ...grouping },
    })
  })

  return app
}
