/**
 * What a poster says, in one place for the HTML and PDF versions: Thai first,
 * an English line beneath, the names residents look for, the URL and code
 * typed out for people who cannot scan, three steps and a line on privacy.
 */
import { organisationDisplayName } from '../domain/organisation-types.js'
import type { OrganisationType } from '../domain/organisation-types.js'

export type PosterPoint = {
  code: string
  nameTh: string
  nameEn: string | null
  organisationType: OrganisationType
  organisationNameTh: string
}

export type PosterContent = {
  code: string
  url: string
  /** The URL as people type it: no scheme. */
  shortUrl: string
  headline: { th: string; en: string }
  organisation: { th: string; en: string }
  servicePoint: { th: string; en: string }
  steps: { th: string; en: string }[]
  privacy: { th: string; en: string }
  codeLabel: { th: string; en: string }
}

export function surveyUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/s/${code}`
}

export function posterContent(point: PosterPoint, baseUrl: string): PosterContent {
  const url = surveyUrl(baseUrl, point.code)
  return {
    code: point.code,
    url,
    shortUrl: url.replace(/^https?:\/\//, ''),
    headline: { th: 'ร่วมประเมินความพึงพอใจการให้บริการ', en: 'Tell us how we did: a one-minute survey' },
    organisation: {
      th: organisationDisplayName(point.organisationType, point.organisationNameTh, 'th'),
      en: organisationDisplayName(point.organisationType, point.organisationNameTh, 'en'),
    },
    servicePoint: { th: point.nameTh, en: point.nameEn ?? point.nameTh },
    steps: [
      { th: 'สแกนคิวอาร์โค้ดด้วยกล้องโทรศัพท์หรือไลน์', en: 'Scan the QR code with your phone camera or LINE' },
      { th: 'ตอบคำถามสั้น ๆ ใช้เวลาไม่ถึง 1 นาที', en: 'Answer a few short questions (under a minute)' },
      { th: 'กดส่งแบบประเมิน', en: 'Tap “Send”' },
    ],
    privacy: {
      th: 'ไม่ต้องระบุชื่อหรือข้อมูลส่วนตัว ผลการประเมินเผยแพร่เฉพาะภาพรวม',
      en: 'Anonymous: no name or personal details. Only overall results are published.',
    },
    codeLabel: { th: 'หรือพิมพ์ที่อยู่นี้ในเบราว์เซอร์', en: 'or type this address' },
  }
}
