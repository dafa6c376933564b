/**
 * What an activation letter says, in Thai with an English summary, for the
 * PDF and the mail-merge CSV alike.
 *
 * @example
 * const letter = activationLetterContent(letters[0], { baseUrl: 'https://survey.example.go.th' })
 * letter.link // 'https://survey.example.go.th/staff/activate?code=K7M2Q9PX4R'
 */
import type { ActivationLetter } from '../accounts/onboarding.js'
import { formatActivationCode, lastActivationMoment } from '../domain/activation.js'
import { organisationDisplayName } from '../domain/organisation-types.js'
import { formatLongDate } from '../i18n/format.js'
import { MIN_PASSWORD_LENGTH } from '../security/password.js'

/** The QR's address: the code rides in the query, the page asks for nothing else. */
export const activationPath = (code: string) => `/staff/activate?code=${code}`
export const activationLink = (baseUrl: string, code: string) => `${baseUrl}${activationPath(code)}`
export const activationFormUrl = (baseUrl: string) => `${baseUrl}/staff/activate`

export type LetterContent = {
  title: string
  system: string
  date: string
  subject: string
  to: string
  body: string
  details: { label: string; value: string }[]
  code: string
  expiry: string
  link: string
  formUrl: string
  steps: string[]
  contact: string
  english: string
  footer: string
  /** For sorting and the CSV. */
  addressee: string
}

export function activationLetterContent(letter: ActivationLetter, opts: { baseUrl: string; contact?: string }): LetterContent {
  const org = letter.organisation
  const addressee = org ? organisationDisplayName(org.type, org.nameTh, 'th') : `จังหวัด${letter.provinceNameTh}`
  const expiry = formatLongDate(lastActivationMoment(letter.expiresAt), 'th')
  const expiryEn = formatLongDate(lastActivationMoment(letter.expiresAt), 'en')
  const link = activationLink(opts.baseUrl, letter.code)
  const formUrl = activationFormUrl(opts.baseUrl)
  const code = formatActivationCode(letter.code)
  const contact = opts.contact ?? `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด${letter.provinceNameTh}`
  const place = org ? `อำเภอ${letter.districtNameTh ?? ''} จังหวัด${letter.provinceNameTh}` : `จังหวัด${letter.provinceNameTh}`
  const details = [
    ...(org
      ? [
          { label: 'องค์กรปกครองส่วนท้องถิ่น', value: addressee },
          { label: 'รหัส อปท.', value: org.dlaCode },
        ]
      : [{ label: 'หน่วยงาน', value: `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด${letter.provinceNameTh}` }]),
    { label: 'ที่ตั้ง', value: place },
    { label: 'ชื่อผู้ใช้', value: letter.username },
  ]
  return {
    title: 'หนังสือแจ้งการเปิดใช้งานบัญชีเจ้าหน้าที่',
    system: 'ระบบสำรวจความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น',
    date: `วันที่ ${formatLongDate(letter.issuedAt, 'th')}`,
    subject: 'เรื่อง  ขอให้เปิดใช้งานบัญชีเจ้าหน้าที่ในระบบสำรวจความพึงพอใจ',
    to: org ? `เรียน  นายก${addressee}` : `เรียน  ท้องถิ่นจังหวัด${letter.provinceNameTh}`,
    body:
      'กรมส่งเสริมการปกครองท้องถิ่นจัดให้มีระบบสำรวจความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น ' +
      'ประชาชนผู้มารับบริการสแกนคิวอาร์โค้ดที่จุดให้บริการแล้วตอบแบบสอบถามสั้น ๆ โดยไม่ต้องระบุตัวตน ' +
      `ผลการสำรวจใช้ปรับปรุงการให้บริการและรายงานต่อจังหวัดและกรม ระบบได้จัดทำบัญชีเจ้าหน้าที่สำหรับ${addressee}ไว้แล้ว ` +
      'จึงขอให้มอบหมายเจ้าหน้าที่ผู้รับผิดชอบเปิดใช้งานบัญชีตามขั้นตอนด้านล่าง',
    details,
    code,
    expiry,
    link,
    formUrl,
    steps: [
      `สแกนคิวอาร์โค้ดนี้ หรือเปิด ${formUrl} แล้วกรอกรหัสเปิดใช้งาน`,
      `ตั้งรหัสผ่านของท่านเอง (อย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร) แล้วเข้าสู่ระบบด้วยชื่อผู้ใช้ข้างต้น`,
      org ? 'เพิ่มจุดให้บริการและพิมพ์โปสเตอร์คิวอาร์โค้ดติดที่จุดให้บริการ' : 'ติดตามการเปิดใช้งานและผลการสำรวจของ อปท. ในจังหวัด',
    ],
    contact: `หากมีข้อสงสัย หรือหนังสือนี้สูญหายหรือหมดอายุ โปรดติดต่อ ${contact}`,
    english:
      `Activation letter for the LGU satisfaction survey. Scan the QR code or go to ${formUrl} and enter the code ${code} ` +
      `by ${expiryEn}, then choose your own password and sign in as ${letter.username}.`,
    footer: `รหัสเปิดใช้งานใช้ได้ครั้งเดียว ภายในวันที่ ${expiry} โปรดเก็บหนังสือนี้ไว้เป็นความลับ`,
    addressee,
  }
}
