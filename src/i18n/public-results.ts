/**
 * Words of the public results pages (`/o`, `/o/<DLA code>`), Thai first.
 * Placeholders are `{name}`; `{min}` is the configured minimum number of responses.
 */
import { createTranslator } from './messages.js'

const th = {
  'public.siteName': 'ผลการประเมินความพึงพอใจขององค์กรปกครองส่วนท้องถิ่น',
  'public.search.title': 'ค้นหาผลการประเมินความพึงพอใจขององค์กรปกครองส่วนท้องถิ่น',
  'public.search.intro':
    'ดูผลการประเมินความพึงพอใจของผู้รับบริการต่อองค์กรปกครองส่วนท้องถิ่น (อปท.) แต่ละแห่ง เผยแพร่เฉพาะผลรวม ไม่แสดงคำตอบรายบุคคล',
  'public.search.label': 'ชื่อหรือรหัส อปท.',
  'public.search.hint': 'เช่น เทศบาลเมืองกระบี่ หรือรหัส 7 หลัก 4810102',
  'public.search.submit': 'ค้นหา',
  'public.search.results': 'ผลการค้นหา',
  'public.search.found': 'พบ {count} แห่ง',
  'public.search.none': 'ไม่พบ อปท. ที่ตรงกับ “{q}” กรุณาตรวจสอบตัวสะกด หรือลองค้นหาด้วยรหัส อปท.',
  'public.search.previous': 'หน้าก่อนหน้า',
  'public.search.next': 'หน้าถัดไป',
  'public.search.summary': 'แสดงลำดับที่ {from}–{to} จาก {total} แห่ง',
  'public.search.nav': 'หน้าผลการค้นหา',
  'public.search.other': 'ค้นหาผลของ อปท. อื่น',
  'public.org.code': 'รหัส อปท. {code}',
  'public.org.district': 'อำเภอ{name}',
  'public.org.province': 'จังหวัด{name}',
  'public.notFound.title': 'ไม่พบองค์กรปกครองส่วนท้องถิ่นนี้',
  'public.notFound.body': 'ไม่พบ อปท. รหัส “{code}” กรุณาตรวจสอบรหัสอีกครั้ง หรือค้นหาจากชื่อ',
  'public.noRounds.title': 'ยังไม่มีผลการประเมิน',
  'public.noRounds.body': 'องค์กรปกครองส่วนท้องถิ่นแห่งนี้ยังไม่มีรอบการประเมินที่เริ่มรับคำตอบ ผลการประเมินจะแสดงที่หน้านี้เมื่อมีรอบการประเมิน',
  'public.results.heading': 'ผลการประเมินความพึงพอใจ',
  'public.round.nav': 'รอบการประเมิน',
  'public.round.open': 'กำลังเปิดรับคำตอบ',
  'public.round.closed': 'ปิดรับคำตอบแล้ว',
  'public.round.final': 'ผลสุดท้าย',
  'public.results.provisional': 'ผลเบื้องต้น: ตัวเลขอาจยังเปลี่ยนได้จนกว่ากรมส่งเสริมการปกครองท้องถิ่นจะประกาศผลสุดท้าย',
  'public.results.final': 'ผลสุดท้าย: กรมส่งเสริมการปกครองท้องถิ่นประกาศผลของรอบนี้แล้ว ตัวเลขจะไม่เปลี่ยนอีก',
  'public.round.window': 'รับคำตอบ {opens} ถึง {closes}',
  'public.round.interim': 'รอบนี้ยังเปิดรับคำตอบอยู่ ผลด้านล่างเป็นผลระหว่างรอบ และจะเปลี่ยนไปเมื่อมีผู้ตอบเพิ่ม',
  'public.suppressed': 'มีผู้ตอบน้อยกว่า {min} คน จึงไม่แสดงผล',
  'public.suppressedComplement': 'ไม่แสดงผล เพื่อไม่ให้คำนวณย้อนกลับหาผลของรายการที่มีผู้ตอบน้อยกว่า {min} คนได้',
  'public.respondents': 'ผู้ตอบแบบประเมิน {count} คน',
  'public.figure.percent': 'ความพึงพอใจร้อยละ {value}',
  'public.figure.mean': 'ค่าเฉลี่ย {value}',
  'public.figure.band': 'ระดับ{value}',
  'public.figure.answers': '{value} คำตอบ',
  'public.figure.score': 'คะแนน {value}',
  'public.figure.positive': 'ตอบในทางบวกร้อยละ {value}',
  'public.figure.respondents': 'ผู้ตอบ {value} คน',
  'public.thai.overall': 'ภาพรวมทุกด้าน',
  'public.thai.overallItem': 'คำถามความพึงพอใจโดยรวม',
  'public.thai.aspects': 'ผลรายด้านและรายข้อ',
  'public.thai.headline': 'ร้อยละความพึงพอใจ ± ความคลาดเคลื่อน รายด้าน เทียบกับจังหวัดและประเทศ',
  'public.thai.chartNote': 'ขีดที่ปลายแท่งคือช่วงความคลาดเคลื่อนที่ระดับความเชื่อมั่น 95 % แท่งสีเทาบางคือทั้งจังหวัดและทั้งประเทศ',
  'public.thai.province': 'ทั้งจังหวัด{name}',
  'public.thai.country': 'ทั้งประเทศ',
  'public.thai.method':
    'ร้อยละความพึงพอใจ = ค่าเฉลี่ย ÷ 5 × 100 (ค่าเฉลี่ยจากระดับ 1–5) จำนวนคำตอบของแต่ละด้านและภาพรวมนับทุกข้อในกลุ่มนั้นรวมกัน ไม่นับคำตอบ “ไม่เกี่ยวข้อง”',
  'public.thai.bands': 'การแปลความหมายค่าเฉลี่ย: {bands}',
  'public.arta.overall': 'คะแนนความพึงพอใจรวม (SQD1–SQD8)',
  'public.arta.items': 'คะแนนรายข้อ',
  'public.arta.chart': 'คะแนนรายข้อ SQD1–SQD8 (ร้อยละ)',
  'public.arta.method':
    'คะแนน = (เห็นด้วยอย่างยิ่ง + เห็นด้วย) ÷ (ผู้ตอบ − ไม่เกี่ยวข้อง) × 100 ตามหลักเกณฑ์ ARTA คะแนนรวมคำนวณจากคำตอบของข้อ SQD1–SQD8 รวมกัน ส่วนข้อ SQD0 รายงานแยก',
  'public.a11.method': 'ร้อยละผู้ตอบในทางบวก = ผู้ตอบระดับ 4 หรือ 5 ÷ ผู้ตอบทั้งหมด × 100',
  'public.points.heading': 'ผลแยกตามจุดให้บริการ',
  'public.points.withheld': 'ไม่แสดงผลแยกตามจุดให้บริการ เพราะมีบางจุดที่มีผู้ตอบน้อยกว่า {min} คน และผลของจุดอื่นจะทำให้คำนวณผลของจุดนั้นย้อนกลับได้',
  'public.notes.heading': 'เกี่ยวกับตัวเลขในหน้านี้',
  'public.notes.privacy':
    'หน้านี้แสดงเฉพาะผลรวม ไม่แสดงคำตอบรายบุคคล ข้อเสนอแนะ หรือผลรายวันรายเดือน และไม่แสดงผลของกลุ่มใดที่มีผู้ตอบน้อยกว่า {min} คน',
  'public.notes.flagged':
    'นับเฉพาะคำตอบที่ผ่านการตรวจสอบ คำตอบที่ระบบตั้งข้อสังเกต เช่น ตอบซ้ำจากเครื่องเดิมที่จุดเดิมในวันเดียวกัน ส่งเร็วผิดปกติ หรือคำตอบเหมือนกันจำนวนมากในเวลาสั้น ไม่นับ เว้นแต่เจ้าหน้าที่ตรวจแล้วให้นับ',
  'public.chart.withheld': 'ไม่แสดงผล',
}

export type PublicMessageKey = keyof typeof th

const en: Record<PublicMessageKey, string> = {
  'public.siteName': 'Local government satisfaction results',
  'public.search.title': 'Find the satisfaction results of a local government',
  'public.search.intro':
    'See what residents think of the services of each local government organisation. Only totals are published, never anyone’s answers.',
  'public.search.label': 'Name or DLA code',
  'public.search.hint': 'For example เทศบาลเมืองกระบี่, or the 7-digit code 4810102',
  'public.search.submit': 'Search',
  'public.search.results': 'Search results',
  'public.search.found': '{count} found',
  'public.search.none': 'Nothing matches “{q}”. Check the spelling, or search by the DLA code.',
  'public.search.previous': 'Previous page',
  'public.search.next': 'Next page',
  'public.search.summary': 'Showing {from}–{to} of {total}',
  'public.search.nav': 'Search result pages',
  'public.search.other': 'Find another local government',
  'public.org.code': 'DLA code {code}',
  'public.org.district': '{name} District',
  'public.org.province': '{name} Province',
  'public.notFound.title': 'Local government not found',
  'public.notFound.body': 'There is no local government with the code “{code}”. Check the code, or search by name.',
  'public.noRounds.title': 'No results yet',
  'public.noRounds.body':
    'This local government has no survey round that has started yet. Its results will appear on this page once a round takes place.',
  'public.results.heading': 'Satisfaction results',
  'public.round.nav': 'Survey rounds',
  'public.round.open': 'open',
  'public.round.closed': 'closed',
  'public.round.final': 'final results',
  'public.results.provisional': 'Provisional: the figures may still change until DLA finalises the round.',
  'public.results.final': 'Final: DLA has finalised this round, and its figures will not change again.',
  'public.round.window': 'Answers accepted {opens} to {closes}',
  'public.round.interim': 'This round is still open: these are interim results, and they change as more people answer.',
  'public.suppressed': 'Fewer than {min} people answered, so no result is shown.',
  'public.suppressedComplement':
    'Not shown, so that the result of a group with fewer than {min} answers cannot be worked out from it.',
  'public.respondents': '{count} people answered',
  'public.figure.percent': 'satisfaction {value}%',
  'public.figure.mean': 'mean {value}',
  'public.figure.band': 'level: {value}',
  'public.figure.answers': '{value} answers',
  'public.figure.score': 'score {value}',
  'public.figure.positive': '{value}% positive',
  'public.figure.respondents': '{value} people',
  'public.thai.overall': 'All aspects together',
  'public.thai.overallItem': 'Overall satisfaction question',
  'public.thai.aspects': 'By aspect and question',
  'public.thai.headline': 'Percent satisfaction ± margin of error by aspect, against the province and the country',
  'public.thai.chartNote':
    'The whisker at the end of each bar is the 95 % margin of error; the thin grey bars are the whole province and the whole country.',
  'public.thai.province': 'All of {name}',
  'public.thai.country': 'The whole country',
  'public.thai.method':
    'Percent satisfaction = mean ÷ 5 × 100 (mean of the 1–5 answers). The answers of an aspect, and of all aspects together, count every question in it; “not applicable” answers are not counted.',
  'public.thai.bands': 'How the mean is read: {bands}',
  'public.arta.overall': 'Overall score (SQD1–SQD8)',
  'public.arta.items': 'Score per question',
  'public.arta.chart': 'Score per question, SQD1–SQD8 (%)',
  'public.arta.method':
    'Score = (strongly agree + agree) ÷ (answers − not applicable) × 100, as ARTA prescribes. The overall score pools the answers to SQD1–SQD8; SQD0 is reported on its own.',
  'public.a11.method': 'Percent positive = answers of 4 or 5 ÷ all answers × 100.',
  'public.points.heading': 'By service point',
  'public.points.withheld':
    'Results by service point are not shown: at least one service point has fewer than {min} answers, and the others would let its result be worked out.',
  'public.notes.heading': 'About these figures',
  'public.notes.privacy':
    'This page shows totals only: no one’s answers, no suggestions, no daily or monthly figures, and no result for any group of fewer than {min} people.',
  'public.notes.flagged':
    'Only checked answers count: answers the system flags, such as a repeat from the same device at the same service point on the same day, answers sent implausibly fast or a burst of identical answers, are left out unless staff review them and count them.',
  'public.chart.withheld': 'not shown',
}

export const publicTranslator = createTranslator<PublicMessageKey>({ th, en })
