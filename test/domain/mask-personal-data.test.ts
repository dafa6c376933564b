import { describe, expect, it } from 'vitest'
import { maskPersonalData } from '../../src/domain/mask-personal-data.js'

const LINE = '[ไอดีไลน์]'

describe('maskPersonalData: ID numbers, phones and e-mail addresses', () => {
  it.each([
    ['เลขบัตร 1-2345-67890-12-3 ครับ', 'เลขบัตร [เลขประจำตัวประชาชน] ครับ'],
    ['โทร 081-234-5678 ได้ตลอด', 'โทร [เบอร์โทรศัพท์] ได้ตลอด'],
    ['โทร ๐๘๑๒๓๔๕๖๗๘', 'โทร [เบอร์โทรศัพท์]'],
    ['+66 81 234 5678', '[เบอร์โทรศัพท์]'],
    ['mail somchai.k@example.com please', 'mail [อีเมล] please'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked)
  })
})

describe('maskPersonalData: LINE ids, keeping the words around them', () => {
  it.each([
    ['ไลน์ id: somchai99', `ไลน์ id: ${LINE}`],
    ['ไลน์ ID : somchai99 ติดต่อได้', `ไลน์ ID : ${LINE} ติดต่อได้`],
    ['ไลน์: somchai99', `ไลน์: ${LINE}`],
    ['ไลน์:somchai99', `ไลน์:${LINE}`],
    ['line: @abc', `line: ${LINE}`],
    ['LINE:@krabi.shop', `LINE:${LINE}`],
    ['Line ID somchai99', `Line ID ${LINE}`],
    ['ID line: xyz', `ID line: ${LINE}`],
    ['id line xyz_1', `id line ${LINE}`],
    ['ไลน์ไอดี somchai99', `ไลน์ไอดี ${LINE}`],
    ['ไลน์ไอดี: somchai.k', `ไลน์ไอดี: ${LINE}`],
    ['ไอดีไลน์ somchai99', `ไอดีไลน์ ${LINE}`],
    ['ไอดีไลน์คือ somchai99 นะคะ', `ไอดีไลน์คือ ${LINE} นะคะ`],
    ['ไลน์คือ somchai99', `ไลน์คือ ${LINE}`],
    ['ไลน์ @abc', `ไลน์ ${LINE}`],
    ['ไลน์@abc', `ไลน์${LINE}`],
    ['แอดไลน์ @krabishop ได้เลย', `แอดไลน์ ${LINE} ได้เลย`],
    ['add line @abc', `add line ${LINE}`],
    ['ติดต่อไลน์ somchai99 ได้', `ติดต่อไลน์ ${LINE} ได้`],
    ['ทักไลน์ somchai ได้ค่ะ', `ทักไลน์ ${LINE} ได้ค่ะ`],
    ['ไลน somchai99', `ไลน ${LINE}`],
    ['line id = somchai-99.', `line id = ${LINE}.`],
    ['เพิ่มเพื่อน https://line.me/ti/p/~somchai99 ครับ', `เพิ่มเพื่อน ${LINE} ครับ`],
    ['ไลน์ id: somchai99 โทร 0812345678', `ไลน์ id: ${LINE} โทร [เบอร์โทรศัพท์]`],
    // A phone number given as the LINE id is masked as a phone number.
    ['ไลน์ 081-234-5678', 'ไลน์ [เบอร์โทรศัพท์]'],
    ['line: somchai@example.com', 'line: [อีเมล]'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked)
  })
})

describe('maskPersonalData: what is left as written', () => {
  it.each([
    'ต่อแถวเป็นไลน์ยาวมาก รอนานเกินไป',
    'ไลน์ยาว',
    'ระบบออนไลน์ใช้งานยาก',
    'ช่องทางออนไลน์: website ของเทศบาล',
    'ออฟไลน์: none',
    'ติดต่อทางไลน์สะดวกดี',
    'มีไลน์ OA ให้ติดต่อ',
    'ไลน์ official ของเทศบาลตอบช้า',
    'the line was very long',
    'long line at the counter',
    'deadline: 30 September',
    'online: ok',
    'please bring your ID card',
    'รอคิว 45 นาที เลขคิว 123',
    'ค่าธรรมเนียม 1,500 บาท',
    'พนักงานบริการดีมาก ขอบคุณครับ',
  ])('%s', (text) => {
    expect(maskPersonalData(text)).toBe(text)
  })

  it('leaves masked text unchanged when masked again', () => {
    for (const text of [
      'ไลน์ id: somchai99 โทร 081-234-5678 เมล a.b@example.com บัตร 1234567890123',
      'ID line: xyz และ ไลน์ @abc และ https://line.me/ti/p/~x99y',
    ]) {
      const once = maskPersonalData(text)
      expect(once).not.toBe(text)
      expect(maskPersonalData(once)).toBe(once)
    }
  })
})
