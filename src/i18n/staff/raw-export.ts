/**
 * Words of the raw responses export: the Thai headers of its fixed columns
 * (people's CSV shows them with the column code, e.g. "รหัส อปท. (dla_code)")
 * and the page shown when a download link is incomplete.
 */
import { createTranslator } from '../messages.js'

const th = {
  'rawExport.col.round_id': 'รหัสรอบการประเมิน',
  'rawExport.col.dla_code': 'รหัส อปท.',
  'rawExport.col.service_point_code': 'รหัสจุดให้บริการ',
  'rawExport.col.service_id': 'รหัสบริการ',
  'rawExport.col.service_name': 'บริการที่ใช้',
  'rawExport.col.submitted_hour': 'วันและชั่วโมงที่ตอบ (เวลาประเทศไทย)',
  'rawExport.col.channel': 'ช่องทางการตอบ',
  'rawExport.col.flagged': 'ถูกตั้งข้อสังเกต',
  'rawExport.col.flag_reason': 'เหตุที่ตั้งข้อสังเกต',
  'rawExport.badRequest.title': 'ลิงก์ดาวน์โหลดไม่ครบถ้วน',
  'rawExport.badRequest.body': 'กรุณาเลือกรอบการประเมินและรูปแบบไฟล์จากหน้าส่งออกข้อมูล แล้วดาวน์โหลดอีกครั้ง',
}

export type RawExportMessageKey = keyof typeof th

const en: Record<RawExportMessageKey, string> = {
  'rawExport.col.round_id': 'Round id',
  'rawExport.col.dla_code': 'DLA code',
  'rawExport.col.service_point_code': 'Service point code',
  'rawExport.col.service_id': 'Service id',
  'rawExport.col.service_name': 'Service used',
  'rawExport.col.submitted_hour': 'Day and hour answered (Thai time)',
  'rawExport.col.channel': 'Channel',
  'rawExport.col.flagged': 'Flagged',
  'rawExport.col.flag_reason': 'Reason flagged',
  'rawExport.badRequest.title': 'The download link is incomplete',
  'rawExport.badRequest.body': 'Choose a survey round and a file format on the exports page, then download again.',
}

export const rawExportTranslator = createTranslator<RawExportMessageKey>({ th, en })
