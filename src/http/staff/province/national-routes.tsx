/** DLA's home: every province with LGUs and its collection in the chosen round, from one grouped query. */
import { Hono } from 'hono'
import { allRounds, provinceSummaries } from '../../../db/queries/collection.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { NationalPage } from '../../../../views/staff/province/national-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { chooseRound, roundOptions, roundWindow } from '../lgu/round-choice.js'
import { createLoopClosure } from '../../../results/loop-closure.js'
import { loopCells, loopLabels } from './present-loop.js'

export function nationalRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  const loop = createLoopClosure(db, config)

  app.get('/staff/national', requireRole('dla'), (c) => {
    const locale = staffLocale(c)
    const t = provinceTranslator(locale)
    const now = deps.now()
    const rounds = allRounds(db)
    const round = chooseRound(rounds, c.req.query('round'), now)
    const includeFlagged = !config.EXCLUDE_FLAGGED
    const provinces = provinceSummaries(db, staffOf(c).scope, { roundId: round?.id ?? null, includeFlagged })
    const acted = round && loop.byProvince(round, now)
    const roundPicker = round && {
      action: '/staff/national',
      label: t('province.filter.round'),
      submit: t('national.show'),
      errorPrefix: staffTranslator(locale)('staff.error.inlinePrefix'),
      options: roundOptions(rounds, locale, now),
      value: String(round.id),
      note: roundWindow(round, locale),
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
          loop: acted ? loopCells(locale, acted.get(p.code)) : undefined,
        }))}
        loop={acted ? loopLabels(locale, config, loop.threshold) : undefined}
      />,
    )
  })

  return app
}
