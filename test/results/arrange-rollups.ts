/**
 * A round with exact responses over 64 LGUs in two provinces, for the province and national
 * results pages. Every responding resident answers all nine scored items of the Thai LGU
 * questionnaire, so each LGU's figures can be worked out by hand:
 *
 * | LGU                         | district | type        | official responses  | answers | Σx  | %      | band      | points |
 * |-----------------------------|----------|-------------|---------------------|---------|-----|--------|-----------|--------|
 * | 6810001 ทดสอบ001 (อบต.)     | 8102     | sao         | 10 (6 all-5, 4 all-4)| 90     | 414 | 92.00  | มากที่สุด | 9      |
 * | 6810002 ทดสอบ002 (อบต.)     | 8103     | sao         | 3 all-5 (too few)   | 27      | 135 | –      | –         | –      |
 * | 6810003 ทดสอบ003 (ทต.)      | 8104     | subdistrict | 12 all-3            | 108     | 324 | 60.00  | ปานกลาง   | 2      |
 * | 6810004 ทดสอบ004 (อบต.)     | 8105     | sao         | 11: 7 items 4, 2 N/A (+2 flagged all-1) | 77 | 308 | 80.00 | มาก | 6 |
 * | 4810102 กระบี่ (ทม.)        | 8101     | town        | 20 (10 all-5, 10 all-2) | 180 | 630 | 70.00  | มาก       | 4      |
 * | 3500102 เชียงใหม่ (ทน.)     | 5001     | city        | 15 all-4            | 135     | 540 | 80.00  | มาก       | 6      |
 * | 6501001 เหนือ001 (อบต.)     | 5014     | sao         | 10 all-1            | 90      | 90  | 20.00  | น้อยที่สุด | 0      |
 *
 * Every other LGU (56 in กระบี่, 2 in เชียงใหม่) has no responses.
 */
import type { Config } from '../../src/config.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { servicePoints } from '../../src/db/schema.js'
import type { FlagReason } from '../../src/domain/responses.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { scoredItems } from '../../src/domain/scoring/definition-items.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR, SURVEY_REGISTRY_CSV } from '../helpers/survey-fixture.js'
import { createStaff, signIn } from '../helpers/staff.js'

export const KRABI_DISTRICTS = [
  ['8101', 'เมืองกระบี่'],
  ['8102', 'เขาพนม'],
  ['8103', 'เกาะลันตา'],
  ['8104', 'คลองท่อม'],
  ['8105', 'อ่าวลึก'],
  ['8106', 'ปลายพระยา'],
  ['8107', 'ลำทับ'],
  ['8108', 'เหนือคลอง'],
] as const
export const GENERATED = 60
export const pad = (n: number) => String(n).padStart(3, '0')
export const typeOf = (i: number) => (i % 3 === 0 ? 'subdistrict' : 'sao')
export const districtOf = (i: number) => KRABI_DISTRICTS[i % 8]![0]

/** 60 LGUs in กระบี่ (every third a เทศบาลตำบล, the rest อบต.) and 3 อบต. in เชียงใหม่, in DLA's CSV format. */
function generatedRegistry(): string {
  const lines = [SURVEY_REGISTRY_CSV.split('\n')[0]]
  for (let i = 1; i <= GENERATED; i++)
    lines.push(
      `กระบี่,${KRABI_DISTRICTS[i % 8]![1]},,6810${pad(i)},${typeOf(i) === 'sao' ? 'อบต.' : 'เทศบาลตำบล'},ทดสอบ${pad(i)},,,,,,,`,
    )
  for (let i = 1; i <= 3; i++) lines.push(`เชียงใหม่,สันทราย,,6501${pad(i)},อบต.,เหนือ${pad(i)},,,,,,,`)
  return `${lines.join('\n')}\n`
}

type Answer = number | 'na'

export async function arrangeRollups(config?: Partial<Config>) {
  const s = arrangeSurvey({ config })
  importRegistry(s.db, generatedRegistry(), new Date(DEFAULT_NOW))
  const items = scoredItems(s.definition)
  const store = createResponseStore(s.db)
  const at = new Date(DEFAULT_NOW)
  const idOf = (dlaCode: string) =>
    (s.db.$client.prepare('select id from organisations where dla_code = ?').get(dlaCode) as { id: number }).id
  const points = new Map<string, { id: number; organisationId: number }>([
    ['4810102', s.points.main],
    ['3500102', s.points.bare],
  ])
  const pointOf = (dlaCode: string) => {
    let point = points.get(dlaCode)
    if (!point) {
      const organisationId = idOf(dlaCode)
      const row = s.db
        .insert(servicePoints)
        .values({ organisationId, code: `P${dlaCode}`, nameTh: `จุด ${dlaCode}`, createdAt: at, updatedAt: at })
        .returning()
        .get()
      points.set(dlaCode, (point = { id: row.id, organisationId }))
    }
    return point
  }
  let n = 0
  /** `times` residents of `dlaCode`, each giving `answers` to the nine items in order (one value: all nine). */
  const respond = (dlaCode: string, times: number, answers: Answer | Answer[], flagReason: FlagReason | null = null) => {
    const point = pointOf(dlaCode)
    const values = Array.isArray(answers) ? answers : items.map(() => answers)
    for (let i = 0; i < times; i++)
      store.writeOne({
        submissionId: `r-${++n}`,
        roundId: s.roundId!,
        organisationId: point.organisationId,
        servicePointId: point.id,
        serviceId: null,
        submittedAt: DEFAULT_NOW - (i + 1) * HOUR,
        locale: 'th',
        channel: 'web',
        flagReason,
        answers: items.map((itemId, k) => ({ itemId, value: String(values[k]) })),
      })
  }
  respond('6810001', 6, 5)
  respond('6810001', 4, 4)
  respond('6810002', 3, 5)
  respond('6810003', 12, 3)
  respond('6810004', 11, [4, 4, 'na', 4, 4, 4, 'na', 4, 4])
  respond('6810004', 2, 1, 'repeat')
  respond('4810102', 10, 5)
  respond('4810102', 10, 2)
  respond('3500102', 15, 4)
  respond('6501001', 10, 1)

  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-lgu', dlaCode: '4810102' })
  return {
    ...s,
    idOf,
    respond,
    province: await signIn(s.app, 'krabi-province'),
    dla: await signIn(s.app, 'dla'),
    lgu: await signIn(s.app, 'krabi-lgu'),
  }
}

export type RowText = Record<string, string>
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Each `<tr data-…="key">` of the page as its cells' text by `data-col`, plus the row header's text. */
export function rowsOf(html: string, attribute: 'data-lgu' | 'data-group'): Map<string, RowText> {
  const rows = new Map<string, RowText>()
  for (const [, key, tr] of html.matchAll(new RegExp(`<tr ${attribute}="([^"]+)">([\\s\\S]*?)</tr>`, 'g'))) {
    const row: RowText = { name: text(/<th scope="row">([\s\S]*?)<\/th>/.exec(tr!)![1]!) }
    for (const [, col, cell] of tr!.matchAll(/data-col="([^"]+)">([\s\S]*?)<\/td>/g)) row[col!] = text(cell!)
    rows.set(key!, row)
  }
  return rows
}

/** The cells of one table, found by its `data-table`. */
export function tableOf(html: string, id: string): string {
  const start = html.indexOf(`data-table="${id}"`)
  if (start < 0) throw new Error(`no table ${id}`)
  return html.slice(start, html.indexOf('</table>', start))
}

/** The figures of a roll-up summary by `data-fig`. */
export function figuresOf(html: string, id: string): RowText {
  const start = html.indexOf(`data-rollup="${id}"`)
  const section = html.slice(start, html.indexOf('</section>', start))
  return Object.fromEntries(
    [...section.matchAll(/data-fig="([^"]+)">([\s\S]*?)<\/td>/g)].map(([, key, cell]) => [key!, text(cell!)]),
  )
}
