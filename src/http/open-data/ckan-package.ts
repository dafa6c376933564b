/**
 * A round's open data described for a CKAN catalogue (data.go.th, GD Catalog):
 * the body of a CKAN `package_create` call, with absolute resource URLs.
 *
 * Licence: "Open Data Common", the licence id Thai government CKAN catalogues
 * (data.go.th, GD Catalog) offer and the one DLA's own registry dataset
 * (dlads_05_01) carries, so this dataset sits beside it under the same terms.
 * It is not the "Open Data Commons" family; on a generic CKAN without it, the
 * nearest is `odc-by` (reuse with attribution).
 *
 * @example
 * const body = ckanPackage({ round, baseUrl: 'https://survey.example.go.th', rows: { organisations: 7849, provinces: 76 }, minimumResponses: 10 })
 * // POST body to https://<catalogue>/api/3/action/package_create
 */
import type { RoundJson } from '../api/present-round.js'
import { DATASETS, type DatasetName } from './datasets.js'
import { openDataPaths } from './paths.js'

export const LICENCE = { id: 'Open Data Common', title: 'Open Data Common' } as const
export const PUBLISHER = { name: 'dla', th: 'กรมส่งเสริมการปกครองท้องถิ่น', en: 'Department of Local Administration' } as const

const TITLES: Record<DatasetName, { th: string; en: string }> = {
  organisations: { th: 'ผลการประเมินรายองค์กรปกครองส่วนท้องถิ่น', en: 'Results by local government organisation' },
  provinces: { th: 'ผลการประเมินรายจังหวัด', en: 'Results by province' },
}

/**
 * The dataset fields Thai government catalogues add to CKAN (ckanext-thai_gdc on GD Catalog and
 * data.go.th), with values from their own vocabularies: statistical data, public, yearly, national.
 */
export const THAI_GDC_FIELDS = [
  'data_type',
  'objective',
  'update_frequency_unit',
  'update_frequency_interval',
  'geo_coverage',
  'data_source',
  'data_format',
  'data_category',
  'maintainer',
  'maintainer_email',
] as const

export type CkanResource = { name: string; url: string; format: string; mimetype: string; description: string }

export type CkanPackage = {
  name: string
  title: string
  notes: string
  license_id: string
  owner_org: string
  organization: { name: string; title: string }
  author: string
  maintainer: string
  maintainer_email: string
  data_type: string
  objective: string[]
  update_frequency_unit: string
  update_frequency_interval: string
  geo_coverage: string
  data_source: string
  data_format: string[]
  data_category: string
  url: string
  version: string
  tags: { name: string }[]
  extras: { key: string; value: string }[]
  resources: CkanResource[]
}

export function ckanPackage(input: {
  round: RoundJson
  baseUrl: string
  minimumResponses: number
  /** Who answers questions about the data (OPEN_DATA_CONTACT_EMAIL); empty when the deployment has not said. */
  contactEmail?: string
}): CkanPackage {
  const { round, baseUrl, minimumResponses } = input
  const paths = openDataPaths(round.id)
  const at = (path: string) => `${baseUrl}${path}`
  const resources = DATASETS.flatMap((dataset): CkanResource[] => {
    const title = TITLES[dataset]
    const p = paths.dataset(dataset)
    return [
      {
        name: `${title.th} (CSV)`,
        url: at(p.csv),
        format: 'CSV',
        mimetype: 'text/csv',
        description: `${title.en}. CSV for programs: UTF-8 without BOM, RFC 4180, column codes in the header.`,
      },
      {
        name: `${title.th} (CSV สำหรับ Excel)`,
        url: at(p.excelCsv),
        format: 'CSV',
        mimetype: 'text/csv',
        description: `${title.en}. CSV for Excel: UTF-8 with BOM, Thai column names in the header.`,
      },
      {
        name: `${title.th} (JSON)`,
        url: at(p.json),
        format: 'JSON',
        mimetype: 'application/json',
        description: `${title.en}. JSON: { columns, rows }, rows keyed by column code.`,
      },
      {
        name: `คำอธิบายข้อมูล: ${title.th} (CSV)`,
        url: at(p.dictionaryCsv),
        format: 'CSV',
        mimetype: 'text/csv',
        description: `Data dictionary of "${title.en}": column code, Thai and English name and description, unit, type.`,
      },
      {
        name: `คำอธิบายข้อมูล: ${title.th} (JSON)`,
        url: at(p.dictionaryJson),
        format: 'JSON',
        mimetype: 'application/json',
        description: `Data dictionary of "${title.en}" as JSON.`,
      },
    ]
  })
  return {
    name: `lgu-satisfaction-round-${round.id}`,
    title: `ผลการประเมินความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น ${round.name.th}`,
    notes:
      `ผลรวมของการประเมินความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น (อปท.) รอบ "${round.name.th}" ` +
      `(${round.firstDay} ถึง ${round.lastDay}) รายองค์กรและรายจังหวัด: จำนวนผู้ตอบ ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน (n − 1) และร้อยละความพึงพอใจรายด้านและภาพรวม ` +
      `พร้อมจำนวนคำตอบแต่ละระดับ (5 ถึง 1 และ "ไม่เกี่ยวข้อง") ที่ใช้คำนวณค่าเหล่านั้น เพื่อให้ตรวจสอบและคำนวณซ้ำได้ ` +
      `นับเฉพาะคำตอบที่เป็นผลทางการ เผยแพร่เฉพาะผลรวม กลุ่มที่มีผู้ตอบน้อยกว่า ${minimumResponses} คนไม่แสดงค่าทางสถิติและจำนวนคำตอบรายระดับ\n\n` +
      `Aggregate results of the citizen satisfaction survey of Thai local government organisations, round "${round.name.en}" ` +
      `(${round.firstDay} to ${round.lastDay}), by organisation and by province, with the counts of answers per level (5 to 1 and ` +
      `"not applicable") each figure is computed from, so anyone can recompute the mean, S.D., percent and margin of error. ` +
      `Official responses only; aggregates only; groups with fewer than ${minimumResponses} respondents show no figures and no counts.`,
    license_id: LICENCE.id,
    owner_org: PUBLISHER.name,
    organization: { name: PUBLISHER.name, title: PUBLISHER.th },
    author: PUBLISHER.th,
    maintainer: PUBLISHER.th,
    maintainer_email: input.contactEmail ?? '',
    data_type: 'ข้อมูลสถิติ',
    objective: ['พันธกิจหน่วยงาน'],
    // A round per fiscal year is the rhythm DLA's assessment runs on.
    update_frequency_unit: 'ปี',
    update_frequency_interval: '1',
    geo_coverage: 'ประเทศ',
    data_source: `${PUBLISHER.th}: แบบประเมินความพึงพอใจที่ประชาชนตอบ ณ จุดให้บริการขององค์กรปกครองส่วนท้องถิ่น`,
    data_format: ['CSV', 'JSON'],
    data_category: 'ข้อมูลสาธารณะ',
    url: at(paths.round),
    version: round.results === 'final' ? 'final' : `provisional-${round.status}`,
    tags: ['ความพึงพอใจ', 'องค์กรปกครองส่วนท้องถิ่น', 'อปท', 'การให้บริการประชาชน', 'satisfaction-survey', 'local-government'].map(
      (name) => ({ name }),
    ),
    extras: [
      { key: 'publisher', value: PUBLISHER.th },
      { key: 'temporal_start', value: round.firstDay },
      { key: 'temporal_end', value: round.lastDay },
      { key: 'spatial', value: 'ประเทศไทย (Thailand)' },
      { key: 'language', value: 'th, en' },
      { key: 'minimum_responses', value: String(minimumResponses) },
      { key: 'round_status', value: round.status },
      { key: 'results_status', value: round.results },
      ...(round.finalisedAt ? [{ key: 'finalised_at', value: round.finalisedAt }] : []),
    ],
    resources,
  }
}
