/**
 * Words of the open-data pages (`/open-data`), Thai first. `{min}` is the
 * configured minimum number of responses.
 */
import { createTranslator } from './messages.js'

const th = {
  'lang.switch': 'English',
  'list.title': 'ข้อมูลเปิด: ผลการประเมินความพึงพอใจต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น',
  'list.intro':
    'ชุดข้อมูลผลรวมของการประเมินความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น (อปท.) แยกตามรอบการประเมิน ดาวน์โหลดได้ทั้ง CSV และ JSON พร้อมคำอธิบายข้อมูล นำไปใช้ต่อได้ตามสัญญาอนุญาต {licence}',
  'list.privacy':
    'เผยแพร่เฉพาะผลรวม ไม่มีคำตอบรายบุคคล กลุ่มที่มีผู้ตอบน้อยกว่า {min} คนจะไม่แสดงค่าทางสถิติ และนับเฉพาะคำตอบที่เป็นผลทางการ (ไม่รวมคำตอบซ้ำหรือส่งเร็วผิดปกติ)',
  'list.caption': 'รอบการประเมินที่เผยแพร่',
  'list.round': 'รอบการประเมิน',
  'list.period': 'ช่วงเวลา',
  'list.status': 'สถานะ',
  'list.none': 'ยังไม่มีรอบการประเมินที่เริ่มรับคำตอบ',
  'reports.title': 'รายงานผลการประเมินประจำปี (ฉบับเผยแพร่)',
  'reports.intro': 'รายงานฉบับล่าสุดที่กรมส่งเสริมการปกครองท้องถิ่นเผยแพร่ (PDF) ใช้กฎการไม่แสดงกลุ่มเล็กเช่นเดียวกับข้อมูลเปิด',
  'reports.national': 'ทั่วประเทศ – {round} (เผยแพร่ {at})',
  'reports.province': 'จังหวัด{name} – {round} (เผยแพร่ {at})',
  'status.open': 'กำลังรับคำตอบ (ข้อมูลเปลี่ยนแปลงทุกวัน)',
  'status.closed': 'ปิดรอบแล้ว ผลเบื้องต้น (รอประกาศผลสุดท้าย)',
  'status.final': 'ผลสุดท้าย',
  'round.back': 'ข้อมูลเปิดทุกรอบ',
  'round.period': 'ช่วงเวลา {from} – {to}',
  'round.openNotice': 'ผลเบื้องต้น: รอบนี้ยังรับคำตอบอยู่ ตัวเลขจะเปลี่ยนไปเมื่อมีคำตอบเพิ่ม ผลสุดท้ายคือข้อมูลหลัง สถ. ประกาศผลสุดท้าย',
  'round.closedNotice': 'ผลเบื้องต้น: รอบนี้ปิดรับคำตอบแล้ว แต่ สถ. ยังไม่ได้ประกาศผลสุดท้าย ตัวเลขอาจยังเปลี่ยนได้',
  'round.finalNotice': 'ผลสุดท้าย: สถ. ประกาศผลของรอบนี้แล้ว ตัวเลขจะไม่เปลี่ยนอีก',
  'round.datasets': 'ชุดข้อมูล',
  'round.rows': '{count} แถว',
  'round.download': 'ดาวน์โหลด',
  'round.csvPeople': 'CSV สำหรับเปิดด้วย Excel (UTF-8 มี BOM)',
  'round.csvMachines': 'CSV สำหรับโปรแกรม (UTF-8 ไม่มี BOM)',
  'round.json': 'JSON',
  'round.dictionary': 'คำอธิบายข้อมูล',
  'round.dictionaryPage': 'ดูบนหน้าเว็บ',
  'round.dictionaryCsv': 'CSV',
  'round.dictionaryJson': 'JSON',
  'round.metadata': 'ข้อมูลเมทาดาตา',
  'round.metadataBody': 'เมทาดาตาในรูปแบบ CKAN (package_create) สำหรับนำเข้าระบบบัญชีข้อมูล เช่น data.go.th:',
  'round.licence': 'สัญญาอนุญาต: {licence} ผู้เผยแพร่: {publisher}',
  'round.suppression': 'การปกปิดกลุ่มเล็ก',
  'round.suppressionOrg':
    'อปท. ที่มีคำตอบที่เป็นผลทางการน้อยกว่า {min} คำตอบ ยังคงแสดงรหัส ชื่อ ที่ตั้ง และจำนวนผู้ตอบ (n) แต่ไม่แสดงค่าทางสถิติใด ๆ และสถานะเป็น suppressed จำนวนผู้ตอบไม่บอกคำตอบของผู้ใด จึงแสดงไว้ให้ทราบว่ายังขาดอีกเท่าใด',
  'round.suppressionAspect':
    'ใน อปท. ที่เผยแพร่ผล ด้านที่มีผู้ตอบน้อยกว่า {min} คน (เช่น ตอบ "ไม่เกี่ยวข้อง" เป็นส่วนใหญ่) จะไม่แสดง และจะไม่แสดงอีกหนึ่งด้านที่มีผู้ตอบน้อยที่สุด เพื่อไม่ให้คำนวณย้อนจากค่าภาพรวมได้',
  'round.suppressionProvince':
    'ค่าของจังหวัดรวมเฉพาะคำตอบของ อปท. ที่เผยแพร่ผลด้านนั้น จึงไม่สามารถนำค่าจังหวัดลบค่าของ อปท. ที่เผยแพร่เพื่อหาค่าของ อปท. ที่ถูกปกปิดได้',
  'dataset.organisations.title': 'ผลการประเมินรายองค์กรปกครองส่วนท้องถิ่น',
  'dataset.organisations.description':
    'หนึ่งแถวต่อ อปท. ทุกแห่งในทะเบียน (รวมแห่งที่ยังไม่มีผู้ตอบ): จำนวนผู้ตอบ ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และร้อยละความพึงพอใจรายด้านและภาพรวม พร้อมจำนวนคำตอบแต่ละระดับที่ใช้คำนวณ',
  'dataset.provinces.title': 'ผลการประเมินรายจังหวัด',
  'dataset.provinces.description':
    'หนึ่งแถวต่อจังหวัด: จำนวน อปท. จำนวนผู้ตอบ และค่าทางสถิติที่รวมคำตอบของ อปท. ที่เผยแพร่ผลในจังหวัด พร้อมจำนวนคำตอบแต่ละระดับที่ใช้คำนวณ',
  'dictionary.title': 'คำอธิบายข้อมูล: {dataset}',
  'dictionary.back': 'กลับไปหน้ารอบการประเมิน',
  'dictionary.caption': 'คอลัมน์ตามลำดับในไฟล์',
  'dictionary.code': 'รหัสคอลัมน์',
  'dictionary.label': 'ชื่อคอลัมน์ (ไทย / อังกฤษ)',
  'dictionary.description': 'คำอธิบาย',
  'dictionary.unit': 'หน่วย',
  'dictionary.type': 'ชนิดข้อมูล',
  'dictionary.empty': 'ช่องว่าง หมายถึง ไม่มีค่า หรือปกปิดเพราะมีผู้ตอบน้อยกว่า {min} คน',
  'type.text': 'ข้อความ',
  'type.integer': 'จำนวนเต็ม',
  'type.decimal': 'ทศนิยม',
  'dictionary.decimals':
    'CSV สำหรับ Excel เขียนค่าทศนิยม {decimals} ตำแหน่งเสมอ ตามที่หน้าผลการประเมินแสดง (เช่น 4.50); CSV สำหรับโปรแกรมและ JSON ให้ค่าเดียวกันเป็นตัวเลข (4.5) จำนวนคำตอบรายระดับ (…_n_5 ถึง …_n_1 และ …_n_na) ใช้คำนวณค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน ร้อยละ และความคลาดเคลื่อนซ้ำได้',
}

export type OpenDataKey = keyof typeof th

const en: Record<OpenDataKey, string> = {
  'lang.switch': 'ภาษาไทย',
  'list.title': 'Open data: citizen satisfaction with local government services',
  'list.intro':
    'Aggregate results of the citizen satisfaction survey of Thai local government organisations (LGUs, อปท.), one set per survey round, as CSV and JSON with a data dictionary. Reuse them under the licence {licence}.',
  'list.privacy':
    'Aggregates only, never individual answers. A group with fewer than {min} respondents shows no figures, and only official responses count (repeats and implausibly fast answers are left out).',
  'list.caption': 'Published survey rounds',
  'list.round': 'Survey round',
  'list.period': 'Period',
  'list.status': 'Status',
  'list.none': 'No survey round has opened yet.',
  'reports.title': 'Annual reports (public edition)',
  'reports.intro': 'The latest reports DLA has published (PDF), with the same suppression of small groups as the open data.',
  'reports.national': 'Whole country – {round} (published {at})',
  'reports.province': '{name} province – {round} (published {at})',
  'status.open': 'Collecting answers (figures change daily)',
  'status.closed': 'Closed; provisional (not yet final)',
  'status.final': 'Final',
  'round.back': 'All open data',
  'round.period': 'Period {from} – {to}',
  'round.openNotice':
    'Provisional: this round is still collecting answers, so the figures change as answers arrive. The final figures are those DLA finalises.',
  'round.closedNotice': 'Provisional: this round has closed but DLA has not finalised it yet, so the figures may still change.',
  'round.finalNotice': 'Final: DLA has finalised this round, and its figures will not change again.',
  'round.datasets': 'Datasets',
  'round.rows': '{count} rows',
  'round.download': 'Download',
  'round.csvPeople': 'CSV to open in Excel (UTF-8 with BOM)',
  'round.csvMachines': 'CSV for programs (UTF-8, no BOM)',
  'round.json': 'JSON',
  'round.dictionary': 'Data dictionary',
  'round.dictionaryPage': 'on a web page',
  'round.dictionaryCsv': 'CSV',
  'round.dictionaryJson': 'JSON',
  'round.metadata': 'Metadata',
  'round.metadataBody': 'CKAN metadata (a package_create payload) for data catalogues such as data.go.th:',
  'round.licence': 'Licence: {licence}. Publisher: {publisher}.',
  'round.suppression': 'Small groups are suppressed',
  'round.suppressionOrg':
    'An organisation with fewer than {min} official responses keeps its code, name, place and number of respondents (n), but shows no figures, and its status is "suppressed". The number of respondents tells nothing about anyone’s answers, so it stays, showing how far the organisation is from the minimum.',
  'round.suppressionAspect':
    'In a published organisation, an aspect answered by fewer than {min} people (for example when most said "not applicable") is withheld, together with the aspect with the fewest people among the rest, so that it cannot be worked out from the overall figure.',
  'round.suppressionProvince':
    'A province’s figures pool only the answers behind the organisation figures that are published, so subtracting published organisations from a province never reveals a suppressed one.',
  'dataset.organisations.title': 'Results by local government organisation',
  'dataset.organisations.description':
    'One row per organisation in the registry, including those without responses: respondents, mean, S.D. and percent satisfaction per aspect and overall, with the counts per answer level they are computed from.',
  'dataset.provinces.title': 'Results by province',
  'dataset.provinces.description':
    'One row per province: organisations, respondents, and the figures pooled from the answers of its published organisations, with the counts per answer level they are computed from.',
  'dictionary.title': 'Data dictionary: {dataset}',
  'dictionary.back': 'Back to the round',
  'dictionary.caption': 'Columns in file order',
  'dictionary.code': 'Column code',
  'dictionary.label': 'Column name (Thai / English)',
  'dictionary.description': 'Description',
  'dictionary.unit': 'Unit',
  'dictionary.type': 'Type',
  'dictionary.empty': 'An empty cell means no value, or a figure withheld because fewer than {min} people stand behind it.',
  'type.text': 'text',
  'type.integer': 'whole number',
  'type.decimal': 'decimal',
  'dictionary.decimals':
    'The CSV for Excel writes every decimal figure with exactly {decimals} decimals, as the results pages print it (4.50); the CSV for programs and the JSON give the same figure as a plain number (4.5). The counts per level (…_n_5 to …_n_1 and …_n_na) give back every mean, S.D., percent and margin of error.',
}

export const openDataTranslator = createTranslator<OpenDataKey>({ th, en })
