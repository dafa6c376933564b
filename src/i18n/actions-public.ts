/** Words of "You said, we did" where residents read them: the public results, the thank-you page and the poster. */
import { createTranslator } from './messages.js'

const th = {
  'actions.heading': 'คุณบอก เราทำ',
  'actions.intro': 'สิ่งที่{organisation}ปรับปรุงจากความเห็นของผู้รับบริการ',
  'actions.introPoint': 'สิ่งที่เราปรับปรุงที่จุดให้บริการนี้จากความเห็นของผู้รับบริการ',
  'actions.said': 'คุณบอก',
  'actions.did': 'เราทำ',
  'actions.topic': 'เรื่อง{topic}',
  'actions.at': 'ที่{points}',
  'actions.status.in_progress': 'กำลังดำเนินการ ตั้งแต่ {date}',
  'actions.status.done': 'ดำเนินการแล้ว เมื่อ {date}',
  'actions.photo': 'ภาพหลังปรับปรุง',
  'actions.poster.title': 'คุณบอก เราทำ',
  'actions.poster.subtitle': 'สิ่งที่เราปรับปรุงจากแบบประเมินความพึงพอใจของท่าน',
  'actions.poster.none': 'ยังไม่มีรายการที่ดำเนินการแล้ว',
  'actions.poster.footer': 'ร่วมประเมินได้ที่ {url} ความเห็นของท่านช่วยให้บริการดีขึ้น',
}

export type ActionsPublicKey = keyof typeof th

const en: Record<ActionsPublicKey, string> = {
  'actions.heading': 'You said, we did',
  'actions.intro': 'What {organisation} changed after hearing from the people it serves',
  'actions.introPoint': 'What we changed at this service point after hearing from you',
  'actions.said': 'You said',
  'actions.did': 'We did',
  'actions.topic': 'About {topic}',
  'actions.at': 'At {points}',
  'actions.status.in_progress': 'In progress since {date}',
  'actions.status.done': 'Done on {date}',
  'actions.photo': 'After the change',
  'actions.poster.title': 'You said, we did',
  'actions.poster.subtitle': 'What we changed after your satisfaction survey answers',
  'actions.poster.none': 'Nothing has been completed yet',
  'actions.poster.footer': 'Tell us how we did at {url}: your answers make the service better',
}

export const actionsPublicTranslator = createTranslator<ActionsPublicKey>({ th, en })
