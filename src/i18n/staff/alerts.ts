/** Words of the alerts on the organisation and province pages and the acknowledgement page, Thai first. */
import { createTranslator } from '../messages.js'

const th = {
  'alerts.title': 'การแจ้งเตือน',
  'alerts.provinceTitle': 'การแจ้งเตือนของ อปท. ในจังหวัด',
  'alerts.none': 'ไม่มีการแจ้งเตือนที่ยังเปิดอยู่',
  'alerts.intro': 'ระบบตรวจแต่ละจุดให้บริการเป็นระยะ การแจ้งเตือนปิดเองเมื่อตัวเลขกลับสู่ปกติ ไม่นับคำตอบที่ถูกตั้งข้อสังเกต',
  'alerts.rule.low_share': 'ความพึงพอใจโดยรวมต่ำ',
  'alerts.rule.silence': 'ไม่มีผู้ตอบในเวลาทำการ',
  'alerts.describe.low_share':
    'ร้อยละ {figure} ของคำตอบความพึงพอใจโดยรวม {basis} คำตอบ อยู่ในสองระดับต่ำสุด (แจ้งเตือนเมื่อเกินร้อยละ {threshold})',
  'alerts.describe.silence': 'ไม่มีผู้ตอบมา {figure} ชั่วโมงทำการ ซึ่งตามปกติจุดนี้จะได้ประมาณ {basis} คำตอบ',
  'alerts.status.open': 'ยังไม่มีผู้รับทราบ',
  'alerts.status.acknowledged': 'รับทราบแล้ว',
  'alerts.since': 'ตั้งแต่ {at}',
  'alerts.acknowledgedBy': 'รับทราบโดย {name} เมื่อ {at}',
  'alerts.cause': 'สาเหตุ:',
  'alerts.comment.label': 'สาเหตุที่พบ',
  'alerts.comment.hint': 'เช่น เจ้าหน้าที่ลาป่วย ระบบคิวขัดข้อง หรือย้ายจุดรับบริการชั่วคราว (ไม่เกิน {max} ตัวอักษร)',
  'alerts.acknowledge': 'บันทึกการรับทราบ',
  'alerts.acknowledgeTitle': 'รับทราบการแจ้งเตือน',
  'alerts.organisation': 'อปท.',
  'alerts.point': 'จุดให้บริการ',
  'alerts.back': 'กลับไปที่{place}',
  'alerts.done': 'บันทึกการรับทราบการแจ้งเตือนแล้ว',
  'alerts.closed': 'การแจ้งเตือนนี้ปิดแล้ว เพราะตัวเลขกลับสู่ปกติ',
  'alerts.error.comment.required': 'กรุณาระบุสาเหตุก่อนบันทึกการรับทราบ',
  'alerts.error.comment.tooLong': 'สาเหตุต้องยาวไม่เกิน {max} ตัวอักษร',
}

export type AlertsMessageKey = keyof typeof th

const en: Record<AlertsMessageKey, string> = {
  'alerts.title': 'Alerts',
  'alerts.provinceTitle': 'Alerts in the province’s organisations',
  'alerts.none': 'There are no open alerts.',
  'alerts.intro':
    'Each service point is checked regularly. An alert closes by itself when the figure recovers. Flagged answers are left out.',
  'alerts.rule.low_share': 'Low overall satisfaction',
  'alerts.rule.silence': 'No answers during opening hours',
  'alerts.describe.low_share':
    '{figure} % of {basis} overall-satisfaction answers are at the two lowest levels (alert above {threshold} %)',
  'alerts.describe.silence': 'No answer for {figure} opening hours, in which this point usually collects about {basis}',
  'alerts.status.open': 'Not acknowledged yet',
  'alerts.status.acknowledged': 'Acknowledged',
  'alerts.since': 'Since {at}',
  'alerts.acknowledgedBy': 'Acknowledged by {name} on {at}',
  'alerts.cause': 'Cause:',
  'alerts.comment.label': 'Cause found',
  'alerts.comment.hint':
    'For example: staff on sick leave, the queue system down, the counter moved for a while (at most {max} characters)',
  'alerts.acknowledge': 'Record acknowledgement',
  'alerts.acknowledgeTitle': 'Acknowledge an alert',
  'alerts.organisation': 'Organisation',
  'alerts.point': 'Service point',
  'alerts.back': 'Back to {place}',
  'alerts.done': 'The acknowledgement has been recorded.',
  'alerts.closed': 'This alert has closed: the figure recovered.',
  'alerts.error.comment.required': 'Enter the cause before recording the acknowledgement',
  'alerts.error.comment.tooLong': 'The cause must be {max} characters or fewer',
}

export const alertsTranslator = createTranslator<AlertsMessageKey>({ th, en })
