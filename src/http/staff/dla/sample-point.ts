/**
 * The made-up service point a questionnaire preview is shown at: a plain
 * municipality counter with two services, so "which service" items have
 * something to list. Nothing here exists in the database.
 */
import type { ServiceOption, SurveyPoint } from '../../../db/queries/survey.js'

export const SAMPLE_POINT: SurveyPoint = {
  id: 0,
  code: 'PREVIEW',
  nameTh: 'กองคลัง – งานจัดเก็บภาษี',
  nameEn: 'Finance Division – Local Taxes',
  active: true,
  updatedAt: 0,
  organisationId: 0,
  organisationType: 'subdistrict',
  organisationNameTh: 'ตัวอย่าง',
  dlaCode: '0000000',
  provinceCode: '10',
  openingHours: null,
}

export const SAMPLE_SERVICES: ServiceOption[] = [
  { id: 1, nameTh: 'ชำระภาษีที่ดินและสิ่งปลูกสร้าง', nameEn: 'Land and building tax' },
  { id: 2, nameTh: 'ขออนุญาตก่อสร้างอาคาร', nameEn: 'Building permit' },
]
