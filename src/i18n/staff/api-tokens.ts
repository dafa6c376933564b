/** Words of the API token pages (`/staff/api-tokens`), DLA officers only. */
import { createStaffTranslator, type StaffMessageKey } from '../staff-messages.js'

const th = {
  'tokens.title': 'โทเคน API',
  'tokens.intro':
    'โทเคน API ให้โปรแกรมอ่านผลการประเมินผ่าน API (/api/v1) ในนามของผู้ใช้ที่ได้รับโทเคน และเห็นข้อมูลเท่าที่ผู้ใช้นั้นเห็น: เจ้าหน้าที่ สถ. ทั้งประเทศ เจ้าหน้าที่ สถจ. เฉพาะจังหวัด เจ้าหน้าที่ อปท. เฉพาะหน่วยงาน โทเคนจะใช้ไม่ได้ทันทีเมื่อยกเลิกหรือเมื่อปิดบัญชีผู้ใช้',
  'tokens.docs': 'คู่มือ API (OpenAPI)',
  'tokens.issue': 'ออกโทเคนใหม่',
  'tokens.caption': 'โทเคนทั้งหมด (ที่ใช้งานอยู่ก่อน)',
  'tokens.name': 'ชื่อโทเคน',
  'tokens.user': 'ผู้ใช้',
  'tokens.created': 'ออกเมื่อ',
  'tokens.createdBy': 'โดย {username}',
  'tokens.lastUsed': 'ใช้งานล่าสุด',
  'tokens.never': 'ยังไม่เคยใช้',
  'tokens.status': 'สถานะ',
  'tokens.active': 'ใช้งานได้',
  'tokens.revoked': 'ยกเลิกแล้ว {when}',
  'tokens.userInactive': 'บัญชีผู้ใช้ถูกปิด',
  'tokens.revoke': 'ยกเลิกโทเคน',
  'tokens.none': 'ยังไม่มีโทเคน',
  'tokens.revokedDone': 'ยกเลิกโทเคน “{name}” แล้ว',
  'new.title': 'ออกโทเคน API',
  'new.username': 'ชื่อผู้ใช้ที่จะได้รับโทเคน',
  'new.usernameHint': 'ชื่อผู้ใช้หรืออีเมลของบัญชีที่ใช้งานอยู่ โทเคนจะเห็นข้อมูลเท่าที่บัญชีนี้เห็น',
  'new.name': 'ชื่อโทเคน',
  'new.nameHint': 'บอกว่าใช้กับระบบใด เช่น แดชบอร์ดสำนักงานสถิติจังหวัด (ไม่เกิน 100 ตัวอักษร)',
  'new.submit': 'ออกโทเคน',
  'error.usernameRequired': 'กรุณากรอกชื่อผู้ใช้ที่จะได้รับโทเคน',
  'error.userNotFound': 'ไม่พบบัญชีผู้ใช้ที่ใช้งานอยู่ชื่อนี้',
  'error.nameRequired': 'กรุณากรอกชื่อโทเคน (ไม่เกิน 100 ตัวอักษร)',
  'error.nameInvisible': 'ชื่อโทเคนต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
  'issued.title': 'ออกโทเคนแล้ว',
  'issued.for': 'โทเคน “{name}” สำหรับ {user}',
  'issued.once': 'โทเคนนี้แสดงเพียงครั้งนี้ครั้งเดียว ระบบเก็บไว้เพียงค่าแฮช จึงแสดงอีกไม่ได้ คัดลอกไปเก็บในที่ปลอดภัยก่อนออกจากหน้านี้',
  'issued.use': 'ส่งโทเคนในส่วนหัวของคำขอ:',
  'issued.goneTitle': 'ไม่มีโทเคนให้แสดง',
  'issued.gone': 'โทเคนแสดงได้เพียงครั้งเดียวหลังออก และได้แสดงไปแล้ว หากทำหาย ให้ยกเลิกโทเคนนั้นแล้วออกใหม่',
  'issued.back': 'กลับไปหน้ารายการโทเคน',
}

type OwnKey = keyof typeof th

const en: Record<OwnKey, string> = {
  'tokens.title': 'API tokens',
  'tokens.intro':
    'An API token lets a program read results through the API (/api/v1) on behalf of the user it is issued to, and sees what that user sees: a DLA officer the whole country, a provincial officer one province, an LGU officer one organisation. It stops working at once when revoked or when the user is deactivated.',
  'tokens.docs': 'API reference (OpenAPI)',
  'tokens.issue': 'Issue a token',
  'tokens.caption': 'All tokens (active first)',
  'tokens.name': 'Token name',
  'tokens.user': 'User',
  'tokens.created': 'Issued',
  'tokens.createdBy': 'by {username}',
  'tokens.lastUsed': 'Last used',
  'tokens.never': 'Never',
  'tokens.status': 'Status',
  'tokens.active': 'Active',
  'tokens.revoked': 'Revoked {when}',
  'tokens.userInactive': 'User deactivated',
  'tokens.revoke': 'Revoke token',
  'tokens.none': 'No tokens yet',
  'tokens.revokedDone': 'Token “{name}” has been revoked',
  'new.title': 'Issue an API token',
  'new.username': 'User to issue the token to',
  'new.usernameHint': 'Username or e-mail of an active account. The token sees what this account sees.',
  'new.name': 'Token name',
  'new.nameHint': 'What it is for, e.g. provincial statistics dashboard (up to 100 characters)',
  'new.submit': 'Issue token',
  'error.usernameRequired': 'Enter the user to issue the token to',
  'error.userNotFound': 'There is no active account with this name',
  'error.nameRequired': 'Enter a token name (up to 100 characters)',
  'error.nameInvisible': 'The token name must have letters you can see and no control characters',
  'issued.title': 'Token issued',
  'issued.for': 'Token “{name}” for {user}',
  'issued.once':
    'This is the only time the token is shown. Only its hash is kept, so it cannot be shown again: copy it somewhere safe before leaving this page.',
  'issued.use': 'Send it in a request header:',
  'issued.goneTitle': 'No token to show',
  'issued.gone':
    'A token is shown only once, right after it is issued, and this one has been shown. If it is lost, revoke it and issue a new one.',
  'issued.back': 'Back to the tokens',
}

/** The page's own words and the words every staff page shares (error summary, paging). */
export type ApiTokensKey = OwnKey | StaffMessageKey

export const apiTokensTranslator = createStaffTranslator<OwnKey>({ th, en })
