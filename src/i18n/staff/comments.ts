/** Words of the comments page (residents' free-text answers, masked), Thai first. */
import { createTranslator } from '../messages.js'

const th = {
  'comments.title': 'ความคิดเห็นและข้อเสนอแนะ',
  'comments.back': 'กลับไปที่ผลการประเมินของ{organisation}',
  'comments.privacy':
    'ระบบปิดบังเลขประจำตัวประชาชน เบอร์โทรศัพท์ อีเมล และไอดีไลน์ที่ผู้ตอบพิมพ์ไว้โดยอัตโนมัติ และแสดงเฉพาะวันที่ ไม่แสดงเวลา เพื่อไม่ให้ความคิดเห็นย้อนกลับไปถึงตัวผู้ตอบได้',
  'comments.filters': 'ค้นหาความคิดเห็น',
  'comments.filter.q': 'ค้นหาคำ',
  'comments.filter.qHint': 'ข้อมูลส่วนบุคคลที่ถูกปิดบังไว้ค้นหาไม่ได้',
  'comments.filter.point': 'จุดให้บริการ',
  'comments.filter.round': 'รอบการประเมิน',
  'comments.found': 'พบ {count} ความคิดเห็น',
  'comments.col.day': 'วันที่',
  'comments.col.point': 'จุดให้บริการ',
  'comments.col.text': 'ความคิดเห็น',
  'comments.flagged.repeat': 'ถูกตั้งข้อสังเกต: ตอบซ้ำ',
  'comments.flagged.too_fast': 'ถูกตั้งข้อสังเกต: ตอบเร็วผิดปกติ',
  'comments.flagged.burst': 'ถูกตั้งข้อสังเกต: คำตอบหลั่งไหลผิดปกติ',
  'comments.flagged.kiosk_interval': 'ถูกตั้งข้อสังเกต: คิออสก์ตอบถี่เกินไป',
  'comments.flagged.outside_hours': 'ถูกตั้งข้อสังเกต: ตอบนอกเวลาทำการ',
  'comments.flagged.late_surge': 'ถูกตั้งข้อสังเกต: คำตอบพุ่งก่อนปิดรอบ',
  'comments.flaggedNote': 'ความคิดเห็นที่ถูกตั้งข้อสังเกต (เช่น ตอบซ้ำจากเครื่องเดิม ตอบเร็วผิดปกติ หรือตอบนอกเวลาทำการ) ยังแสดงไว้ให้อ่าน โดยมีป้ายกำกับ',
  'comments.none': 'ยังไม่มีความคิดเห็นในรอบนี้',
  'comments.deleted':
    'ความคิดเห็นของรอบนี้ถูกลบแล้วพร้อมคำตอบรายบุคคล ตั้งแต่วันที่ {date} เมื่อครบ {years} ปีงบประมาณนับจากวันปิดรอบ ตามที่แจ้งไว้ในประกาศความเป็นส่วนตัว ผลสรุปของรอบยังคงอยู่',
  'comments.noMatch': 'ไม่พบความคิดเห็นที่ตรงกับการค้นหา ลองใช้คำอื่นหรือเลือกจุดให้บริการทั้งหมด',
  'comments.noQuestion': 'แบบประเมินของรอบนี้ไม่มีคำถามปลายเปิด จึงไม่มีความคิดเห็น',
  'comments.noRound': 'ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม',
  'comments.newestFirst': 'เรียงจากใหม่ไปเก่า',
}

export type CommentsMessageKey = keyof typeof th

const en: Record<CommentsMessageKey, string> = {
  'comments.title': 'Comments and suggestions',
  'comments.back': 'Back to the results of {organisation}',
  'comments.privacy':
    'ID numbers, phone numbers, e-mail addresses and LINE ids that residents typed are masked automatically, and only the day is shown, never the time, so that no comment can be traced back to the person who wrote it.',
  'comments.filters': 'Search comments',
  'comments.filter.q': 'Words',
  'comments.filter.qHint': 'Masked personal details cannot be searched for.',
  'comments.filter.point': 'Service point',
  'comments.filter.round': 'Survey round',
  'comments.found': '{count} comments',
  'comments.col.day': 'Day',
  'comments.col.point': 'Service point',
  'comments.col.text': 'Comment',
  'comments.flagged.repeat': 'Flagged: repeat',
  'comments.flagged.too_fast': 'Flagged: implausibly fast',
  'comments.flagged.burst': 'Flagged: burst of answers',
  'comments.flagged.kiosk_interval': 'Flagged: kiosk answered too soon',
  'comments.flagged.outside_hours': 'Flagged: outside opening hours',
  'comments.flagged.late_surge': 'Flagged: surge before the round closed',
  'comments.flaggedNote':
    'Comments of flagged responses (such as repeats from the same device, implausibly fast answers or answers outside opening hours) are still shown, with a tag.',
  'comments.none': 'No comments in this round yet.',
  'comments.deleted':
    'The comments of this round were deleted with the individual answers on {date}, when the retention period stated in the privacy notice ended. The round’s results remain.',
  'comments.noMatch': 'No comment matches. Try other words or all service points.',
  'comments.noQuestion': 'This round’s questionnaire has no free-text question, so there are no comments.',
  'comments.noRound': 'This organisation is not in any survey round yet.',
  'comments.newestFirst': 'Newest first',
}

export const commentsTranslator = createTranslator<CommentsMessageKey>({ th, en })
