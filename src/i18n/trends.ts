/** Words of the comparisons on results pages (staff and public): earlier rounds, the province and the country. */
import { createTranslator } from './messages.js'

const th = {
  'trends.title': 'เทียบกับรอบก่อน',
  'trends.intro':
    'ตัวเลขของรอบนี้เทียบกับรอบก่อนหน้าที่ใช้แบบสอบถามเดียวกัน (ข้อคำถามและมาตรวัดเดียวกันในตัวเลขที่เทียบ) จุดใหญ่คือรอบที่เลือก เส้นตั้งคือค่าคลาดเคลื่อน',
  'trends.none': 'ยังไม่มีรอบก่อนหน้าที่ใช้แบบสอบถามซึ่งเทียบกับรอบนี้ได้',
  'trends.overall': 'ภาพรวมทุกด้าน',
  'trends.col.round': 'รอบการประเมิน',
  'trends.col.percent': 'ร้อยละความพึงพอใจ ± ค่าคลาดเคลื่อน',
  'trends.col.mean': 'ค่าเฉลี่ย (คำตอบ)',
  'trends.col.change': 'รอบที่เลือกต่าง (จุด)',
  'trends.change': '{points} ({verdict})',
  'trends.verdict.beyond': 'เกินค่าคลาดเคลื่อน',
  'trends.verdict.within': 'ไม่เกินค่าคลาดเคลื่อน',
  'trends.verdict.unknown': 'บอกไม่ได้',
  'trends.fy': 'ปีงบ {year}',
  'trends.current': 'รอบที่เลือก',
  'trends.noChange': '–',
  'trends.withheld': 'ไม่แสดง (ผู้ตอบน้อยกว่า {min} คน)',
  'trends.noData': 'ไม่มีข้อมูล',
  'trends.note.test':
    '“เกินค่าคลาดเคลื่อน” หมายถึงผลต่างมากกว่า √(ค่าคลาดเคลื่อนรอบที่เลือก² + ค่าคลาดเคลื่อนรอบนั้น²) คือการทดสอบ z ของผลต่างค่าเฉลี่ยสองกลุ่มตัวอย่างอิสระ ที่ระดับนัยสำคัญ 0.05 (ค่าคลาดเคลื่อนที่ความเชื่อมั่น 95 %)',
  'trends.note.comparable': 'รอบที่ใช้แบบสอบถามอื่น หรือเปลี่ยนข้อคำถามหรือมาตรวัดของด้านใด จะไม่นำด้านนั้นมาเทียบ',
  'trends.artaOverall': 'คะแนนความพึงพอใจรวม',
  'trends.col.score': 'คะแนน ± ค่าคลาดเคลื่อน',
  'trends.col.positive': 'ร้อยละตอบในทางบวก ± ค่าคลาดเคลื่อน',
  'trends.col.answers': 'ตอบในทางบวก (จากคำตอบ)',
  'trends.positiveOf': '{positive} จาก {n}',
  'trends.note.proportionTest':
    '“เกินค่าคลาดเคลื่อน” หมายถึง |z| > 1.96 ในการทดสอบ z ของผลต่างสัดส่วนสองกลุ่มตัวอย่างอิสระ z = (p₁ − p₂) ÷ √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂) ที่ระดับนัยสำคัญ 0.05 ค่าคลาดเคลื่อนคือ 1.96 × √(p(1 − p)/n) ที่ความเชื่อมั่น 95 %',
  'trends.note.comparableItems': 'รอบที่ใช้แบบสอบถามอื่น หรือเปลี่ยนข้อคำถามหรือมาตรวัดของตัวเลขใด จะไม่นำตัวเลขนั้นมาเทียบ',
  'compare.title': 'เทียบรายด้านกับจังหวัดและทั้งประเทศ',
  'compare.figure': 'ด้าน',
  'compare.this': 'อปท. นี้',
  'compare.province': 'จังหวัด{name}',
  'compare.country': 'ทั้งประเทศ',
  'compare.withheld': 'ไม่แสดง',
  'compare.note':
    'ร้อยละความพึงพอใจ ± ค่าคลาดเคลื่อนที่ความเชื่อมั่น 95 % ในรอบเดียวกัน ตัวเลขของจังหวัดและประเทศรวมทุกคำตอบของทุก อปท. ในกลุ่ม กลุ่มที่มีผู้ตอบน้อยกว่า {min} คนไม่แสดง',
}

export type TrendsMessageKey = keyof typeof th

const en: Record<TrendsMessageKey, string> = {
  'trends.title': 'Compared with earlier rounds',
  'trends.intro':
    'This round’s figures beside earlier rounds on a comparable questionnaire (the same questions and scale for the figure compared). The large dot is the chosen round; the vertical lines are margins of error.',
  'trends.none': 'No earlier round used a questionnaire comparable with this one.',
  'trends.overall': 'All aspects',
  'trends.col.round': 'Round',
  'trends.col.percent': '% satisfied ± margin',
  'trends.col.mean': 'Mean (n)',
  'trends.col.change': 'Change (points)',
  'trends.change': '{points} ({verdict})',
  'trends.verdict.beyond': 'beyond margins',
  'trends.verdict.within': 'within margins',
  'trends.verdict.unknown': 'cannot tell',
  'trends.fy': 'FY {year}',
  'trends.current': 'chosen round',
  'trends.noChange': '–',
  'trends.withheld': 'Not shown (fewer than {min} respondents)',
  'trends.noData': 'No data',
  'trends.note.test':
    '“Beyond margins” means the difference is larger than √(margin of the chosen round² + margin of that round²): a z-test on the difference of two independent means at the 0.05 level (margins at 95 % confidence).',
  'trends.note.comparable':
    'A round on another questionnaire, or one whose questions or scale for an aspect changed, is not compared for that aspect.',
  'trends.artaOverall': 'Overall score',
  'trends.col.score': 'Score ± margin',
  'trends.col.positive': '% positive ± margin',
  'trends.col.answers': 'Positive (of answers)',
  'trends.positiveOf': '{positive} of {n}',
  'trends.note.proportionTest':
    '“Beyond margins” means |z| > 1.96 in a z-test on the difference of two independent proportions, z = (p₁ − p₂) ÷ √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), at the 0.05 level; the margin is 1.96 × √(p(1 − p)/n) (95 % confidence).',
  'trends.note.comparableItems':
    'A round on another questionnaire, or one whose questions or scale for a figure changed, is not compared for that figure.',
  'compare.title': 'By aspect, against the province and the country',
  'compare.figure': 'Aspect',
  'compare.this': 'This LGU',
  'compare.province': '{name} province',
  'compare.country': 'Whole country',
  'compare.withheld': 'Not shown',
  'compare.note':
    'Percent satisfaction ± its 95 % margin of error in the same round. The province and the country pool every answer of every LGU in them; groups with fewer than {min} respondents are not shown.',
}

export const trendsTranslator = createTranslator<TrendsMessageKey>({ th, en })
