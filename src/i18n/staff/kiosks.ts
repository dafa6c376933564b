import { createTranslator } from '../messages.js'

const th = {
  title: 'เครื่องตอบแบบประเมิน (คิออสก์)',
  intro:
    'เปลี่ยนแท็บเล็ตที่เคาน์เตอร์ให้เป็นเครื่องตอบแบบประเมินของจุดให้บริการนี้ หลังผู้รับบริการส่งคำตอบ หน้าจอจะกลับไปที่แบบประเมินใหม่เอง คำตอบจากเครื่องนี้ไม่ถูกนับว่าเป็นการตอบซ้ำ',
  back: 'กลับไปหน้าหน่วยงาน',
  label: 'ชื่อเครื่อง',
  labelHint: 'เช่น แท็บเล็ตเคาน์เตอร์ 1',
  labelRequired: 'กรุณากรอกชื่อเครื่อง (ไม่เกิน 100 ตัวอักษร)',
  create: 'สร้างลิงก์สำหรับเครื่อง',
  createdTitle: 'สร้างลิงก์แล้ว',
  createdHelp:
    'เปิดลิงก์นี้บนแท็บเล็ตเครื่องนั้นเพียงครั้งเดียว (พิมพ์หรือสแกนคิวอาร์โค้ดด้วยกล้องของแท็บเล็ต) ลิงก์จะแสดงเพียงครั้งนี้ หากทำหายให้ยกเลิกแล้วสร้างใหม่',
  qrLabel: 'คิวอาร์โค้ดของลิงก์สำหรับแท็บเล็ต',
  largeHelp: 'หากต้องการให้เครื่องนี้เริ่มแบบประเมินแบบตัวอักษรใหญ่ ทีละข้อ ทุกครั้ง ให้เปิดลิงก์นี้แทน (ลิงก์เดียวกัน ต่อท้ายด้วย ?large=1):',
  listTitle: 'เครื่องของจุดให้บริการนี้',
  created: 'สร้างเมื่อ',
  lastSeen: 'ใช้งานล่าสุด',
  status: 'สถานะ',
  active: 'ใช้งานอยู่',
  revoked: 'ยกเลิกแล้ว',
  revoke: 'ยกเลิกเครื่องนี้',
  none: 'ยังไม่มีเครื่อง',
  never: '–',
  summaryTitle: 'มีข้อผิดพลาด',
  errorPrefix: 'ข้อผิดพลาด:',
}
type Key = keyof typeof th
const en: Record<Key, string> = {
  title: 'Kiosks',
  intro:
    'Turn a tablet at the counter into a kiosk for this service point. After each answer it returns to a fresh survey by itself, and its answers are never counted as repeats.',
  back: 'Back to the organisation',
  label: 'Device name',
  labelHint: 'For example: counter 1 tablet',
  labelRequired: 'Enter a device name (up to 100 characters)',
  create: 'Create a device link',
  createdTitle: 'Link created',
  createdHelp:
    'Open this link once on that tablet (type it, or scan the QR code with the tablet’s camera). It is shown only now; if it is lost, revoke the kiosk and create a new one.',
  qrLabel: 'QR code of the link for the tablet',
  largeHelp:
    'To have this tablet start every resident in large type, one question at a time, open this link instead (the same link ending in ?large=1):',
  listTitle: 'Kiosks of this service point',
  created: 'Created',
  lastSeen: 'Last used',
  status: 'Status',
  active: 'Active',
  revoked: 'Revoked',
  revoke: 'Revoke this kiosk',
  none: 'No kiosks yet',
  never: '–',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
}
export const kioskTranslator = createTranslator<Key>({ th, en })
export type KioskMessageKey = Key
