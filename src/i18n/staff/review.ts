/** Words of the review queue (flagged answers counted or kept out), Thai first; labels for every flag reason. */
import type { FlagReason } from '../../domain/responses.js'
import { createTranslator, type Locale } from '../messages.js'

/** Every reason code a response can be flagged with, in both languages (more than today's two: the rules grow). */
const REASON_LABELS: Record<string, { th: string; en: string }> = {
  repeat: { th: 'ตอบซ้ำจากเครื่องเดิม', en: 'Repeat from one device' },
  too_fast: { th: 'ตอบเร็วผิดปกติ', en: 'Implausibly fast' },
  burst: { th: 'คำตอบเข้ามามากผิดปกติในช่วงสั้น', en: 'Burst of answers' },
  kiosk_interval: { th: 'ตอบถี่เกินไปจากเครื่องคีออสก์', en: 'Too soon after the last at a kiosk' },
  outside_hours: { th: 'ตอบนอกเวลาทำการ', en: 'Outside opening hours' },
  late_surge: { th: 'คำตอบพุ่งขึ้นก่อนปิดรอบ', en: 'Surge before the round closed' },
}

/** A reason's label; an unknown code shows as itself rather than failing the page. */
export function flagReasonLabel(reason: FlagReason | string, locale: Locale): string {
  return REASON_LABELS[reason]?.[locale] ?? reason
}

const th = {
  'review.title': 'คำตอบที่ถูกตั้งข้อสังเกต',
  'review.titleOf': 'คำตอบที่ถูกตั้งข้อสังเกต: {place}',
  'review.back': 'กลับไปที่{place}',
  'review.intro':
    'ระบบตั้งข้อสังเกตคำตอบที่อาจไม่ใช่ความเห็นจริง และไม่นับในผลทางการจนกว่าจะมีผู้พิจารณาให้นับ ตัดสินใจได้ทีละกลุ่มหรือทีละคำตอบ พร้อมเหตุผล และเปลี่ยนได้จนกว่าจะประกาศผลสุดท้ายของรอบ ทุกการตัดสินใจบันทึกไว้ในประวัติการใช้งาน',
  'review.privacy': 'แสดงเฉพาะคำตอบ โดยปิดบังข้อมูลส่วนบุคคลในความคิดเห็น ไม่แสดงเวลาที่ตอบ',
  'review.round': 'รอบการประเมิน',
  'review.show': 'แสดง',
  'review.none': 'ไม่มีคำตอบที่ถูกตั้งข้อสังเกตในรอบนี้',
  'review.noRound': 'ยังไม่มีรอบการประเมิน',
  'review.summary': '{groups} กลุ่ม · รอพิจารณา {waiting} คำตอบ',
  'review.col.group': 'กลุ่ม',
  'review.col.organisation': 'อปท.',
  'review.col.status': 'สถานะ',
  'review.group': '{count} คำตอบ “{reason}” ที่{point} วันที่ {day}',
  'review.status': 'รอพิจารณา {waiting} · นับ {counted} · คัดออก {keptOut}',
  'review.answers': 'คำตอบในกลุ่มนี้',
  'review.col.number': 'ลำดับ',
  'review.col.answers': 'คำตอบ',
  'review.col.decision': 'การพิจารณา',
  'review.waiting': 'รอพิจารณา',
  'review.decision.count': 'นับในผล',
  'review.decision.keep_out': 'คัดออก',
  'review.decidedWhy': '{decision}: {reason}',
  'review.decideGroup': 'ตัดสินใจทั้งกลุ่ม ({count} คำตอบ)',
  'review.decideOne': 'ตัดสินใจคำตอบนี้',
  'review.reason': 'เหตุผล',
  'review.reasonHint': 'สั้น ๆ เช่น “ครอบครัวใช้โทรศัพท์เครื่องเดียวกัน”',
  'review.finalised': 'รอบนี้ประกาศผลสุดท้ายแล้ว ตัวเลขจะไม่เปลี่ยนอีก จึงเปลี่ยนการพิจารณาไม่ได้',
  'review.done': 'บันทึกการพิจารณาแล้ว: {decision} {count} คำตอบ',
  'review.error.reason': 'กรุณาระบุเหตุผล',
  'review.error.reasonLong': 'เหตุผลยาวเกินไป (ไม่เกิน {max} ตัวอักษร)',
  'review.error.decision': 'กรุณาเลือกว่าจะนับหรือคัดออก',
  'review.error.round': 'ไม่พบรอบการประเมินนี้',
  'review.error.answer': 'ไม่พบคำตอบนี้ในกลุ่ม',
  'review.error.finalised': 'รอบนี้ประกาศผลสุดท้ายแล้ว ตัวเลขจะไม่เปลี่ยนอีก จึงเปลี่ยนการพิจารณาไม่ได้ ไม่ได้บันทึกสิ่งใด',
  'review.error.group': 'ไม่พบกลุ่มคำตอบนี้ อาจพิมพ์ที่อยู่ผิด หรือไม่อยู่ในขอบเขตที่ท่านดูแล ไม่ได้บันทึกสิ่งใด',
  'review.link': 'คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา {count}',
}

export type ReviewMessageKey = keyof typeof th

const en: Record<ReviewMessageKey, string> = {
  'review.title': 'Flagged answers',
  'review.titleOf': 'Flagged answers: {place}',
  'review.back': 'Back to {place}',
  'review.intro':
    'Answers that may not be genuine are flagged and left out of the official figures until someone decides to count them. Decide a whole group or one answer at a time, with a reason; a decision can be changed until the round’s results are final. Every decision is in the audit log.',
  'review.privacy': 'Only the answers are shown, with personal details in comments masked, and never the time.',
  'review.round': 'Survey round',
  'review.show': 'Show',
  'review.none': 'No flagged answers in this round.',
  'review.noRound': 'No survey round yet.',
  'review.summary': '{groups} groups · {waiting} answers waiting',
  'review.col.group': 'Group',
  'review.col.organisation': 'Organisation',
  'review.col.status': 'Status',
  'review.group': '{count} × “{reason}” at {point} on {day}',
  'review.status': '{waiting} waiting · {counted} counted · {keptOut} kept out',
  'review.answers': 'Answers in this group',
  'review.col.number': 'No.',
  'review.col.answers': 'Answers',
  'review.col.decision': 'Decision',
  'review.waiting': 'Waiting',
  'review.decision.count': 'Count',
  'review.decision.keep_out': 'Keep out',
  'review.decidedWhy': '{decision}: {reason}',
  'review.decideGroup': 'Decide the whole group ({count} answers)',
  'review.decideOne': 'Decide this answer',
  'review.reason': 'Reason',
  'review.reasonHint': 'A few words, e.g. “a family sharing one phone”',
  'review.finalised': 'This round’s results are final and never change again, so decisions can no longer change.',
  'review.done': 'Decision saved: {decision}, {count} answers',
  'review.error.reason': 'Give a reason',
  'review.error.reasonLong': 'The reason is too long ({max} characters at most)',
  'review.error.decision': 'Choose whether to count or keep out',
  'review.error.round': 'This survey round was not found',
  'review.error.answer': 'This answer is not in the group',
  'review.error.finalised':
    'This round’s results are final and never change again, so decisions can no longer change. Nothing was saved.',
  'review.error.group':
    'This group of answers was not found: the address may be wrong, or it is outside your area. Nothing was saved.',
  'review.link': 'Flagged answers: {count} waiting',
}

export const reviewTranslator = createTranslator<ReviewMessageKey>({ th, en })
