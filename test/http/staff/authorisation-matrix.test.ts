/**
 * The authorisation matrix: every staff route × every role × own and foreign
 * ids. Another scope's id is answered exactly like an id that does not exist
 * (404, never 403, never 200) and changes nothing — no table row, no audit
 * entry; a role a route is not for gets the same 404; signed out, pages ask
 * to sign in and changes are refused with 401; a change without the session's
 * CSRF token is refused with 403.
 *
 * The table below lists every route under /staff. A guard test compares it
 * with the routes the app really has, so a new route without a row fails here.
 *
 * Scopes arranged (see ./matrix/world.ts): กระบี่ 81 with 4810102 and 5810401,
 * เชียงใหม่ 50 with 3500102; one account per scope (DLA, province 81,
 * province 50, LGU officer of each organisation).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { StaffRole } from '../../../src/domain/staff-roles.js'
import { readPage } from '../html.js'
import { everyRealTarget, fill, targetsFor, type Scoped, type Target } from './matrix/targets.js'
import {
  ACCOUNT_NAMES,
  ACCOUNTS,
  arrangeWorld,
  changesBetween,
  copyOf,
  send,
  snapshot,
  type AccountName,
  type Agent,
  type World,
} from './matrix/world.js'

type Row = { method: 'GET' | 'POST'; path: string; roles: readonly StaffRole[] | 'public'; id: Scoped }

const PUBLIC = 'public'
const ANY = ['dla', 'province', 'lgu'] as const
const PROVINCE = ['dla', 'province'] as const
const DLA = ['dla'] as const
const LGU = ['lgu'] as const

// prettier-ignore
const ROUTES: Row[] = [
  // Signing in and out, one's own password, the home redirect
  { method: 'GET',  path: '/staff/sign-in',                                     roles: PUBLIC,   id: 'none' },
  { method: 'POST', path: '/staff/sign-in',                                     roles: PUBLIC,   id: 'none' },
  { method: 'POST', path: '/staff/sign-out',                                    roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/password',                                    roles: ANY,      id: 'none' },
  { method: 'POST', path: '/staff/password',                                    roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff',                                             roles: ANY,      id: 'none' },
  // An organisation's home and its service points
  { method: 'GET',  path: '/staff/organisations/:id',                           roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/organisations/:id/service-points/new',        roles: ANY,      id: 'organisation' },
  { method: 'POST', path: '/staff/organisations/:id/service-points/new',        roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/service-points/:id/edit',                     roles: ANY,      id: 'service point' },
  { method: 'POST', path: '/staff/service-points/:id/edit',                     roles: ANY,      id: 'service point' },
  { method: 'POST', path: '/staff/service-points/:id/deactivate',               roles: ANY,      id: 'service point' },
  { method: 'POST', path: '/staff/service-points/:id/reactivate',               roles: ANY,      id: 'service point' },
  // Service points from a CSV (an upload is its uploader's only)
  { method: 'GET',  path: '/staff/service-points/upload',                       roles: ANY,      id: 'none' },
  { method: 'POST', path: '/staff/service-points/upload',                       roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/service-points/template.csv',                 roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/service-points/uploads/:id',                  roles: ANY,      id: 'point upload' },
  { method: 'POST', path: '/staff/service-points/uploads/:id/confirm',          roles: ANY,      id: 'point upload' },
  // QR codes and posters (downloads)
  { method: 'GET',  path: '/staff/service-points/:id/qr.svg',                   roles: ANY,      id: 'service point' },
  { method: 'GET',  path: '/staff/service-points/:id/qr.png',                   roles: ANY,      id: 'service point' },
  { method: 'GET',  path: '/staff/service-points/:id/poster',                   roles: ANY,      id: 'service point' },
  { method: 'GET',  path: '/staff/service-points/:id/poster.pdf',               roles: ANY,      id: 'service point' },
  { method: 'GET',  path: '/staff/organisations/:id/posters',                   roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/organisations/:id/posters.pdf',               roles: ANY,      id: 'organisation' },
  // Every LGU's posters and the annual report as background jobs, and one's own jobs
  { method: 'GET',  path: '/staff/posters/bundle',                              roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/posters/bundle',                              roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/reports/annual',                              roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/reports/annual',                              roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/jobs',                                        roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/jobs/:id',                                    roles: ANY,      id: 'job' },
  { method: 'GET',  path: '/staff/jobs/:id/progress',                           roles: ANY,      id: 'job' },
  { method: 'GET',  path: '/staff/jobs/:id/file',                               roles: ANY,      id: 'job' },
  { method: 'POST', path: '/staff/jobs/:id/publish',                            roles: DLA,      id: 'job' },
  // Kiosks
  { method: 'GET',  path: '/staff/service-points/:id/kiosks',                   roles: ANY,      id: 'service point' },
  { method: 'POST', path: '/staff/service-points/:id/kiosks',                   roles: ANY,      id: 'service point' },
  { method: 'POST', path: '/staff/service-points/:id/kiosks/:kioskId/revoke',   roles: ANY,      id: 'kiosk' },
  // Alerts on service points, acknowledged with a cause
  { method: 'GET',  path: '/staff/alerts/:id',                                  roles: ANY,      id: 'alert' },
  { method: 'POST', path: '/staff/alerts/:id/acknowledge',                      roles: ANY,      id: 'alert' },
  // Provinces and the whole country
  { method: 'GET',  path: '/staff/provinces/:code',                             roles: PROVINCE, id: 'province' },
  { method: 'GET',  path: '/staff/national',                                    roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/provinces/:code/follow-up.csv',               roles: PROVINCE, id: 'province' },
  { method: 'GET',  path: '/staff/national/lgus',                               roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/national/lgus.csv',                           roles: DLA,      id: 'none' },
  // Rounds
  { method: 'GET',  path: '/staff/rounds',                                      roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/rounds/new',                                  roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/rounds/new',                                  roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/rounds/:id',                                  roles: DLA,      id: 'round' },
  { method: 'POST', path: '/staff/rounds/:id/open',                             roles: DLA,      id: 'round' },
  { method: 'POST', path: '/staff/rounds/:id/close',                            roles: DLA,      id: 'round' },
  { method: 'POST', path: '/staff/rounds/:id/extend',                           roles: DLA,      id: 'round' },
  { method: 'GET',  path: '/staff/rounds/:id/finalise',                         roles: DLA,      id: 'round' },
  { method: 'POST', path: '/staff/rounds/:id/finalise',                         roles: DLA,      id: 'round' },
  // Questionnaires
  { method: 'GET',  path: '/staff/questionnaires',                              roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/questionnaires/new',                          roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/questionnaires/new',                          roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/questionnaires/uploads/:id/publish',          roles: DLA,      id: 'questionnaire upload' },
  { method: 'GET',  path: '/staff/questionnaires/uploads/:id/preview',          roles: DLA,      id: 'questionnaire upload' },
  { method: 'GET',  path: '/staff/questionnaires/uploads/:id/privacy',          roles: DLA,      id: 'questionnaire upload' },
  { method: 'GET',  path: '/staff/questionnaires/:id/preview',                  roles: DLA,      id: 'questionnaire' },
  { method: 'GET',  path: '/staff/questionnaires/:id/privacy',                  roles: DLA,      id: 'questionnaire' },
  // The registry
  { method: 'GET',  path: '/staff/registry',                                    roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/registry',                                    roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/registry/uploads/:id',                        roles: DLA,      id: 'registry upload' },
  { method: 'POST', path: '/staff/registry/uploads/:id/import',                 roles: DLA,      id: 'registry upload' },
  // Staff accounts
  { method: 'GET',  path: '/staff/users',                                       roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/users/new',                                   roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/users/new',                                   roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/users/:id',                                   roles: PROVINCE, id: 'user' },
  { method: 'POST', path: '/staff/users/:id',                                   roles: PROVINCE, id: 'user' },
  { method: 'POST', path: '/staff/users/:id/deactivate',                        roles: PROVINCE, id: 'user' },
  { method: 'POST', path: '/staff/users/:id/reactivate',                        roles: PROVINCE, id: 'user' },
  { method: 'POST', path: '/staff/users/:id/reset-password',                    roles: PROVINCE, id: 'user' },
  { method: 'POST', path: '/staff/users/:id/activation-letter',                 roles: PROVINCE, id: 'user' },
  // Onboarding by activation letter (a batch is its maker's only), and activating from a letter
  { method: 'GET',  path: '/staff/onboarding',                                  roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/onboarding',                                  roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/onboarding/reissue',                          roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/onboarding/letters',                          roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/onboarding/letters.pdf',                      roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/onboarding/letters.csv',                      roles: PROVINCE, id: 'none' },
  { method: 'POST', path: '/staff/onboarding/letters/job',                      roles: PROVINCE, id: 'none' },
  { method: 'GET',  path: '/staff/activate',                                    roles: PUBLIC,   id: 'none' },
  { method: 'POST', path: '/staff/activate',                                    roles: PUBLIC,   id: 'none' },
  // The audit log
  { method: 'GET',  path: '/staff/audit',                                       roles: DLA,      id: 'none' },
  // Results, comments, transactions, roll-ups
  { method: 'GET',  path: '/staff/organisations/:id/results',                   roles: ANY,      id: 'organisation' },
  { method: 'POST', path: '/staff/organisations/:id/population',                roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/organisations/:id/comments',                  roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/organisations/:id/transactions',              roles: ANY,      id: 'organisation' },
  { method: 'POST', path: '/staff/organisations/:id/transactions',              roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/provinces/:code/results',                     roles: PROVINCE, id: 'province' },
  // "You said, we did": an organisation's own officers record what they changed
  { method: 'GET',  path: '/staff/organisations/:id/actions',                   roles: LGU,      id: 'organisation' },
  { method: 'GET',  path: '/staff/organisations/:id/actions/new',               roles: LGU,      id: 'organisation' },
  { method: 'POST', path: '/staff/organisations/:id/actions/new',               roles: LGU,      id: 'organisation' },
  { method: 'GET',  path: '/staff/actions/:id/edit',                            roles: LGU,      id: 'action' },
  { method: 'POST', path: '/staff/actions/:id/edit',                            roles: LGU,      id: 'action' },
  { method: 'GET',  path: '/staff/actions/:id/photo.jpg',                       roles: LGU,      id: 'action' },
  { method: 'GET',  path: '/staff/service-points/:id/actions-poster.pdf',       roles: LGU,      id: 'service point' },
  // The review queue of flagged answers
  { method: 'GET',  path: '/staff/organisations/:id/review',                    roles: ANY,      id: 'organisation' },
  { method: 'GET',  path: '/staff/provinces/:code/review',                      roles: PROVINCE, id: 'province' },
  { method: 'GET',  path: '/staff/organisations/:id/review/:point/:reason/:day', roles: ANY,     id: 'review group' },
  { method: 'POST', path: '/staff/organisations/:id/review/:point/:reason/:day', roles: ANY,     id: 'review group' },
  { method: 'GET',  path: '/staff/national/results',                            roles: DLA,      id: 'none' },
  // Exports (the scope is a query parameter, checked by their own tests)
  { method: 'GET',  path: '/staff/exports',                                     roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/exports/results.xlsx',                        roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/exports/results.csv',                         roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/exports/results.json',                        roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/exports/raw.csv',                             roles: PROVINCE, id: 'none' },
  // The user guide, one per role, for every signed-in account
  { method: 'GET',  path: '/staff/guide',                                       roles: ANY,      id: 'none' },
  { method: 'GET',  path: '/staff/guide/:role',                                 roles: ANY,      id: 'guide' },
  { method: 'GET',  path: '/staff/guide/:role/:section',                        roles: ANY,      id: 'guide' },
  // API tokens
  { method: 'GET',  path: '/staff/api-tokens',                                  roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/api-tokens/new',                              roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/api-tokens/new',                              roles: DLA,      id: 'none' },
  { method: 'GET',  path: '/staff/api-tokens/issued',                           roles: DLA,      id: 'none' },
  { method: 'POST', path: '/staff/api-tokens/:id/revoke',                       roles: DLA,      id: 'api token' },
]

/**
 * What an account reaching its own record may get: a page, a redirect, an
 * incomplete sign-in (400), a conflict (the round is already open), or the
 * form again with its errors (the matrix posts empty forms).
 */
const REACHED = [200, 303, 400, 409, 422]

const allows = (row: Row, account: AccountName) => row.roles === PUBLIC || row.roles.includes(ACCOUNTS[account].role)

let world: World
beforeAll(async () => {
  world = await arrangeWorld()
})

/** `/staff/users/:id{[0-9]{1,15}}` → `/staff/users/:id`: a route's path without its parameters' patterns. */
function withoutPatterns(path: string): string {
  let out = ''
  let depth = 0
  for (const ch of path) {
    if (ch === '{') depth++
    else if (ch === '}') depth--
    else if (depth === 0) out += ch
  }
  return out
}

describe('the matrix covers every staff route', () => {
  it('has one row for each GET and POST route under /staff, and no row for a route that is gone', () => {
    const { app } = copyOf(world)
    const inApp = new Set(
      app.routes
        // Middleware: `use()` (method ALL) and the body-size limits on `/staff/*`.
        .filter((r) => r.path.startsWith('/staff') && r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${withoutPatterns(r.path)}`),
    )
    const inTable = new Set(ROUTES.map((r) => `${r.method} ${r.path}`))
    expect(
      [...inApp].filter((r) => !inTable.has(r)),
      'routes without a row in the matrix',
    ).toEqual([])
    expect(
      [...inTable].filter((r) => !inApp.has(r)),
      'rows for routes the app does not have',
    ).toEqual([])
    expect(inTable.size, 'a route listed twice').toBe(ROUTES.length)
  })
})

type Copy = ReturnType<typeof copyOf>

/** Sends the request and records what happened: status, location, and whether anything in the database changed. */
async function attempt(copy: Copy, row: Row, target: Target, agent: Agent | undefined, options: { csrf?: boolean } = {}) {
  const url = fill(row.path, target.params)
  const before = snapshot(copy.db)
  const res = await send(copy.app, row.method, url, agent, options)
  await res.arrayBuffer()
  return { url, status: res.status, location: res.headers.get('location'), changes: changesBetween(before, snapshot(copy.db)) }
}

describe.each(ROUTES.map((row) => [`${row.method} ${row.path}`, row] as const))('%s', (_, row) => {
  it.each(ACCOUNT_NAMES)('%s', async (account) => {
    const agent = world.agents[account]
    const refusals = copyOf(world)
    const refuse = async (target: Target, why: string) => {
      const r = await attempt(refusals, row, target, agent)
      const what = `${account}: ${row.method} ${r.url} (${target.label}; ${why})`
      expect.soft(r.status, `${what} answered ${r.status}${r.location ? ` → ${r.location}` : ''}`).toBe(404)
      expect.soft(r.changes, `${what} changed the database`).toEqual([])
    }

    if (!allows(row, account)) {
      for (const target of everyRealTarget(world, row.id))
        await refuse(target, `a ${ACCOUNTS[account].role} officer may not use this route`)
      return
    }
    const { own, foreign } = targetsFor(world, account, row.id)
    for (const target of foreign) await refuse(target, 'outside their scope')
    expect(own.length, `${account} has nothing of their own to try on ${row.path}`).toBeGreaterThan(0)
    for (const target of own) {
      // A change that goes through must not disturb the next one: each gets its own copy.
      const r = await attempt(row.method === 'POST' ? copyOf(world) : refusals, row, target, agent)
      expect
        .soft(REACHED, `${account}: ${row.method} ${r.url} (${target.label}, theirs) answered ${r.status}`)
        .toContain(r.status)
    }
  })

  it('signed out', async () => {
    const copy = copyOf(world)
    for (const target of everyRealTarget(world, row.id)) {
      const r = await attempt(copy, row, target, undefined)
      const what = `signed out: ${row.method} ${r.url}`
      if (row.roles === PUBLIC) expect.soft([200, 400], `${what} answered ${r.status}`).toContain(r.status)
      else if (row.method === 'GET') {
        expect.soft(r.status, `${what} answered ${r.status}`).toBe(303)
        expect.soft(r.location, what).toBe(`/staff/sign-in?next=${encodeURIComponent(r.url)}`)
      } else expect.soft(r.status, `${what} answered ${r.status}`).toBe(401)
      expect.soft(r.changes, `${what} changed the database`).toEqual([])
    }
  })

  const mayPost = row.method === 'POST' && row.roles !== PUBLIC ? ACCOUNT_NAMES.filter((a) => allows(row, a)) : []
  if (mayPost.length > 0)
    it.each(mayPost)('%s without the CSRF token', async (account) => {
      const copy = copyOf(world)
      for (const target of targetsFor(world, account, row.id).own) {
        const r = await attempt(copy, row, target, world.agents[account], { csrf: false })
        const what = `${account} without a CSRF token: POST ${r.url} (${target.label})`
        expect.soft(r.status, `${what} answered ${r.status}`).toBe(403)
        expect.soft(r.changes, `${what} changed the database`).toEqual([])
      }
    })
})

/**
 * Ids inside a form: a provincial officer creating an account names the
 * organisation by DLA code and picks a role. Another province's organisation
 * gets the same answer as a code that does not exist, a role they do not
 * manage is refused, and nothing is created either way.
 */
describe('ids in a form: POST /staff/users/new as province 81', () => {
  const account = (fields: Record<string, string>) => ({
    username: 'matrix-new',
    displayName: 'ใหม่',
    password: 'long-enough-1',
    role: 'lgu',
    ...fields,
  })

  it('another province’s organisation is answered like one that does not exist, and nothing is created', async () => {
    const copy = copyOf(world)
    const agent = world.agents['province 81']
    const answer = async (dlaCode: string) => {
      const before = snapshot(copy.db)
      const res = await send(copy.app, 'POST', '/staff/users/new', agent, { fields: account({ dlaCode }) })
      const html = await res.text()
      expect.soft(changesBetween(before, snapshot(copy.db)), `dlaCode ${dlaCode} changed the database`).toEqual([])
      const page = readPage(html)
      return { status: res.status, alert: page.text(page.getByRole('alert')) }
    }
    const foreign = await answer('3500102')
    const missing = await answer('9999999')
    expect(foreign.status).toBe(422)
    expect(foreign.alert).toContain('ไม่พบ อปท. รหัสนี้')
    expect(foreign).toEqual(missing)
  })

  it.each(['dla', 'province'])('a %s account is refused and nothing is created', async (role) => {
    const copy = copyOf(world)
    const before = snapshot(copy.db)
    const res = await send(copy.app, 'POST', '/staff/users/new', world.agents['province 81'], {
      fields: account({ role, provinceCode: '50', dlaCode: '' }),
    })
    await res.arrayBuffer()
    expect(res.status).toBe(422)
    expect(changesBetween(before, snapshot(copy.db))).toEqual([])
  })
})
