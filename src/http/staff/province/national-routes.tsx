/** DLA's home: every province with LGUs and its collection in the chosen round, from one grouped query. */
import { Hono } from 'hono'
import { allRounds, provinceSummaries } from '../../../db/queries/collection.js'
import { keptOutByProvince } from '../../../db/queries/flag-decisions.js'
import { keptOutPercent, mostlyKeptOut, MOSTLY_KEPT_OUT_PERCENT } from '../../../domain/flag-review.js'
import { formatKeptOut, keptOutLabel, mostlyKeptOutLabel } from '../../../i18n/flag-rate.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { NationalPage } from '../../../../views/staff/province/national-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { chooseRound, roundOptions, roundWindow } from '../lgu/round-choice.js'

export function nationalRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()

  app.get('/staff/national', requireRole('dla'), (c) => {
    const locale = staffLocale(c)
    const t = provinceTranslator(locale)
    const now = deps.now()
    const rounds = allRounds(db)
    const round = chooseRound(rounds, c.req.query('round'), now)
    const includeFlagged = !config.EXCLUDE_FLAGGED
    const provinces = provinceSummaries(db, staffOf(c).scope, { roundId: round?.id ?? null, includeFlagged })
    const roundPicker = round && {
      action: '/staff/national',
      label: t('province.filter.round'),
      submit: t('national.show'),
      errorPrefix: staffTranslator(locale)('staff.error.inlinePrefix'),
      options: roundOptions(rounds, locale, now),
      value: String(round.id),
      note: roundWindow(round, locale),
    }
    const keptOut = round ? keptOutByProvince(db, round.id) : undefined
    const mostlyIn = (p: { organisations: Map<number, { counted: number; keptOut: number }> }) =>
      [...p.organisations.values()].filter(mostlyKeptOut).length
    const country = keptOut && {
      counted: [...keptOut.values()].reduce((n, p) => n + p.counted, 0),
      keptOut: [...keptOut.values()].reduce((n, p) => n + p.keptOut, 0),
      mostly: [...keptOut.values()].reduce((n, p) => n + mostlyIn(p), 0),
    }
    return renderStaffPage(
      c,
      t('national.title'),
      <NationalPage
        t={t}
        roundPicker={roundPicker}
        noRound={t('national.noRound')}
        note={t(includeFlagged ? 'province.flaggedIncludedNote' : 'province.flaggedNote')}
        rows={provinces.map((p) => ({
          ...p,
          name: locale === 'en' ? p.nameEn : p.nameTh,
          href: `/staff/provinces/${p.code}${round ? `?round=${round.id}` : ''}`,
          keptOut: keptOut && {
            share: formatKeptOut(keptOutPercent(keptOut.get(p.code) ?? { counted: 0, keptOut: 0 })),
            mostly: mostlyIn(keptOut.get(p.code) ?? { organisations: new Map() }),
          },
        }))}
        keptOutHeadings={
          country && {
            share: keptOutLabel(locale),
            mostly: mostlyKeptOutLabel(MOSTLY_KEPT_OUT_PERCENT, locale),
            total: { share: formatKeptOut(keptOutPercent(country)), mostly: country.mostly },
          }
        }
      />,
    )
  })

  return app
}
