/**
 * Words on the audit log page, Thai first, with a label for every audit action.
 * `auditTranslator` also answers the common staff keys.
 */
import type { AuditAction } from '../../domain/audit-actions.js'
import type { Translate } from '../messages.js'
import { createStaffTranslator, type StaffMessageKey } from '../staff-messages.js'

const actionsTh: Record<`audit.action.${AuditAction}`, string> = {
  'audit.action.sign_in': 'เข้าสู่ระบบ',
  'audit.action.sign_in_failed': 'เข้าสู่ระบบไม่สำเร็จ',
  'audit.action.sign_out': 'ออกจากระบบ',
  'audit.action.password_changed': 'เปลี่ยนรหัสผ่านของตนเอง',
  'audit.action.user_created': 'สร้างบัญชีผู้ใช้',
  'audit.action.user_updated': 'แก้ไขบัญชีผู้ใช้',
  'audit.action.user_deactivated': 'ปิดใช้บัญชีผู้ใช้',
  'audit.action.user_reactivated': 'เปิดใช้บัญชีผู้ใช้อีกครั้ง',
  'audit.action.accounts_onboarded': 'สร้างบัญชีด้วยหนังสือแจ้ง',
  'audit.action.activation_letters_issued': 'ออกหนังสือเปิดใช้งานฉบับใหม่',
  'audit.action.activation_letters_downloaded': 'ดาวน์โหลดหนังสือเปิดใช้งาน',
  'audit.action.account_activated': 'เปิดใช้งานบัญชีด้วยหนังสือแจ้ง',
  'audit.action.service_point_created': 'สร้างจุดให้บริการ',
  'audit.action.service_point_updated': 'แก้ไขจุดให้บริการ',
  'audit.action.service_point_deactivated': 'ปิดใช้จุดให้บริการ',
  'audit.action.service_point_reactivated': 'เปิดใช้จุดให้บริการอีกครั้ง',
  'audit.action.service_action_created': 'บันทึกการปรับปรุงตามเสียงประชาชน (คุณบอก เราทำ)',
  'audit.action.service_action_updated': 'แก้ไขการปรับปรุงตามเสียงประชาชน',
  'audit.action.service_points_imported': 'เพิ่มจุดให้บริการจากไฟล์ CSV',
  'audit.action.default_service_points_created': 'สร้างจุดให้บริการเริ่มต้นให้ อปท. ในรอบการประเมิน',
  'audit.action.kiosk_created': 'ลงทะเบียนเครื่องคีออสก์',
  'audit.action.kiosk_revoked': 'เพิกถอนเครื่องคีออสก์',
  'audit.action.organisation_updated': 'แก้ไขข้อมูลหน่วยงาน',
  'audit.action.round_created': 'สร้างรอบการประเมิน',
  'audit.action.round_updated': 'แก้ไขรอบการประเมิน',
  'audit.action.round_finalised': 'ประกาศผลสุดท้ายของรอบการประเมิน',
  'audit.action.questionnaire_published': 'เผยแพร่แบบประเมิน',
  'audit.action.registry_imported': 'นำเข้าทะเบียน อปท.',
  'audit.action.export_downloaded': 'ดาวน์โหลดข้อมูล',
  'audit.action.poster_downloaded': 'ดาวน์โหลดโปสเตอร์',
  'audit.action.job_started': 'สั่งงานเบื้องหลัง (เช่น โปสเตอร์ทุก อปท.)',
  'audit.action.report_published': 'เผยแพร่รายงานประจำปีต่อสาธารณะ',
  'audit.action.responses_deleted': 'ลบคำตอบรายบุคคลที่ครบระยะเวลาเก็บรักษา',
  'audit.action.alert_acknowledged': 'รับทราบการแจ้งเตือนของจุดให้บริการ',
  'audit.action.flags_decided': 'พิจารณาคำตอบที่ถูกตั้งข้อสังเกต (นับหรือคัดออก)',
}

const actionsEn: Record<keyof typeof actionsTh, string> = {
  'audit.action.sign_in': 'Signed in',
  'audit.action.sign_in_failed': 'Failed sign-in',
  'audit.action.sign_out': 'Signed out',
  'audit.action.password_changed': 'Changed own password',
  'audit.action.user_created': 'Created a user',
  'audit.action.user_updated': 'Changed a user',
  'audit.action.user_deactivated': 'Deactivated a user',
  'audit.action.user_reactivated': 'Reactivated a user',
  'audit.action.accounts_onboarded': 'Onboarded accounts by letter',
  'audit.action.activation_letters_issued': 'Issued new activation letters',
  'audit.action.activation_letters_downloaded': 'Downloaded activation letters',
  'audit.action.account_activated': 'Activated an account by letter',
  'audit.action.service_point_created': 'Created a service point',
  'audit.action.service_point_updated': 'Changed a service point',
  'audit.action.service_point_deactivated': 'Deactivated a service point',
  'audit.action.service_point_reactivated': 'Reactivated a service point',
  'audit.action.service_action_created': "Recorded a change made on residents' feedback (you said, we did)",
  'audit.action.service_action_updated': "Edited a change made on residents' feedback",
  'audit.action.service_points_imported': 'Added service points from a CSV file',
  'audit.action.default_service_points_created': 'Gave the LGUs of a round a default service point',
  'audit.action.kiosk_created': 'Registered a kiosk',
  'audit.action.kiosk_revoked': 'Revoked a kiosk',
  'audit.action.organisation_updated': 'Changed an organisation',
  'audit.action.round_created': 'Created a round',
  'audit.action.round_updated': 'Changed a round',
  'audit.action.round_finalised': 'Finalised a round',
  'audit.action.questionnaire_published': 'Published a questionnaire',
  'audit.action.registry_imported': 'Imported the LGU registry',
  'audit.action.export_downloaded': 'Downloaded an export',
  'audit.action.poster_downloaded': 'Downloaded a poster',
  'audit.action.job_started': 'Started a background job (such as every LGU’s posters)',
  'audit.action.report_published': 'Published an annual report to the public',
  'audit.action.responses_deleted': 'Deleted individual answers past their retention period',
  'audit.action.alert_acknowledged': 'Acknowledged a service point alert',
  'audit.action.flags_decided': 'Decided on flagged answers (counted or kept out)',
}

const th = {
  ...actionsTh,
  'audit.title': 'บันทึกการใช้งาน',
  'audit.intro': 'บันทึกนี้เพิ่มได้อย่างเดียว ไม่มีผู้ใดแก้ไขหรือลบได้ เวลาแสดงตามเวลาประเทศไทย',
  'audit.filter.action': 'การกระทำ',
  'audit.filter.actor': 'ชื่อผู้ใช้ที่กระทำ',
  'audit.filter.from': 'ตั้งแต่วันที่',
  'audit.filter.to': 'ถึงวันที่',
  'audit.error.date': 'กรุณากรอกวันที่ให้ถูกต้อง',
  'audit.error.range': 'วันที่เริ่มต้องไม่อยู่หลังวันที่สิ้นสุด',
  'audit.col.at': 'เวลา',
  'audit.col.actor': 'ผู้กระทำ',
  'audit.col.action': 'การกระทำ',
  'audit.col.target': 'สิ่งที่เกี่ยวข้อง',
  'audit.col.detail': 'รายละเอียด',
  'audit.actor.none': '(ไม่ระบุ)',
  'audit.target.user': 'บัญชีผู้ใช้',
  'audit.target.service_point': 'จุดให้บริการ',
  'audit.target.round': 'รอบการประเมิน',
  'audit.target.questionnaire': 'แบบประเมิน',
  'audit.target.organisation': 'อปท.',
  'audit.target.registry_upload': 'ไฟล์ทะเบียน',
  'audit.target.kiosk': 'เครื่องคีออสก์',
  'audit.province': 'จังหวัด{name}',
}

export type AuditMessageKey = keyof typeof th

const en: Record<AuditMessageKey, string> = {
  ...actionsEn,
  'audit.title': 'Audit log',
  'audit.intro': 'This log can only be added to; nobody can change or delete it. Times are Thailand time',
  'audit.filter.action': 'Action',
  'audit.filter.actor': 'Username of who did it',
  'audit.filter.from': 'From',
  'audit.filter.to': 'To',
  'audit.error.date': 'Enter a real date',
  'audit.error.range': 'The start date must not be after the end date',
  'audit.col.at': 'Time',
  'audit.col.actor': 'Who',
  'audit.col.action': 'Action',
  'audit.col.target': 'Concerning',
  'audit.col.detail': 'Detail',
  'audit.actor.none': '(none)',
  'audit.target.user': 'User',
  'audit.target.service_point': 'Service point',
  'audit.target.round': 'Round',
  'audit.target.questionnaire': 'Questionnaire',
  'audit.target.organisation': 'LGU',
  'audit.target.registry_upload': 'Registry file',
  'audit.target.kiosk': 'Kiosk',
  'audit.province': '{name} province',
}

export type AuditKey = AuditMessageKey | StaffMessageKey

/** One translator for the audit page: its own words and the common staff words. */
export const auditTranslator = createStaffTranslator<AuditMessageKey>({ th, en })

/** The label of a target type, or the type itself for one this table does not know yet. */
export function targetTypeLabel(t: Translate<AuditKey>, type: string): string {
  const key = `audit.target.${type}`
  return key in th ? t(key as AuditMessageKey) : type
}
