/**
 * Words of the results pages and their shared components (views/results), Thai first.
 * Error keys match the messages of the population form (`results.error.<key>`).
 */
import { createTranslator } from '../messages.js'

const th = {
  // The page
  'results.title': 'ผลการประเมินความพึงพอใจ',
  'results.heading': 'ผลการประเมินความพึงพอใจ {name}',
  'results.back': 'กลับไปที่หน้าหลักของ {name}',
  'results.links.label': 'ข้อมูลอื่นของรอบนี้',
  'results.links.comments': 'ข้อเสนอแนะจากผู้ตอบ',
  'results.links.transactions': 'จำนวนผู้รับบริการและอัตราการตอบ',
  'results.noRound': 'ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม ผลการประเมินจะแสดงเมื่อมีรอบการประเมินและมีผู้ตอบ',
  'results.questionnaire': 'แบบประเมิน: {title}',
  'results.done.population': 'บันทึกจำนวนประชากรแล้ว',
  'results.done.populationCleared': 'ล้างจำนวนประชากรแล้ว',

  // Overall
  'results.overall.title': 'ผลภาพรวม',
  'results.overall.respondents': 'ผู้ตอบ {n} คน',
  'results.overall.flaggedExcluded': 'ไม่นับ {n} คำตอบที่ถูกตั้งข้อสังเกต',
  'results.overall.flaggedHint':
    'คำตอบที่ถูกตั้งข้อสังเกต (ตอบซ้ำจากเครื่องเดิมในวันเดียวกัน หรือตอบเร็วผิดปกติ) ไม่นับในผลอย่างเป็นทางการ และแสดงจำนวนแยกไว้',
  'results.overall.flaggedIncluded': 'ระบบนี้ตั้งค่าให้นับคำตอบที่ถูกตั้งข้อสังเกตรวมในผลด้วย',
  'results.overall.tooFew': 'มีผู้ตอบน้อยกว่า {min} คน ผลอาจคลาดเคลื่อนมาก และจะไม่แสดงบนหน้าผลการประเมินสำหรับประชาชน',
  'results.overall.item': 'ความพึงพอใจโดยรวม (ข้อ “{text}”)',
  'results.overall.pooled': 'ภาพรวมทุกด้าน (รวมคำตอบทุกข้อของทุกด้าน)',
  'results.overall.itemTable': 'การกระจายของคำตอบข้อความพึงพอใจโดยรวม',

  // Figures
  'results.figure.n': 'จำนวนคำตอบ (n)',
  'results.figure.mean': 'ค่าเฉลี่ย (x̄)',
  'results.figure.sd': 'ส่วนเบี่ยงเบนมาตรฐาน (S.D.)',
  'results.figure.sdNone': 'คำนวณไม่ได้ (ต้องมีอย่างน้อย 2 คำตอบ)',
  'results.figure.percent': 'ร้อยละความพึงพอใจ',
  'results.figure.margin': 'ค่าคลาดเคลื่อนที่ระดับความเชื่อมั่น 95 %',
  'results.figure.marginValue': '± {value} จุดร้อยละ',
  'results.figure.topTwo': 'ร้อยละที่ตอบ 2 ระดับบนสุด (4–5)',
  'results.figure.band': 'ระดับความพึงพอใจ',
  'results.figure.points': 'คะแนน',
  'results.figure.pointsValue': '{points} คะแนน',
  'results.figure.pointsSource': 'ตามตาราง: {source}',
  'results.figure.notOfficial': 'ไม่ใช่เกณฑ์ทางการ',
  'results.figure.notApplicable': 'ไม่นับคำตอบ “ไม่เกี่ยวข้อง” {n} คำตอบ',

  // Tables
  'results.table.item': 'รายการ',
  'results.table.n': 'n',
  'results.table.count': 'จำนวน',
  'results.table.percent': 'ร้อยละ',
  'results.table.mean': 'x̄',
  'results.table.sd': 'S.D.',
  'results.table.satisfaction': 'ร้อยละความพึงพอใจ',
  'results.table.band': 'ระดับ',
  'results.table.level': '{label} ({value})',
  'results.table.total': 'รวม',
  'results.table.respondents': 'ผู้ตอบ (คน)',
  'results.noData': 'ยังไม่มีข้อมูล',
  'results.tooFew': 'น้อยกว่า {min} คำตอบ',
  'results.chart.levels': 'การกระจายของคำตอบ: {label}',
  'results.chart.levelText': '{count} ({percent} %)',

  // Aspects
  'results.aspects.title': 'ผลรายด้านและรายข้อ',
  'results.aspects.summary': 'สรุปผลรายด้าน',
  'results.aspects.itemCharts': 'แผนภูมิการกระจายของคำตอบรายข้อ',

  // Method notes
  'results.method.title': 'วิธีคำนวณ',
  'results.method.sd': 'S.D. คือส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)',
  'results.method.percent': 'ร้อยละความพึงพอใจ = x̄ ÷ 5 × 100 คำนวณจากค่าเฉลี่ยก่อนปัดเศษ แล้วจึงปัดเป็นทศนิยม 2 ตำแหน่ง',
  'results.method.pooled':
    'ค่าของแต่ละด้านคำนวณจากคำตอบทุกข้อในด้านนั้นรวมกัน (ทุกคำตอบมีน้ำหนักเท่ากัน) ไม่ใช่ค่าเฉลี่ยของค่าเฉลี่ยรายข้อ ภาพรวมทุกด้านคำนวณจากคำตอบทุกข้อของทุกด้านรวมกันในแบบเดียวกัน โดยไม่รวมข้อความพึงพอใจโดยรวม',
  'results.method.na': 'คำตอบ “ไม่เกี่ยวข้อง / ไม่ได้ใช้” ไม่นับใน n และไม่นำมาคำนวณ',
  'results.method.bands': 'ระดับความพึงพอใจแปลจากค่าเฉลี่ยที่ปัดเป็นทศนิยม 2 ตำแหน่งแล้ว ตาม{source}',
  'results.method.margin': 'ค่าคลาดเคลื่อน 95 % = 1.96 × S.D. ÷ √n แปลงเป็นจุดร้อยละ',

  // Per group
  'results.groups.points': 'ผลรายจุดให้บริการ',
  'results.groups.services': 'ผลรายบริการ',
  'results.groups.point': 'จุดให้บริการ',
  'results.groups.service': 'บริการ',
  'results.groups.noService': 'ไม่ระบุบริการ',
  'results.groups.inactive': 'ปิดรับแล้ว',
  'results.groups.unknownService': 'บริการรหัส {id}',
  'results.groups.unknownPoint': 'จุดให้บริการรหัส {id}',
  'results.groups.figureNote.thai-mean': 'x̄ และร้อยละความพึงพอใจของแต่ละกลุ่มคำนวณจากคำตอบทุกข้อของทุกด้านรวมกัน',
  'results.groups.figureNote.arta-csm': 'คะแนนของแต่ละกลุ่มคำนวณจากคำตอบ SQD1–SQD8 รวมกัน',
  'results.groups.figureNote.a11-trust': 'ร้อยละเชิงบวกคือร้อยละของผู้ตอบข้อความไว้วางใจที่ระดับ 4–5',
  'results.groups.tooFewNote': 'กลุ่มที่มีผู้ตอบน้อยกว่า {min} คนแสดงให้เจ้าหน้าที่เห็นพร้อมเครื่องหมาย “น้อยกว่า {min} คำตอบ” และจะไม่แสดงต่อสาธารณะ',
  'results.groups.none': 'ยังไม่มีจุดให้บริการหรือบริการที่มีผู้ตอบ',

  // Trend
  'results.trend.title': 'แนวโน้มรายเดือน',
  'results.trend.chart.thai-mean': 'ร้อยละความพึงพอใจ (ภาพรวมทุกด้าน) รายเดือน',
  'results.trend.chart.arta-csm': 'คะแนน ARTA (SQD1–SQD8) รายเดือน',
  'results.trend.chart.a11-trust': 'ร้อยละเชิงบวกของข้อความไว้วางใจ รายเดือน',
  'results.trend.value': '{percent} % (n = {n})',
  'results.trend.mutedNote': 'แถบสีจางคือเดือนที่มีผู้ตอบน้อยกว่า {min} คน หรือยังไม่มีข้อมูล',
  'results.trend.table': 'ผลรายเดือน',
  'results.trend.month': 'เดือน',
  'results.trend.noData': 'ยังไม่มีข้อมูล (n = {n})',
  'results.trend.none': 'ยังไม่มีข้อมูลรายเดือน',

  // Sample size
  'results.sample.title': 'ขนาดกลุ่มตัวอย่าง',
  'results.sample.population': 'จำนวนประชากร',
  'results.sample.target': 'ขนาดกลุ่มตัวอย่างตามสูตรของยามาเน่ (e = 0.05)',
  'results.sample.targetValue': '{n} คน',
  'results.sample.progress': 'ความคืบหน้า',
  'results.sample.progressValue': 'ผู้ตอบ {n} จาก {target} คน (ร้อยละ {percent})',
  'results.sample.progressNone': 'ยังไม่มีผู้ตอบ (เป้าหมาย {target} คน)',
  'results.sample.reached': 'ครบตามขนาดกลุ่มตัวอย่างแล้ว',
  'results.sample.chart': 'ผู้ตอบเทียบกับขนาดกลุ่มตัวอย่าง',
  'results.sample.chartLabel': 'ผู้ตอบ',
  'results.sample.formula': 'n = N ÷ (1 + N·e²) ปัดขึ้นเป็นจำนวนเต็ม เมื่อ N คือจำนวนประชากร และ e = 0.05',
  'results.sample.unknown': 'ยังไม่ได้ระบุจำนวนประชากรของ อปท. นี้ ระบุจำนวนประชากรเพื่อดูขนาดกลุ่มตัวอย่างที่ควรเก็บ',
  'results.sample.formLabel': 'จำนวนประชากรของ อปท. (คน)',
  'results.sample.formHint': 'จำนวนเต็ม 1 ถึง 10,000,000 คน เว้นว่างแล้วกดบันทึกเพื่อล้างค่า',
  'results.sample.save': 'บันทึกจำนวนประชากร',

  // Errors of the population form
  'results.error.population.notWhole': 'จำนวนประชากรต้องเป็นจำนวนเต็ม เช่น 12500',
  'results.error.population.tooSmall': 'จำนวนประชากรต้องมีอย่างน้อย 1 คน',
  'results.error.population.tooLarge': 'จำนวนประชากรต้องไม่เกิน 10,000,000 คน',
  'results.error.invalid': 'กรุณาตรวจสอบข้อมูลอีกครั้ง',

  // ARTA CSM
  'results.arta.overall': 'คะแนนรวม (SQD1–SQD8 รวมกัน)',
  'results.arta.items': 'คะแนนรายข้อ (SQD1–SQD8)',
  'results.arta.separate': 'รายงานแยก (SQD0)',
  'results.arta.score': 'คะแนน (ร้อยละ)',
  'results.arta.positive': 'เห็นด้วย + เห็นด้วยอย่างยิ่ง',
  'results.arta.na': 'ไม่เกี่ยวข้อง',
  'results.arta.band': 'ระดับ',
  'results.arta.charter': 'การรับรู้กฎบัตรประชาชน (Citizen’s Charter)',
  'results.arta.option': 'คำตอบ',
  'results.arta.method':
    'คะแนนรายข้อ = (เห็นด้วยอย่างยิ่ง + เห็นด้วย) ÷ (คำตอบ − ไม่เกี่ยวข้อง) × 100 คะแนนรวมคำนวณจากคำตอบ SQD1–SQD8 รวมกัน (ไม่ใช่ค่าเฉลี่ยของคะแนนรายข้อ) SQD0 รายงานแยก ระดับตามเกณฑ์ของ ARTA',

  //
  'results.a11.trust': 'ความไว้วางใจ (ร้อยละที่ตอบระดับ 4–5)',
  'results.a11.positive': 'ตอบระดับ 4–5',
  'results.a11.reasons': 'เหตุผลที่เลือก',
  'results.a11.share': 'ร้อยละของผู้ตอบ',
  'results.a11.method': 'ร้อยละของแต่ละเหตุผลคิดจากผู้ตอบทั้งหมด {n} คน เลือกได้หลายข้อ ผลรวมจึงไม่จำเป็นต้องเท่ากับ 100',
}

export type ResultsMessageKey = keyof typeof th

const en: Record<ResultsMessageKey, string> = {
  'results.title': 'Satisfaction results',
  'results.heading': 'Satisfaction results: {name}',
  'results.back': 'Back to {name}',
  'results.links.label': 'More for this round',
  'results.links.comments': 'Residents’ suggestions',
  'results.links.transactions': 'People served and response rate',
  'results.noRound': 'This organisation is not in any survey round yet. Results appear once it is and residents have answered.',
  'results.questionnaire': 'Questionnaire: {title}',
  'results.done.population': 'Population saved',
  'results.done.populationCleared': 'Population cleared',

  'results.overall.title': 'Overall result',
  'results.overall.respondents': '{n} respondents',
  'results.overall.flaggedExcluded': '{n} flagged responses not counted',
  'results.overall.flaggedHint':
    'Flagged responses (a repeat from the same phone on the same day, or answered implausibly fast) are left out of the official figures; their number is shown separately.',
  'results.overall.flaggedIncluded': 'This service is set to count flagged responses in the figures.',
  'results.overall.tooFew':
    'Fewer than {min} respondents: the figures may be far off, and they are not shown on the public results page.',
  'results.overall.item': 'Overall satisfaction (the question “{text}”)',
  'results.overall.pooled': 'All aspects (every answer to every aspect question pooled)',
  'results.overall.itemTable': 'Answers to the overall-satisfaction question',

  'results.figure.n': 'Answers (n)',
  'results.figure.mean': 'Mean (x̄)',
  'results.figure.sd': 'Standard deviation (S.D.)',
  'results.figure.sdNone': 'Not available (needs at least 2 answers)',
  'results.figure.percent': 'Percent satisfaction',
  'results.figure.margin': '95 % margin of error',
  'results.figure.marginValue': '± {value} percentage points',
  'results.figure.topTwo': 'Percent answering the top two levels (4–5)',
  'results.figure.band': 'Satisfaction level',
  'results.figure.points': 'Points',
  'results.figure.pointsValue': '{points} points',
  'results.figure.pointsSource': 'By the table: {source}',
  'results.figure.notOfficial': 'not official',
  'results.figure.notApplicable': '{n} “not applicable” answers not counted',

  'results.table.item': 'Question',
  'results.table.n': 'n',
  'results.table.count': 'Count',
  'results.table.percent': '%',
  'results.table.mean': 'x̄',
  'results.table.sd': 'S.D.',
  'results.table.satisfaction': '% satisfaction',
  'results.table.band': 'Level',
  'results.table.level': '{label} ({value})',
  'results.table.total': 'Total',
  'results.table.respondents': 'Respondents',
  'results.noData': 'No data yet',
  'results.tooFew': 'fewer than {min} responses',
  'results.chart.levels': 'Answers: {label}',
  'results.chart.levelText': '{count} ({percent} %)',

  'results.aspects.title': 'By aspect and question',
  'results.aspects.summary': 'Summary by aspect',
  'results.aspects.itemCharts': 'Answers to each question, as bars',

  'results.method.title': 'How the figures are calculated',
  'results.method.sd': 'S.D. is the sample standard deviation (divided by n − 1).',
  'results.method.percent': 'Percent satisfaction = x̄ ÷ 5 × 100, from the unrounded mean, then rounded to 2 decimals.',
  'results.method.pooled':
    'An aspect’s figure pools every answer to every question of the aspect (each answer weighs the same); it is not the mean of the question means. “All aspects” pools every aspect question the same way, without the overall-satisfaction question.',
  'results.method.na': '“Not applicable” answers are not counted in n or in any figure.',
  'results.method.bands': 'The satisfaction level reads the mean rounded to 2 decimals, by {source}.',
  'results.method.margin': '95 % margin of error = 1.96 × S.D. ÷ √n, in percentage points.',

  'results.groups.points': 'By service point',
  'results.groups.services': 'By service',
  'results.groups.point': 'Service point',
  'results.groups.service': 'Service',
  'results.groups.noService': 'No service named',
  'results.groups.inactive': 'closed',
  'results.groups.unknownService': 'Service {id}',
  'results.groups.unknownPoint': 'Service point {id}',
  'results.groups.figureNote.thai-mean': 'Each group’s x̄ and percent satisfaction pool every answer to every aspect question.',
  'results.groups.figureNote.arta-csm': 'Each group’s score pools the answers to SQD1–SQD8.',
  'results.groups.figureNote.a11-trust': 'Percent positive is the share of trust answers on levels 4–5.',
  'results.groups.tooFewNote':
    'Groups with fewer than {min} respondents are shown to staff, marked “fewer than {min} responses”, and are not shown to the public.',
  'results.groups.none': 'No service point or service has responses yet.',

  'results.trend.title': 'Month by month',
  'results.trend.chart.thai-mean': 'Percent satisfaction (all aspects) by month',
  'results.trend.chart.arta-csm': 'ARTA score (SQD1–SQD8) by month',
  'results.trend.chart.a11-trust': 'Percent positive on trust by month',
  'results.trend.value': '{percent} % (n = {n})',
  'results.trend.mutedNote': 'Pale bars are months with fewer than {min} respondents, or no data yet.',
  'results.trend.table': 'Month by month',
  'results.trend.month': 'Month',
  'results.trend.noData': 'No data yet (n = {n})',
  'results.trend.none': 'No monthly data yet.',

  'results.sample.title': 'Sample size',
  'results.sample.population': 'Population',
  'results.sample.target': 'Sample size by Taro Yamane (e = 0.05)',
  'results.sample.targetValue': '{n} people',
  'results.sample.progress': 'Progress',
  'results.sample.progressValue': '{n} of {target} respondents ({percent} %)',
  'results.sample.progressNone': 'No respondents yet (aiming for {target})',
  'results.sample.reached': 'The sample size has been reached.',
  'results.sample.chart': 'Respondents against the sample size',
  'results.sample.chartLabel': 'Respondents',
  'results.sample.formula': 'n = N ÷ (1 + N·e²), rounded up, where N is the population and e = 0.05.',
  'results.sample.unknown': 'The population of this organisation is not known yet. Enter it to see the sample size to aim for.',
  'results.sample.formLabel': 'Population of the organisation (people)',
  'results.sample.formHint': 'A whole number from 1 to 10,000,000. Leave it empty and save to clear it.',
  'results.sample.save': 'Save population',

  'results.error.population.notWhole': 'Population must be a whole number, like 12500',
  'results.error.population.tooSmall': 'Population must be 1 or more',
  'results.error.population.tooLarge': 'Population must be 10,000,000 or fewer',
  'results.error.invalid': 'Check this answer',

  'results.arta.overall': 'Overall score (SQD1–SQD8 pooled)',
  'results.arta.items': 'Score by question (SQD1–SQD8)',
  'results.arta.separate': 'Reported separately (SQD0)',
  'results.arta.score': 'Score (%)',
  'results.arta.positive': 'Agree + strongly agree',
  'results.arta.na': 'N/A',
  'results.arta.band': 'Rating',
  'results.arta.charter': 'Citizen’s Charter awareness',
  'results.arta.option': 'Answer',
  'results.arta.method':
    'Question score = (strongly agree + agree) ÷ (responses − N/A) × 100. The overall score pools the counts of SQD1–SQD8 (it is not the mean of question scores); SQD0 is reported on its own. Ratings follow ARTA’s scale.',

  'results.a11.trust': 'Trust (percent answering 4–5)',
  'results.a11.positive': 'Answered 4–5',
  'results.a11.reasons': 'Reasons ticked',
  'results.a11.share': '% of respondents',
  'results.a11.method': 'Each reason’s share is of all {n} respondents; several can be ticked, so shares need not add up to 100.',
}

export const resultsTranslator = createTranslator<ResultsMessageKey>({ th, en })
