/** Words of the staff export page and the links to it, Thai first. */
import { createTranslator } from '../messages.js'

const th = {
  'exports.title': 'ส่งออกผลรายหน่วยงาน',
  'exports.intro':
    'ดาวน์โหลดผลการประเมินของทุก อปท. ในขอบเขตที่เลือก แถวละ 1 อปท. รวม อปท. ที่ยังไม่มีผู้ตอบ ตัวเลขคำนวณด้วยวิธีเดียวกับหน้าผลการประเมิน',
  'exports.choose': 'เลือกรอบและขอบเขต',
  'exports.round': 'รอบการประเมิน',
  'exports.scope': 'ขอบเขต',
  'exports.scope.fixed': 'ขอบเขต: {scope}',
  'exports.dlaCode': 'หรือเฉพาะ อปท. เดียว: รหัส อปท.',
  'exports.dlaCodeHint.national': 'รหัส 7 หลัก เช่น 5810401 เว้นว่างไว้เพื่อใช้ขอบเขตที่เลือกไว้',
  'exports.dlaCodeHint.province': 'รหัส 7 หลักของ อปท. ใน{province} เว้นว่างไว้เพื่อส่งออกทั้งจังหวัด',
  'exports.dlaCode.notFound': 'ไม่พบ อปท. รหัสนี้ในขอบเขตที่ท่านเข้าถึงได้',
  'exports.show': 'เลือก',
  'exports.noRound': 'ยังไม่มีรอบการประเมินที่ท่านเข้าถึงได้ จึงยังไม่มีผลให้ส่งออก',
  'exports.downloads': 'ดาวน์โหลด',
  'exports.selection': '{scope} · {round}',
  'exports.format.xlsx': 'Excel (XLSX)',
  'exports.format.xlsx.hint': 'หัวตารางภาษาไทยพร้อมรหัสคอลัมน์ ตัวเลขเป็นตัวเลข แผ่นงานที่ 2 อธิบายแต่ละคอลัมน์',
  'exports.format.csv': 'CSV สำหรับเปิดด้วย Excel',
  'exports.format.csv.hint': 'UTF-8 มี BOM หัวคอลัมน์ภาษาไทย ค่าทศนิยม 2 ตำแหน่งตามที่หน้าผลแสดง',
  'exports.format.csv-machines': 'CSV สำหรับโปรแกรม',
  'exports.format.csv-machines.hint': 'UTF-8 ไม่มี BOM หัวคอลัมน์เป็นรหัสคอลัมน์',
  'exports.format.json': 'JSON',
  'exports.format.json.hint': 'สำหรับโปรแกรม มีรอบ ขอบเขต และคำอธิบายคอลัมน์อยู่ในไฟล์',
  'exports.note.flaggedExcluded':
    'ผลไม่นับคำตอบที่ถูกตั้งข้อสังเกต (ตอบซ้ำ หรือตอบเร็วผิดปกติ) จำนวนคำตอบเหล่านี้แสดงแยกไว้ในคอลัมน์ “คำตอบที่ถูกตั้งข้อสังเกต” และสัดส่วนในคอลัมน์ “ส่วนที่ถูกคัดออก”',
  'exports.note.flaggedIncluded': 'ระบบนี้ตั้งค่าให้นับคำตอบที่ถูกตั้งข้อสังเกตรวมในผลด้วย',
  'exports.note.minimum': 'อปท. ที่มีผู้ตอบน้อยกว่า {min} คน มีสถานะ too_few ผลอาจคลาดเคลื่อนมาก อปท. ที่ยังไม่มีผู้ตอบมีสถานะ no_responses',
  'exports.note.audit': 'ระบบบันทึกการดาวน์โหลดทุกครั้งไว้ในบันทึกการใช้งาน',
  'exports.raw.title': 'คำตอบรายบุคคล (ไม่ระบุตัวตน)',
  'exports.raw.intro':
    'ทุกคำตอบของรอบนี้ใน{scope} แถวละ 1 คำตอบ ไม่มีชื่อ ที่อยู่ IP หรือข้อมูลที่ระบุตัวผู้ตอบ เวลาตอบปัดเป็นชั่วโมง ข้อมูลติดต่อในข้อเสนอแนะถูกปิดบัง ใช้สำหรับวิเคราะห์เพิ่มเติม ไฟล์อาจมีขนาดใหญ่',
  'exports.raw.people': 'คำตอบรายบุคคล: CSV สำหรับเปิดด้วย Excel',
  'exports.raw.people.hint': 'UTF-8 มี BOM หัวคอลัมน์ภาษาไทยพร้อมรหัส ข้อความที่ขึ้นต้นด้วย = + - @ ถูกป้องกันไม่ให้ Excel ตีความเป็นสูตร',
  'exports.raw.machines': 'คำตอบรายบุคคล: CSV สำหรับโปรแกรม',
  'exports.raw.machines.hint': 'UTF-8 ไม่มี BOM หัวคอลัมน์เป็นรหัส คำตอบเป็นรหัสตัวเลือก',
  'exports.raw.organisationScope': 'คำตอบรายบุคคลส่งออกได้ทั้งประเทศหรือทั้งจังหวัด เลือกขอบเขตเป็นจังหวัดหรือทั้งประเทศเพื่อดาวน์โหลด',
  'exports.link': 'ส่งออกผลรายหน่วยงาน (Excel, CSV, JSON)',
}

export type ExportsMessageKey = keyof typeof th

const en: Record<ExportsMessageKey, string> = {
  'exports.title': 'Export results by organisation',
  'exports.intro':
    'Download the results of every LGU in the chosen scope, one row per LGU, including those with no responses yet. The figures are worked out exactly as on the results pages.',
  'exports.choose': 'Choose the round and scope',
  'exports.round': 'Survey round',
  'exports.scope': 'Scope',
  'exports.scope.fixed': 'Scope: {scope}',
  'exports.dlaCode': 'Or one LGU only: DLA code',
  'exports.dlaCodeHint.national': '7 characters, for example 5810401. Leave empty to use the scope chosen above.',
  'exports.dlaCodeHint.province': 'The 7-character code of an LGU in {province}. Leave empty to export the whole province.',
  'exports.dlaCode.notFound': 'There is no LGU with this code that you have access to',
  'exports.show': 'Choose',
  'exports.noRound': 'There is no survey round you have access to yet, so there are no results to export.',
  'exports.downloads': 'Download',
  'exports.selection': '{scope} · {round}',
  'exports.format.xlsx': 'Excel (XLSX)',
  'exports.format.xlsx.hint': 'Thai headers with column codes, numbers as numbers, and a second sheet describing each column',
  'exports.format.csv': 'CSV to open in Excel',
  'exports.format.csv.hint': 'UTF-8 with a BOM, Thai headers, figures to 2 decimals as the results pages print them',
  'exports.format.csv-machines': 'CSV for programs',
  'exports.format.csv-machines.hint': 'UTF-8 without a BOM, column codes as headers',
  'exports.format.json': 'JSON',
  'exports.format.json.hint': 'For programs; includes the round, the scope and a description of each column',
  'exports.note.flaggedExcluded':
    'Flagged responses (repeats, implausibly fast answers) are left out of the figures; their number is in the “Flagged responses” column and their share in “Excluded as suspicious”.',
  'exports.note.flaggedIncluded': 'This system is set to count flagged responses in the figures.',
  'exports.note.minimum':
    'LGUs with fewer than {min} responses have the status too_few: their figures may be far off. LGUs with no responses have the status no_responses.',
  'exports.note.audit': 'Every download is recorded in the audit log.',
  'exports.raw.title': 'Individual responses (anonymous)',
  'exports.raw.intro':
    'Every response of this round in {scope}, one row each, with no name, IP address or anything that identifies who answered; times are rounded to the hour and contact details in comments are masked. For further analysis; the file can be large.',
  'exports.raw.people': 'Individual responses: CSV to open in Excel',
  'exports.raw.people.hint':
    'UTF-8 with a BOM, Thai headers with their codes; text starting with = + - @ is kept from being read as a formula',
  'exports.raw.machines': 'Individual responses: CSV for programs',
  'exports.raw.machines.hint': 'UTF-8 without a BOM, codes as headers, answers as option codes',
  'exports.raw.organisationScope':
    'Individual responses are exported for the whole country or a province: choose one of those scopes to download them.',
  'exports.link': 'Export results by organisation (Excel, CSV, JSON)',
}

export const exportsTranslator = createTranslator<ExportsMessageKey>({ th, en })
