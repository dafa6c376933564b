/**
 * DLA's home: every province with LGUs and its collection in the chosen round, from one
 * grouped query; and every LGU of the country as one list to follow up, with its CSV.
 */
import { Hono } from 'hono'
import { allRounds, provinceSummaries, type ProvinceSummary } from '../../../db/queries/collection.js'
import { listProvinces } from '../../../db/queries/staff-users.js'
import { keptOutByProvince } from '../../../db/queries/flag-decisions.js'
import { keptOutPercent, mostlyKeptOut, MOSTLY_KEPT_OUT_PERCENT } from '../../../domain/flag-review.js'
import { formatKeptOut, keptOutLabel, mostlyKeptOutLabel } from '../../../i18n/flag-rate.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { NationalLguPage } from '../../../../views/staff/province/national-lgu-page.js'
import { NationalPage } from '../../../../views/staff/province/national-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { chooseRound, roundOptions, roundWindow } from '../lgu/round-choice.js'
import { createLoopClosure } from '../../../results/loop-closure.js'
import { loopCells, loopLabels } from './present-loop.js'
import { followUpCsv, readLguListing, readPage } from './lgu-listing.js'
import { presentLguListing } from './present-province.js'

const LGUS = '/staff/national/lgus'

/** The provinces' figures added up: the national list's headline. */
function totalOf(rows: ProvinceSummary[]): ProvinceSummary {
  const sum = (key: 'lgus' | 'withPoints' | 'withResponses' | 'responses') => rows.reduce((n, r) => n + r[key], 0)
  return {
    code: '',
    nameTh: '',
    nameEn: '',
    lgus: sum('lgus'),
    withPoints: sum('withPoints'),
    withResponses: sum('withResponses'),
    responses: sum('responses'),
  }
}

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
        lgusLink={{ href: `${LGUS}${round ? `?round=${round.id}` : ''}`, text: t('national.lgus.link') }}
        rows={provinces.map((p) => ({
          ...p,
          name: locale === 'en' ? p.nameEn : p.nameTh,
          href: `/staff/provinces/${p.code}${round ? `?round=${round.id}` : ''}`,
          keptOut: keptOut && {
            share: formatKeptOut(keptOutPercent(keptOut.get(p.code) ?? { counted: 0, keptOut: 0 })),
            mostly: mostlyIn(keptOut.get(p.code) ?? { organisations: new Map() }),
          },
          loop: acted ? loopCells(locale, acted.get(p.code)) : undefined,
        }))}
        loop={acted ? loopLabels(locale, config, loop.threshold) : undefined}
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

  app.get(LGUS, requireRole('dla'), (c) => {
    const { scope } = staffOf(c)
    const locale = staffLocale(c)
    const t = provinceTranslator(locale)
    const listing = readLguListing(deps, c)
    const summaries = provinceSummaries(db, scope, {
      roundId: listing.round?.id ?? null,
      includeFlagged: listing.includeFlagged,
      provinceCode: listing.query.province || undefined,
    })
    const props = presentLguListing({
      ...listing,
      locale,
      now: deps.now(),
      path: LGUS,
      csvPath: `${LGUS}.csv`,
      minResponses: config.RESULTS_MIN_RESPONSES,
      provinces: listProvinces(db),
      summary: totalOf(summaries),
      list: readPage(deps, c, listing),
    })
    const title = t('national.lgus.title')
    return renderStaffPage(
      c,
      listing.problems.length > 0 ? `${staffTranslator(locale)('staff.error.titlePrefix')}${title}` : title,
      <NationalLguPage title={title} back={{ href: '/staff/national', text: t('province.backToNational') }} listing={props} />,
      listing.problems.length > 0 ? 400 : 200,
    )
  })

  app.get(`${LGUS}.csv`, requireRole('dla'), (c) => followUpCsv(deps, c, readLguListing(deps, c), 'national'))

  return app
}
