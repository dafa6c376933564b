/**
 * Words of the people-served and response-rate page, Thai first. Error keys
 * match the codes of `readServedCount` (`transactions.error.<code>`).
 */
import { createTranslator } from '../messages.js'

const th = {
  'transactions.title': 'จำนวนผู้รับบริการและอัตราการตอบแบบประเมิน',
  'transactions.back': 'กลับไปที่ผลการประเมินของ{organisation}',
  'transactions.intro':
    'กรอกจำนวนผู้รับบริการของแต่ละจุดให้บริการในแต่ละเดือน (นับคน) ระบบจะคำนวณอัตราการตอบ = ผู้ตอบแบบประเมิน ÷ ผู้รับบริการ × 100 เว้นช่องว่างไว้ถ้ายังไม่ทราบ',
  'transactions.countedOfficial': 'ผู้ตอบแบบประเมินนับเฉพาะคำตอบที่ไม่ถูกตั้งข้อสังเกต ตามเดือนของประเทศไทย',
  'transactions.countedAll': 'ผู้ตอบแบบประเมินนับรวมคำตอบที่ถูกตั้งข้อสังเกตด้วย ตามเดือนของประเทศไทย',
  'transactions.col.point': 'จุดให้บริการ',
  'transactions.col.served': 'ผู้รับบริการ (คน)',
  'transactions.col.responses': 'ผู้ตอบแบบประเมิน',
  'transactions.col.rate': 'อัตราการตอบ (ร้อยละ)',
  'transactions.servedLabel': 'ผู้รับบริการที่{point} เดือน{month}',
  'transactions.save': 'บันทึกเดือน{month}',
  'transactions.saved': 'บันทึกจำนวนผู้รับบริการแล้ว',
  'transactions.noRound': 'ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม',
  'transactions.notOpenYet': 'รอบการประเมินนี้ยังไม่เปิด จะกรอกจำนวนผู้รับบริการได้ตั้งแต่เดือนแรกของรอบ',
  'transactions.noPoints': 'ยังไม่มีจุดให้บริการที่เปิดรับแบบประเมิน',
  'transactions.unknown': 'ไม่ทราบ',
  'transactions.error.notNumber': 'จำนวนผู้รับบริการที่{point} เดือน{month} ต้องเป็นตัวเลข เช่น 125',
  'transactions.error.notWhole': 'จำนวนผู้รับบริการที่{point} เดือน{month} ต้องเป็นจำนวนเต็ม ไม่มีทศนิยม',
  'transactions.error.negative': 'จำนวนผู้รับบริการที่{point} เดือน{month} ต้องเป็น 0 หรือมากกว่า',
  'transactions.error.tooLarge': 'จำนวนผู้รับบริการที่{point} เดือน{month} ต้องไม่เกิน 1,000,000',
}

export type TransactionsMessageKey = keyof typeof th

const en: Record<TransactionsMessageKey, string> = {
  'transactions.title': 'People served and response rate',
  'transactions.back': 'Back to the results of {organisation}',
  'transactions.intro':
    'Enter how many people each service point served in each month. The response rate is responses ÷ people served × 100. Leave a box empty when the number is not known.',
  'transactions.countedOfficial': 'Responses leave out flagged answers and are counted by Thai calendar month.',
  'transactions.countedAll': 'Responses include flagged answers and are counted by Thai calendar month.',
  'transactions.col.point': 'Service point',
  'transactions.col.served': 'People served',
  'transactions.col.responses': 'Responses',
  'transactions.col.rate': 'Response rate (%)',
  'transactions.servedLabel': 'People served at {point} in {month}',
  'transactions.save': 'Save {month}',
  'transactions.saved': 'The numbers of people served have been saved.',
  'transactions.noRound': 'This organisation is not in any survey round yet.',
  'transactions.notOpenYet': 'This round has not opened yet. Numbers can be entered from its first month.',
  'transactions.noPoints': 'There is no open service point yet.',
  'transactions.unknown': 'not known',
  'transactions.error.notNumber': 'People served at {point} in {month} must be a number, like 125',
  'transactions.error.notWhole': 'People served at {point} in {month} must be a whole number',
  'transactions.error.negative': 'People served at {point} in {month} must be 0 or more',
  'transactions.error.tooLarge': 'People served at {point} in {month} must be 1,000,000 or fewer',
}

export const transactionsTranslator = createTranslator<TransactionsMessageKey>({ th, en })
