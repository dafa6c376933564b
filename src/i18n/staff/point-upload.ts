/**
 * Words of adding service points from a CSV file, and of the default point a
 * round can give organisations that have none. Problem keys match
 * `BatchProblemKey` and `PointFileFailure` (`points.problem.<key>`, `points.file.<reason>`).
 */
import type { BatchProblemKey } from '../../domain/service-point-batch.js'
import type { PointFileFailure } from '../../service-point-import/point-csv.js'
import { createStaffTranslator } from '../staff-messages.js'

type Own<K extends string> = Record<K, string>

const problemsTh: Own<`points.problem.${BatchProblemKey}`> = {
  'points.problem.fieldCount': 'มี {n} ช่อง แต่หัวตารางมี {expected} ช่อง',
  'points.problem.missingCode': 'ไม่ได้กรอกรหัส อปท. (dla_code)',
  'points.problem.badCode': 'รหัส อปท. “{code}” ไม่ใช่ตัวเลข 7 หลัก',
  'points.problem.unknownCode': 'ไม่พบรหัส อปท. {code} ในทะเบียน',
  'points.problem.outOfScope': 'อปท. รหัส {code} ไม่อยู่ในความรับผิดชอบของท่าน',
  'points.problem.emptyName': 'ไม่ได้กรอกชื่อจุดบริการ (name_th)',
  'points.problem.invisibleName': 'ชื่อ “{name}” มีอักขระที่มองไม่เห็น (เช่น zero-width space หรือการขึ้นบรรทัดใหม่) กรุณาพิมพ์ชื่อใหม่',
  'points.problem.nameTooLong': 'ชื่อยาว {length} ตัวอักษร ต้องไม่เกิน {max} ตัวอักษร',
  'points.problem.duplicateInFile': 'ชื่อจุดบริการ “{name}” ซ้ำกับบรรทัด {first} ของ อปท. เดียวกัน',
  'points.problem.duplicateExisting': 'อปท. รหัส {code} มีจุดบริการที่เปิดรับชื่อ “{name}” อยู่แล้ว',
  'points.problem.emptyService': 'บริการลำดับที่ {n} ไม่มีชื่อภาษาไทย (ใช้ | คั่นระหว่างบริการ)',
  'points.problem.invisibleService': 'ชื่อบริการ “{name}” มีอักขระที่มองไม่เห็น',
  'points.problem.serviceTooLong': 'ชื่อบริการ “{name}…” ยาวเกิน {max} ตัวอักษร',
  'points.problem.duplicateService': 'บริการ “{name}” ซ้ำในจุดบริการเดียวกัน',
  'points.problem.tooManyServices': 'มีบริการ {n} รายการ ต้องไม่เกิน {max} รายการ',
  'points.problem.servicesMismatch': 'services_en มี {en} รายการ แต่ services_th มี {th} รายการ ต้องเท่ากันหรือเว้นว่าง services_en',
}

const problemsEn: Own<`points.problem.${BatchProblemKey}`> = {
  'points.problem.fieldCount': 'has {n} fields, but the header has {expected}',
  'points.problem.missingCode': 'no LGU code (dla_code)',
  'points.problem.badCode': 'the LGU code “{code}” is not 7 digits',
  'points.problem.unknownCode': 'no LGU with the code {code} in the registry',
  'points.problem.outOfScope': 'the LGU {code} is not one you look after',
  'points.problem.emptyName': 'no service point name (name_th)',
  'points.problem.invisibleName':
    'the name “{name}” contains invisible characters (such as a zero-width space or a line break); type it again',
  'points.problem.nameTooLong': 'the name is {length} characters long; at most {max}',
  'points.problem.duplicateInFile': 'the service point “{name}” is also on line {first} for the same LGU',
  'points.problem.duplicateExisting': 'the LGU {code} already has an open service point called “{name}”',
  'points.problem.emptyService': 'service {n} has no Thai name (separate services with |)',
  'points.problem.invisibleService': 'the service “{name}” contains invisible characters',
  'points.problem.serviceTooLong': 'the service “{name}…” is longer than {max} characters',
  'points.problem.duplicateService': 'the service “{name}” is listed twice at the same point',
  'points.problem.tooManyServices': '{n} services; at most {max}',
  'points.problem.servicesMismatch':
    'services_en has {en} names but services_th has {th}; give as many, or leave services_en blank',
}

const fileTh: Own<`points.file.${PointFileFailure | 'noFile' | 'tooLarge' | 'notCsvAt'}`> = {
  'points.file.noFile': 'กรุณาเลือกไฟล์ CSV',
  'points.file.tooLarge': 'ไฟล์ต้องไม่เกิน {max} MB (ไฟล์นี้ {size})',
  'points.file.notCsv': 'ไฟล์นี้ไม่ใช่ CSV ที่อ่านได้ กรุณาบันทึกจาก Excel เป็น “CSV UTF-8”',
  'points.file.notCsvAt': 'ไฟล์นี้ไม่ใช่ CSV ที่อ่านได้: อ่านไม่ได้ที่บรรทัด {line} (เช่น เครื่องหมายคำพูดไม่ครบคู่)',
  'points.file.empty': 'ไฟล์นี้ว่างเปล่า',
  'points.file.notUtf8':
    'ไฟล์นี้ไม่ได้เข้ารหัส UTF-8 (อ่านไม่ได้ที่บรรทัด {line} อาจเป็น TIS-620/Windows-874) กรุณาบันทึกจาก Excel เป็น “CSV UTF-8 (Comma delimited)”',
  'points.file.missingColumns': 'หัวตารางไม่มีคอลัมน์ name_th หัวตารางที่ใช้ได้คือ {expected}',
  'points.file.unknownColumns': 'หัวตารางมีคอลัมน์ที่ระบบไม่รู้จัก: {names} หัวตารางที่ใช้ได้คือ {expected}',
  'points.file.duplicateColumns': 'หัวตารางมีคอลัมน์ซ้ำ: {names}',
  'points.file.noRows': 'ไฟล์นี้มีแต่หัวตาราง ไม่มีจุดบริการ',
  'points.file.tooManyRows': 'ไฟล์นี้มี {n} แถว ต้องไม่เกิน {max} แถว กรุณาแบ่งเป็นหลายไฟล์',
}

const fileEn: typeof fileTh = {
  'points.file.noFile': 'Choose a CSV file',
  'points.file.tooLarge': 'The file must be {max} MB or smaller (this one is {size})',
  'points.file.notCsv': 'This is not a CSV file we can read. Save it from Excel as “CSV UTF-8”',
  'points.file.notCsvAt': 'This is not a CSV file we can read: reading stopped at line {line} (an unclosed quote, for example)',
  'points.file.empty': 'The file is empty',
  'points.file.notUtf8':
    'The file is not UTF-8 text (unreadable at line {line}; perhaps TIS-620/Windows-874). Save it from Excel as “CSV UTF-8 (Comma delimited)”',
  'points.file.missingColumns': 'The header has no name_th column. The columns are {expected}',
  'points.file.unknownColumns': 'The header has columns we do not know: {names}. The columns are {expected}',
  'points.file.duplicateColumns': 'The header repeats a column: {names}',
  'points.file.noRows': 'The file has a header but no service points',
  'points.file.tooManyRows': 'The file has {n} rows; at most {max}. Split it into several files',
}

const th = {
  ...problemsTh,
  ...fileTh,
  'points.upload.link': 'เพิ่มจุดบริการจากไฟล์ CSV',
  'points.upload.title': 'เพิ่มจุดบริการจากไฟล์ CSV',
  'points.upload.scope.lgu': 'เพิ่มจุดบริการของ {organisation} ได้ครั้งละหลายจุด เว้นว่างคอลัมน์ dla_code ได้',
  'points.upload.scope.province': 'เพิ่มจุดบริการให้ อปท. ในจังหวัด{province} ได้ครั้งละหลายแห่ง ต้องกรอกรหัส อปท. ทุกแถว',
  'points.upload.scope.national': 'เพิ่มจุดบริการให้ อปท. ใดก็ได้ ต้องกรอกรหัส อปท. ทุกแถว',
  'points.upload.format':
    'หนึ่งแถวคือหนึ่งจุดบริการ คอลัมน์: dla_code (รหัส อปท. 7 หลัก), name_th (ชื่อจุดบริการ ต้องมี), name_en, services_th และ services_en (บริการของจุดนั้น คั่นแต่ละบริการด้วย | เรียงลำดับให้ตรงกัน) บันทึกเป็น CSV UTF-8 จะมี BOM หรือไม่ก็ได้',
  'points.upload.allOrNothing': 'ระบบจะแสดงสิ่งที่จะสร้างให้ตรวจก่อน และจะไม่บันทึกสิ่งใดหากมีแถวใดไม่ถูกต้อง',
  'points.upload.template': 'ดาวน์โหลดไฟล์ตัวอย่าง (CSV)',
  'points.upload.file': 'ไฟล์จุดบริการ (CSV)',
  'points.upload.fileHint': 'ไม่เกิน {max} MB และ {rows} แถว',
  'points.upload.submit': 'อัปโหลดและตรวจสอบ',
  'points.upload.uploading': 'กำลังอัปโหลด',
  'points.preview.title': 'ตรวจสอบก่อนสร้างจุดบริการ: {file}',
  'points.result.title': 'สร้างจุดบริการจากไฟล์แล้ว: {file}',
  'points.preview.nothingYet': 'ยังไม่มีการบันทึกข้อมูล จนกว่าท่านจะกดยืนยัน',
  'points.preview.blocked': 'ไฟล์นี้มีปัญหา {n} รายการ ระบบจะไม่สร้างจุดบริการใดเลย กรุณาแก้ไขไฟล์ตามรายการด้านล่างแล้วอัปโหลดใหม่',
  'points.preview.rows': 'จำนวนแถวที่อ่าน',
  'points.preview.organisations': 'จำนวน อปท.',
  'points.preview.wouldCreate': 'จุดบริการที่จะสร้าง',
  'points.preview.created': 'จุดบริการที่สร้างแล้ว',
  'points.preview.counts': 'สรุป',
  'points.preview.plan': 'จุดบริการที่จะสร้าง แยกตาม อปท.',
  'points.preview.createdList': 'จุดบริการที่สร้าง แยกตาม อปท.',
  'points.preview.problems': 'ปัญหาที่พบ ({n})',
  'points.preview.noProblems': 'ไม่พบปัญหา',
  'points.preview.andMore': 'และอีก {n} รายการ',
  'points.col.line': 'บรรทัด',
  'points.col.problem': 'ปัญหา',
  'points.col.organisation': 'รหัส อปท.',
  'points.col.point': 'จุดบริการ',
  'points.col.services': 'บริการ',
  'points.col.code': 'รหัสจุดบริการ',
  'points.preview.confirm': 'ยืนยันสร้างจุดบริการ {n} จุด',
  'points.preview.working': 'กำลังสร้างจุดบริการ กรุณารอสักครู่…',
  'points.preview.importedAt': 'สร้างแล้วเมื่อ {at}',
  'points.preview.alreadyImported': 'ไฟล์นี้สร้างจุดบริการไปแล้วเมื่อ {at} สร้างซ้ำไม่ได้',
  'points.preview.changed': 'ข้อมูลในระบบเปลี่ยนไปหลังอัปโหลด ทำให้ไฟล์นี้มีปัญหา ไม่มีการบันทึกข้อมูลใด',
  'points.preview.back': 'อัปโหลดไฟล์อื่น',
  'points.preview.uploadedAt': 'อัปโหลดเมื่อ',
  'points.preview.uploadedBy': 'ผู้อัปโหลด',
  'points.defaults.label': 'ให้ อปท. ที่ยังไม่มีจุดบริการ ได้จุดบริการเริ่มต้น',
  'points.defaults.hint':
    'อปท. ที่ร่วมประเมินแต่ยังไม่มีจุดบริการที่เปิดรับ จะได้จุดบริการ “{name}” หนึ่งจุด เพื่อให้เริ่มเก็บข้อมูลได้ตั้งแต่วันแรก เลือกไว้ให้เมื่อรอบครอบคลุมมากกว่า {threshold} แห่ง',
  'points.defaults.summaryTitle': 'ตรวจสอบก่อนสร้างรอบการประเมิน',
  'points.defaults.nothingYet': 'ยังไม่มีการบันทึกข้อมูล จนกว่าท่านจะกดสร้างรอบการประเมิน',
  'points.defaults.covered': 'อปท. ที่ร่วมประเมิน',
  'points.defaults.willGet': 'อปท. ที่จะได้จุดบริการเริ่มต้น (ยังไม่มีจุดบริการที่เปิดรับ)',
  'points.defaults.pointName': 'ชื่อจุดบริการเริ่มต้น',
  'points.defaults.edit': 'กลับไปแก้ไข',
  'points.defaults.done': 'สร้างรอบการประเมินแล้ว และสร้างจุดบริการเริ่มต้นให้ {n} อปท.',
}

export type PointUploadMessageKey = keyof typeof th

const en: Record<PointUploadMessageKey, string> = {
  ...problemsEn,
  ...fileEn,
  'points.upload.link': 'Add service points from a CSV file',
  'points.upload.title': 'Add service points from a CSV file',
  'points.upload.scope.lgu': 'Add several service points of {organisation} at once; the dla_code column may be left blank.',
  'points.upload.scope.province': 'Add service points for LGUs in {province}; every row needs the LGU code.',
  'points.upload.scope.national': 'Add service points for any LGU; every row needs the LGU code.',
  'points.upload.format':
    'One row per service point. Columns: dla_code (the 7-digit LGU code), name_th (the point’s name, required), name_en, services_th and services_en (its services, separated by |, in the same order). Save as CSV UTF-8, with or without a BOM.',
  'points.upload.allOrNothing': 'You see what would be created before anything is, and nothing is stored while any row is wrong.',
  'points.upload.template': 'Download the template (CSV)',
  'points.upload.file': 'Service points file (CSV)',
  'points.upload.fileHint': 'At most {max} MB and {rows} rows',
  'points.upload.submit': 'Upload and check',
  'points.upload.uploading': 'Uploading',
  'points.preview.title': 'Check before creating service points: {file}',
  'points.result.title': 'Service points created from: {file}',
  'points.preview.nothingYet': 'Nothing is stored until you confirm.',
  'points.preview.blocked':
    'This file has {n} problems, so no service point will be created. Correct the file as listed below and upload it again.',
  'points.preview.rows': 'Rows read',
  'points.preview.organisations': 'LGUs',
  'points.preview.wouldCreate': 'Service points to create',
  'points.preview.created': 'Service points created',
  'points.preview.counts': 'Summary',
  'points.preview.plan': 'Service points to create, by LGU',
  'points.preview.createdList': 'Service points created, by LGU',
  'points.preview.problems': 'Problems found ({n})',
  'points.preview.noProblems': 'No problems found',
  'points.preview.andMore': 'and {n} more',
  'points.col.line': 'Line',
  'points.col.problem': 'Problem',
  'points.col.organisation': 'LGU code',
  'points.col.point': 'Service point',
  'points.col.services': 'Services',
  'points.col.code': 'Point code',
  'points.preview.confirm': 'Create {n} service points',
  'points.preview.working': 'Creating service points, please wait…',
  'points.preview.importedAt': 'Created {at}',
  'points.preview.alreadyImported': 'The service points of this file were already created {at}; they cannot be created twice.',
  'points.preview.changed': 'The data changed after the upload and this file now has problems. Nothing was stored.',
  'points.preview.back': 'Upload another file',
  'points.preview.uploadedAt': 'Uploaded',
  'points.preview.uploadedBy': 'Uploaded by',
  'points.defaults.label': 'Give LGUs without a service point a default one',
  'points.defaults.hint':
    'Each LGU taking part that has no open service point gets one point, “{name}”, so it can collect from day one. Ticked to begin with when the round covers more than {threshold} LGUs.',
  'points.defaults.summaryTitle': 'Check before creating the round',
  'points.defaults.nothingYet': 'Nothing is stored until you create the round.',
  'points.defaults.covered': 'LGUs taking part',
  'points.defaults.willGet': 'LGUs that will get a default service point (they have no open one)',
  'points.defaults.pointName': 'Name of the default point',
  'points.defaults.edit': 'Go back and change',
  'points.defaults.done': 'Round created, and {n} LGUs were given a default service point',
}

export const pointUploadTranslator = createStaffTranslator<PointUploadMessageKey>({ th, en })
