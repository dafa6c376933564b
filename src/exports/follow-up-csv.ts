/**
 * The LGU list as a CSV for phoning round: who to call, what is missing, and how to
 * reach the office where DLA's registry says. UTF-8 with a BOM, so Excel shows the Thai.
 */
import type { Readable } from 'node:stream'
import type { LguRow } from '../db/queries/lgu-list.js'
import { organisationDisplayName } from '../domain/organisation-types.js'
import type { Locale } from '../i18n/messages.js'
import { formatDateTime } from '../i18n/format.js'
import { csvStream } from './csv.js'

const HEADERS: Record<Locale, string[]> = {
  th: [
    'จังหวัด',
    'อำเภอ',
    'รหัส อปท.',
    'อปท.',
    'เจ้าหน้าที่เปิดใช้บัญชีแล้ว',
    'จุดให้บริการที่เปิดรับ',
    'ร่วมรอบนี้',
    'ผู้ตอบในรอบนี้',
    'กลุ่มตัวอย่างขั้นต่ำ',
    'ยังขาดอีก',
    'ตอบล่าสุด',
    'ที่ตั้งสำนักงานเลขที่',
    'หมู่ที่',
    'รหัสไปรษณีย์',
    'เว็บไซต์',
  ],
  en: [
    'Province',
    'District',
    'DLA code',
    'LGU',
    'Activated officer',
    'Open service points',
    'In this round',
    'Responses this round',
    'Minimum sample',
    'Still needed',
    'Last response',
    'Office number',
    'Village (moo)',
    'Postcode',
    'Website',
  ],
}

const YES_NO: Record<Locale, [string, string]> = { th: ['ใช่', 'ไม่'], en: ['yes', 'no'] }

export function followUpCsvStream(rows: LguRow[], locale: Locale): Readable {
  const [yes, no] = YES_NO[locale]
  const en = locale === 'en'
  return csvStream(
    HEADERS[locale],
    rows.map((r) => [
      en ? r.provinceEn : r.provinceTh,
      en ? r.districtEn : r.districtTh,
      r.dlaCode,
      organisationDisplayName(r.type, r.nameTh, locale),
      r.officer ? yes : no,
      r.activePoints,
      r.inRound ? yes : no,
      r.responses,
      r.minimumSample,
      r.inRound ? Math.max(0, r.minimumSample - r.responses) : '',
      r.lastResponseAt === null ? '' : formatDateTime(r.lastResponseAt, locale),
      r.officeNumber ?? '',
      r.villageNumber ?? '',
      r.postcode ?? '',
      r.website ?? '',
    ]),
    'people',
  )
}
