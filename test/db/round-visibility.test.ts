/**
 * The reach rule is written twice on purpose: `roundReaches` (the domain, the
 * definition) and `roundReachesSql` (so lists are filtered in the database).
 * Here both read the same rounds, of every kind of scope, and must pick the
 * same ones for every kind of viewer; the query functions built on the SQL
 * (`visibleRounds`, `roundsInScope`, `roundRecordsInScope`, `roundsFor`) too.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/client.js'
import { allRounds, roundsFor } from '../../src/db/queries/collection.js'
import { publishQuestionnaire } from '../../src/db/queries/questionnaires.js'
import { roundRecordsInScope } from '../../src/db/queries/round-records.js'
import { roundsInScope, roundViewerOf, visibleRounds } from '../../src/db/queries/round-visibility.js'
import { organisations, roundOrganisations, roundProvinces, rounds } from '../../src/db/schema.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { roundReaches, type RoundReach, type RoundViewer } from '../../src/domain/round-visibility.js'
import { type RoundScope } from '../../src/domain/round-scopes.js'
import type { Scope } from '../../src/domain/scope.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { loadReferenceData } from '../../src/registry/reference-data.js'
import { freshDatabase } from '../helpers/database.js'

const REGISTRY_CSV = `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท
กระบี่,เมืองกระบี่,,4810102,เทศบาลเมือง,กระบี่,,,,,,,
กระบี่,คลองท่อม,,5810401,เทศบาลตำบล,คลองท่อมใต้,,,,,,,
เชียงใหม่,เมืองเชียงใหม่,,3500102,เทศบาลนคร,เชียงใหม่,,,,,,,
`
const AT = new Date(Date.UTC(2025, 0, 10))
const DAY = 86_400_000

/** Rounds of every kind, by name: the scope and what it names. */
const ROUNDS: [string, RoundScope, string[]][] = [
  ['everyone', 'all', []],
  ['krabi', 'provinces', ['81']],
  ['chiangMai', 'provinces', ['50']],
  ['bothProvinces', 'provinces', ['81', '50']],
  ['bangkok', 'provinces', ['10']],
  ['krabiTown', 'organisations', ['4810102']],
  ['khlongThom', 'organisations', ['5810401']],
  ['chiangMaiCity', 'organisations', ['3500102']],
  ['krabiTownAndChiangMai', 'organisations', ['4810102', '3500102']],
  ['nobody', 'organisations', []],
]

function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, REGISTRY_CSV, AT)
  const columns = { id: organisations.id, dlaCode: organisations.dlaCode, provinceCode: organisations.provinceCode }
  const orgs = db.select(columns).from(organisations).all()
  const org = Object.fromEntries(orgs.map((o) => [o.dlaCode, o]))
  const questionnaireId = publishQuestionnaire(db, builtinDefinition('thai-lgu-standard'), AT).id
  const names = new Map<number, string>()
  ROUNDS.forEach(([name, scope, named], i) => {
    // Opening days differ, so "newest first" is an order both sides can be held to.
    const opensAt = new Date(AT.getTime() + i * DAY)
    const closesAt = new Date(opensAt.getTime() + DAY)
    const values = { nameTh: name, nameEn: name, questionnaireId, opensAt, closesAt, scope, createdAt: AT }
    const id = db.insert(rounds).values(values).returning({ id: rounds.id }).get().id
    names.set(id, name)
    for (const code of named) {
      if (scope === 'provinces') db.insert(roundProvinces).values({ roundId: id, provinceCode: code }).run()
      else db.insert(roundOrganisations).values({ roundId: id, organisationId: org[code]!.id }).run()
    }
  })
  return { db, org, names }
}

/** Every round's reach, read back from the tables, for the domain function. */
function reaches(db: Db): Map<number, RoundReach> {
  const sqlite = db.$client
  const rows = sqlite.prepare('select id, scope from rounds').all() as { id: number; scope: RoundScope }[]
  const provinceCodes = sqlite.prepare('select province_code from round_provinces where round_id = ?').pluck()
  const listed = sqlite.prepare(`select o.id, o.province_code as provinceCode from round_organisations ro
    join organisations o on o.id = ro.organisation_id where ro.round_id = ?`)
  return new Map(
    rows.map((r) => [
      r.id,
      {
        scope: r.scope,
        provinceCodes: provinceCodes.all(r.id) as string[],
        organisations: listed.all(r.id) as { id: number; provinceCode: string }[],
      },
    ]),
  )
}

describe('round visibility: the domain rule and its SQL twin', () => {
  let s: ReturnType<typeof arrange>
  let viewers: [string, RoundViewer, string[]][]
  beforeAll(() => {
    s = arrange()
    const of = (dlaCode: string): RoundViewer => {
      const { id, provinceCode } = s.org[dlaCode]!
      return { kind: 'organisation', organisationId: id, provinceCode }
    }
    const newestFirst = (...names: string[]) =>
      ROUNDS.map(([name]) => name)
        .filter((n) => names.includes(n))
        .reverse()
    const chiangMai = newestFirst('everyone', 'chiangMai', 'bothProvinces', 'chiangMaiCity', 'krabiTownAndChiangMai')
    viewers = [
      ['the country', { kind: 'national' }, newestFirst(...ROUNDS.map(([n]) => n))],
      [
        'province 81',
        { kind: 'province', provinceCode: '81' },
        newestFirst('everyone', 'krabi', 'bothProvinces', 'krabiTown', 'khlongThom', 'krabiTownAndChiangMai'),
      ],
      ['province 50', { kind: 'province', provinceCode: '50' }, chiangMai],
      ['Bangkok, with no organisation', { kind: 'province', provinceCode: '10' }, newestFirst('everyone', 'bangkok')],
      ['เทศบาลเมืองกระบี่', of('4810102'), newestFirst('everyone', 'krabi', 'bothProvinces', 'krabiTown', 'krabiTownAndChiangMai')],
      ['คลองท่อมใต้', of('5810401'), newestFirst('everyone', 'krabi', 'bothProvinces', 'khlongThom')],
      ['เทศบาลนครเชียงใหม่', of('3500102'), chiangMai],
    ]
  })

  it('picks the same rounds, newest first, for every viewer', () => {
    const all = reaches(s.db)
    for (const [who, viewer, expected] of viewers) {
      const inSql = visibleRounds(s.db, viewer).map((r) => s.names.get(r.id))
      const inDomain = allRounds(s.db)
        .filter((r) => roundReaches(all.get(r.id)!, viewer))
        .map((r) => s.names.get(r.id))
      expect(inSql, who).toEqual(expected)
      expect(inDomain, who).toEqual(expected)
    }
  })

  it('gives a staff scope, an API token and roundsFor the same rounds', () => {
    for (const [who, viewer, expected] of viewers) {
      const scope: Scope =
        viewer.kind === 'organisation' ? { kind: 'organisation', organisationId: viewer.organisationId } : viewer
      expect(roundViewerOf(s.db, scope), who).toEqual(viewer)
      expect(
        roundsInScope(s.db, scope).map((r) => s.names.get(r.id)),
        who,
      ).toEqual(expected)
      expect(
        roundRecordsInScope(s.db, scope).map((r) => r.nameTh),
        who,
      ).toEqual(expected)
      if (viewer.kind !== 'national') {
        const reach = viewer.kind === 'province' ? { provinceCode: viewer.provinceCode } : viewer
        expect(
          roundsFor(s.db, reach).map((r) => s.names.get(r.id)),
          who,
        ).toEqual(expected)
      }
    }
  })

  it('shows an organisation that no longer exists nothing', () => {
    expect(roundViewerOf(s.db, { kind: 'organisation', organisationId: 9999 })).toBeUndefined()
    expect(roundsInScope(s.db, { kind: 'organisation', organisationId: 9999 })).toEqual([])
    expect(roundRecordsInScope(s.db, { kind: 'organisation', organisationId: 9999 })).toEqual([])
  })
})
