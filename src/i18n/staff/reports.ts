/** Words of the page that starts an annual report (รายงานผลการประเมินความพึงพอใจ) as a background job. */
import { createStaffTranslator } from '../staff-messages.js'

const th = {
  'report.title': 'รายงานผลการประเมินความพึงพอใจ (PDF)',
  'report.intro':
    'รายงานประจำรอบเป็นไฟล์ PDF: ปก สารบัญ วิธีการประเมิน สรุปผลพร้อมแผนภูมิ ผลรายจังหวัดหรือรายอำเภอ และตารางผลของทุก อปท. ระบบจัดทำเบื้องหลัง ท่านปิดหน้านี้แล้วกลับมาดาวน์โหลดภายหลังได้',
  'report.round': 'รอบการประเมิน',
  'report.scope': 'ขอบเขต',
  'report.scope.national': 'ทั่วประเทศ',
  'report.scope.own': 'จังหวัด{name} (จังหวัดของท่าน)',
  'report.edition': 'ฉบับ',
  'report.edition.staff': 'ฉบับสำหรับเจ้าหน้าที่ (ผลตามหน้าผลการประเมิน)',
  'report.edition.public': 'ฉบับเผยแพร่ (ปกปิดผลของ อปท. ที่มีผู้ตอบน้อย เช่นเดียวกับข้อมูลเปิด)',
  'report.start': 'เริ่มจัดทำรายงาน',
  'report.noRound': 'ยังไม่มีรอบการประเมินที่ท่านดูได้',
  'report.error.round': 'ไม่พบรอบการประเมินที่เลือก กรุณาเลือกจากรายการ',
  'report.error.unknownProvince': 'ไม่พบจังหวัดที่เลือก กรุณาเลือกจากรายการ',
  'report.error.otherProvince': 'ท่านจัดทำรายงานได้เฉพาะจังหวัดของท่านเท่านั้น',
  'report.error.edition': 'กรุณาเลือกฉบับของรายงาน',
  'report.publish.title': 'เผยแพร่ต่อสาธารณะ',
  'report.publish.offer':
    'รายงานฉบับเผยแพร่ของรอบที่ปิดผลแล้วนี้ เผยแพร่ให้ประชาชนดาวน์โหลดได้จากหน้าข้อมูลเปิดและหน้าผลการประเมินของ อปท. ในขอบเขตนี้ ไฟล์ที่เผยแพร่จะเก็บไว้จนกว่าจะเผยแพร่ฉบับใหม่แทน',
  'report.publish.replace': 'มีรายงานที่เผยแพร่ไว้แล้วสำหรับขอบเขตนี้ การเผยแพร่ฉบับนี้จะแทนที่ฉบับเดิม',
  'report.publish.done': 'เผยแพร่แล้วเมื่อ {at}',
  'report.publish.link': 'ดาวน์โหลดฉบับที่เผยแพร่',
  'report.publish.openData': 'ไปหน้าข้อมูลเปิด',
  'report.publish.submit': 'เผยแพร่รายงานนี้',
  'report.link': 'รายงานผลการประเมินความพึงพอใจ (PDF)',
  'report.link.hint': 'รายงานประจำรอบของประเทศหรือจังหวัด ฉบับเจ้าหน้าที่หรือฉบับเผยแพร่',
}

export type ReportsMessageKey = keyof typeof th

const en: Record<ReportsMessageKey, string> = {
  'report.title': 'Annual satisfaction report (PDF)',
  'report.intro':
    'The round’s report as a PDF: cover, contents, method, a summary with charts, results by province or district, and a table of every LGU. It is made in the background; you can close this page and download it later.',
  'report.round': 'Round',
  'report.scope': 'Scope',
  'report.scope.national': 'Whole country',
  'report.scope.own': '{name} province (your province)',
  'report.edition': 'Edition',
  'report.edition.staff': 'Staff edition (the figures of the results pages)',
  'report.edition.public': 'Public edition (small LGUs’ figures suppressed, as in open data)',
  'report.start': 'Make the report',
  'report.noRound': 'There is no round you can see yet',
  'report.error.round': 'The chosen round was not found. Choose one from the list.',
  'report.error.unknownProvince': 'The chosen province was not found. Choose one from the list.',
  'report.error.otherProvince': 'You can make the report for your own province only.',
  'report.error.edition': 'Choose the edition of the report',
  'report.publish.title': 'Publish to the public',
  'report.publish.offer':
    'This public edition, of a finalised round, can be published for anyone to download from the open-data page and from the results pages of the LGUs it covers. The published file is kept until another replaces it.',
  'report.publish.replace': 'A report is already published for this scope; publishing this one replaces it.',
  'report.publish.done': 'Published on {at}',
  'report.publish.link': 'Download the published copy',
  'report.publish.openData': 'Go to the open-data page',
  'report.publish.submit': 'Publish this report',
  'report.link': 'Annual satisfaction report (PDF)',
  'report.link.hint': 'The round’s report for the country or a province, staff or public edition',
}

export const reportsTranslator = createStaffTranslator<ReportsMessageKey>({ th, en })
