/**
 * Which ids each account may address, and which it may not, for every kind of
 * id a staff route takes. "Own" ids must be reachable; "foreign" ids must be
 * answered exactly like ids that do not exist (404) and change nothing.
 *
 * @example
 * targetsFor(world, 'LGU 4810102', 'organisation')
 * // own: [{ label: 'organisation 4810102', params: { id: '7' } }]
 * // foreign: 5810401 (same province), 3500102 (other province), a missing id
 */
import {
  ACCOUNTS,
  FLAGGED_DAY,
  MISSING_ID,
  MISSING_PROVINCE,
  type AccountName,
  type DlaCode,
  type Unit,
  type World,
} from './world.js'

/** What the `:param`s of a route's path are filled with. */
export type Scoped =
  | 'none'
  | 'organisation'
  | 'service point'
  | 'kiosk'
  | 'province'
  | 'round'
  | 'questionnaire'
  | 'questionnaire upload'
  | 'registry upload'
  | 'point upload'
  | 'job'
  | 'user'
  | 'api token'
  | 'alert'
  | 'guide'
  | 'review group'
  | 'action'

export type Target = { label: string; params: Record<string, string | number> }

/** The organisations an account's scope covers: all, one province's, or one. */
export function coveredBy(account: AccountName, unit: Unit): boolean {
  const spec: { role: string; provinceCode?: string; dlaCode?: DlaCode } = ACCOUNTS[account]
  if (spec.role === 'dla') return true
  if (spec.role === 'province') return unit.provinceCode === spec.provinceCode
  return unit.dlaCode === spec.dlaCode
}

/** Accounts an account manages: DLA every other one, a province the LGU officers of its organisations. */
function manages(world: World, account: AccountName, other: AccountName): boolean {
  if (other === account) return false
  const spec: { role: string; provinceCode?: string } = ACCOUNTS[account]
  const target: { role: string; dlaCode?: DlaCode } = ACCOUNTS[other]
  if (spec.role === 'dla') return true
  if (spec.role === 'province')
    return target.role === 'lgu' && target.dlaCode !== undefined && world.units[target.dlaCode].provinceCode === spec.provinceCode
  return false
}

export function targetsFor(world: World, account: AccountName, scoped: Scoped): { own: Target[]; foreign: Target[] } {
  const units = Object.values(world.units)
  const mine = units.filter((u) => coveredBy(account, u))
  const others = units.filter((u) => !coveredBy(account, u))
  const national = ACCOUNTS[account].role === 'dla'
  const nationalOnly = (label: string, id: number) => ({
    own: national ? [{ label, params: { id } }] : [],
    foreign: [...(national ? [] : [{ label, params: { id } }]), { label: `missing ${label}`, params: { id: MISSING_ID } }],
  })

  switch (scoped) {
    case 'none':
      return { own: [{ label: 'no id', params: {} }], foreign: [] }
    case 'organisation':
      return {
        own: mine.map((u) => ({ label: `organisation ${u.dlaCode}`, params: { id: u.organisationId } })),
        foreign: [
          ...others.map((u) => ({ label: `organisation ${u.dlaCode}`, params: { id: u.organisationId } })),
          { label: 'missing organisation', params: { id: MISSING_ID } },
        ],
      }
    case 'service point':
      return {
        own: mine.map((u) => ({ label: `point of ${u.dlaCode}`, params: { id: u.pointId } })),
        foreign: [
          ...others.map((u) => ({ label: `point of ${u.dlaCode}`, params: { id: u.pointId } })),
          { label: 'missing point', params: { id: MISSING_ID } },
        ],
      }
    case 'action':
      return {
        own: mine.map((u) => ({ label: `action of ${u.dlaCode}`, params: { id: u.actionId } })),
        foreign: [
          ...others.map((u) => ({ label: `action of ${u.dlaCode}`, params: { id: u.actionId } })),
          { label: 'missing action', params: { id: MISSING_ID } },
        ],
      }
    case 'review group': {
      // A point's group of flagged answers, addressed through its organisation: another organisation's
      // group, or the account's own organisation with another organisation's point, is not found.
      const group = (org: Unit, point: Unit) => ({
        label: `organisation ${org.dlaCode}, repeats at the point of ${point.dlaCode}`,
        params: { id: org.organisationId, point: point.pointId, reason: 'repeat', day: FLAGGED_DAY },
      })
      const home = mine[0]
      return {
        own: mine.map((u) => group(u, u)),
        foreign: [
          ...others.map((u) => group(u, u)),
          ...(home ? units.filter((u) => u !== home).map((u) => group(home, u)) : []),
          { label: 'missing organisation', params: { id: MISSING_ID, point: MISSING_ID, reason: 'repeat', day: FLAGGED_DAY } },
        ],
      }
    }
    case 'guide':
      // Every staff guide is open to every staff account; a role or section that is not one is not found.
      return {
        own: [
          { label: 'LGU guide', params: { role: 'lgu', section: 'lgu-add-point' } },
          { label: 'DLA guide', params: { role: 'dla', section: 'dla-open-round' } },
        ],
        foreign: [
          { label: 'no such role', params: { role: 'resident', section: 'lgu-add-point' } },
          { label: 'a role that is no staff role', params: { role: 'nobody', section: 'lgu-add-point' } },
        ],
      }
    case 'alert':
      return {
        own: mine.map((u) => ({ label: `alert of ${u.dlaCode}`, params: { id: u.alertId } })),
        foreign: [
          ...others.map((u) => ({ label: `alert of ${u.dlaCode}`, params: { id: u.alertId } })),
          { label: 'missing alert', params: { id: MISSING_ID } },
        ],
      }
    case 'kiosk': {
      const pair = (point: Unit, kiosk: Unit) => ({
        label: `point of ${point.dlaCode}, kiosk of ${kiosk.dlaCode}`,
        params: { id: point.pointId, kioskId: kiosk.kioskId },
      })
      const home = mine[0]
      return {
        own: mine.map((u) => pair(u, u)),
        foreign: [
          ...others.map((u) => pair(u, u)),
          // The account's own point with a kiosk id of another point (any other, even one it may see).
          ...(home ? units.filter((u) => u !== home).map((u) => pair(home, u)) : []),
          ...(home
            ? [{ label: `point of ${home.dlaCode}, missing kiosk`, params: { id: home.pointId, kioskId: MISSING_ID } }]
            : []),
          { label: 'missing point and kiosk', params: { id: MISSING_ID, kioskId: MISSING_ID } },
        ],
      }
    }
    case 'province': {
      const spec: { role: string; provinceCode?: string } = ACCOUNTS[account]
      const codes = ['81', '50']
      const ownCodes = codes.filter((code) => national || code === spec.provinceCode)
      return {
        own: ownCodes.map((code) => ({ label: `province ${code}`, params: { code } })),
        foreign: [
          ...codes.filter((code) => !ownCodes.includes(code)).map((code) => ({ label: `province ${code}`, params: { code } })),
          { label: `missing province ${MISSING_PROVINCE}`, params: { code: MISSING_PROVINCE } },
        ],
      }
    }
    case 'round':
      return nationalOnly('round', world.roundId)
    case 'questionnaire':
      return nationalOnly('questionnaire', world.questionnaireId)
    case 'questionnaire upload':
      return nationalOnly('questionnaire upload', world.questionnaireUploadId)
    case 'registry upload':
      return nationalOnly('registry upload', world.registryUploadId)
    case 'api token':
      return nationalOnly('api token', world.apiTokenId)
    case 'point upload': {
      // Only the uploader sees an upload, whatever else their scope covers.
      const upload = (name: AccountName) => ({ label: `point upload of ${name}`, params: { id: world.pointUploadIds[name] } })
      const names = Object.keys(world.pointUploadIds) as AccountName[]
      return {
        own: [upload(account)],
        foreign: [
          ...names.filter((name) => name !== account).map(upload),
          { label: 'missing point upload', params: { id: MISSING_ID } },
        ],
      }
    }
    case 'job': {
      // Only its starter sees a job, whatever else their scope covers.
      const job = (name: AccountName) => ({ label: `job of ${name}`, params: { id: world.jobIds[name] } })
      const names = Object.keys(world.jobIds) as AccountName[]
      return {
        own: [job(account)],
        foreign: [...names.filter((name) => name !== account).map(job), { label: 'missing job', params: { id: MISSING_ID } }],
      }
    }
    case 'user': {
      const others = (Object.keys(world.users) as AccountName[]).filter((name) => name !== account)
      const target = (name: AccountName) => ({ label: `user ${name}`, params: { id: world.users[name] } })
      return {
        own: others.filter((name) => manages(world, account, name)).map(target),
        foreign: [
          ...others.filter((name) => !manages(world, account, name)).map(target),
          { label: 'missing user', params: { id: MISSING_ID } },
        ],
      }
    }
  }
}

/** Existing ids of every kind, as DLA sees them: what a role that may not use a route tries anyway. */
export function everyRealTarget(world: World, scoped: Scoped): Target[] {
  return targetsFor(world, 'DLA', scoped).own
}

/** The path with its `:params` filled in. */
export function fill(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${path}`)
    return encodeURIComponent(String(params[name]))
  })
}
