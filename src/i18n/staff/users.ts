/**
 * Words on the staff user pages, Thai first. `usersTranslator` also answers the
 * common staff keys, so a view needs only one `t`.
 */
import { createTranslator, type Locale, type Translate } from '../messages.js'
import { formatDate, formatDateTime } from '../format.js'
import { staffTranslator, type StaffMessageKey } from '../staff-messages.js'

const th = {
  'users.title': 'บัญชีผู้ใช้',
  'users.create': 'สร้างบัญชีผู้ใช้',
  'users.filter.role': 'บทบาท',
  'users.filter.active': 'สถานะ',
  'users.filter.q': 'ค้นหา',
  'users.filter.qHint': 'ชื่อผู้ใช้ ชื่อ หรือรหัส อปท.',
  'users.active.yes': 'ใช้งานอยู่',
  'users.active.no': 'ปิดใช้งาน',
  'users.col.username': 'ชื่อผู้ใช้',
  'users.col.displayName': 'ชื่อ',
  'users.col.role': 'บทบาท',
  'users.col.scope': 'ขอบเขต',
  'users.col.status': 'สถานะ',
  'users.col.created': 'สร้างเมื่อ',
  'users.scope.national': 'ทั่วประเทศ',
  'users.scope.province': 'จังหวัด{name}',
  'users.field.username': 'ชื่อผู้ใช้',
  'users.field.usernameHint': '3–64 ตัวอักษร ใช้ได้เฉพาะ A–Z a–z 0–9 และ . _ @ -',
  'users.field.displayName': 'ชื่อที่แสดง',
  'users.field.displayNameHint': 'ชื่อและนามสกุลของเจ้าของบัญชี',
  'users.field.email': 'อีเมล (ไม่บังคับ)',
  'users.field.role': 'บทบาท',
  'users.field.provinceCode': 'จังหวัด (สำหรับเจ้าหน้าที่ สถจ.)',
  'users.field.provinceChoose': 'เลือกจังหวัด',
  'users.field.dlaCode': 'รหัส อปท. (สำหรับเจ้าหน้าที่ อปท.)',
  'users.field.dlaCodeHint': 'รหัส 7 หลักตามทะเบียนของ สถ. เช่น 5810401',
  'users.field.dlaCodeHintProvince': 'รหัส 7 หลักของ อปท. ในจังหวัดของท่าน เช่น 5810401',
  'users.field.password': 'รหัสผ่านเริ่มต้น (ไม่บังคับ)',
  'users.field.passwordHint': 'อย่างน้อย {min} ตัวอักษร หากเว้นว่าง ระบบจะสร้างรหัสผ่านให้และแสดงเพียงครั้งเดียว',
  'users.error.username': 'ชื่อผู้ใช้ต้องมี 3–64 ตัวอักษร และใช้ได้เฉพาะ A–Z a–z 0–9 และ . _ @ -',
  'users.error.usernameTaken': 'ชื่อผู้ใช้นี้มีผู้ใช้แล้ว กรุณาเลือกชื่ออื่น',
  'users.error.displayName': 'กรุณากรอกชื่อที่แสดง (ไม่เกิน 200 ตัวอักษร)',
  'users.error.email': 'กรุณากรอกอีเมลให้ถูกรูปแบบ เช่น name@example.go.th',
  'users.error.role': 'กรุณาเลือกบทบาท',
  'users.error.provinceCode': 'กรุณาเลือกจังหวัด',
  'users.error.unknownProvince': 'ไม่พบจังหวัดนี้ กรุณาเลือกจากรายการ',
  'users.error.dlaCode': 'กรุณากรอกรหัส อปท.',
  'users.error.unknownOrganisation': 'ไม่พบ อปท. รหัสนี้ กรุณาตรวจสอบรหัสอีกครั้ง',
  'users.error.password': 'รหัสผ่านต้องมีอย่างน้อย {min} ตัวอักษร หรือเว้นว่างให้ระบบสร้างให้',
  'users.error.self': 'ท่านไม่สามารถปิดใช้หรือรีเซ็ตรหัสผ่านบัญชีของตนเองได้ หากต้องการเปลี่ยนรหัสผ่าน ให้ใช้เมนูเปลี่ยนรหัสผ่าน',
  'users.details.username': 'ชื่อผู้ใช้',
  'users.details.email': 'อีเมล',
  'users.details.role': 'บทบาท',
  'users.details.scope': 'ขอบเขต',
  'users.details.status': 'สถานะ',
  'users.details.created': 'สร้างเมื่อ',
  'users.details.updated': 'แก้ไขล่าสุด',
  'users.details.back': 'กลับไปยังรายการบัญชีผู้ใช้',
  'users.edit.title': 'แก้ไขข้อมูล',
  'users.access.title': 'การเข้าใช้ระบบ',
  'users.access.deactivate': 'ปิดใช้บัญชีนี้',
  'users.access.deactivateHint': 'เจ้าของบัญชีจะถูกออกจากระบบทันทีในทุกเครื่อง และเข้าระบบไม่ได้จนกว่าจะเปิดใช้อีกครั้ง',
  'users.access.reactivate': 'เปิดใช้บัญชีนี้อีกครั้ง',
  'users.access.reset': 'รีเซ็ตรหัสผ่าน',
  'users.access.resetHint': 'ระบบจะสร้างรหัสผ่านใหม่และแสดงเพียงครั้งเดียว รหัสผ่านเดิมจะใช้ไม่ได้ และเจ้าของบัญชีจะถูกออกจากระบบในทุกเครื่อง',
  'users.access.self': 'นี่คือบัญชีของท่าน ท่านเปลี่ยนรหัสผ่านของตนเองได้ที่',
  'users.done.created': 'สร้างบัญชีแล้ว',
  'users.done.updated': 'บันทึกการแก้ไขแล้ว',
  'users.done.deactivated': 'ปิดใช้บัญชีแล้ว และออกจากระบบในทุกเครื่องแล้ว',
  'users.done.reactivated': 'เปิดใช้บัญชีอีกครั้งแล้ว',
  'users.once.title': 'รหัสผ่านของ {username}',
  'users.once.shownOnce': 'รหัสผ่านนี้แสดงเพียงครั้งเดียว เมื่อออกจากหน้านี้จะไม่สามารถดูได้อีก',
  'users.once.advice':
    'กรุณาแจ้งรหัสผ่านนี้แก่เจ้าของบัญชีด้วยตนเองหรือทางโทรศัพท์ ไม่ส่งทางอีเมลหรือกลุ่มแชท ไม่จดไว้ในที่ที่ผู้อื่นเห็น และขอให้เจ้าของบัญชีเปลี่ยนรหัสผ่านทันทีหลังเข้าระบบครั้งแรก',
}

export type UsersMessageKey = keyof typeof th

const en: Record<UsersMessageKey, string> = {
  'users.title': 'Users',
  'users.create': 'Create a user',
  'users.filter.role': 'Role',
  'users.filter.active': 'Status',
  'users.filter.q': 'Search',
  'users.filter.qHint': 'Username, name or DLA code',
  'users.active.yes': 'Active',
  'users.active.no': 'Deactivated',
  'users.col.username': 'Username',
  'users.col.displayName': 'Name',
  'users.col.role': 'Role',
  'users.col.scope': 'Scope',
  'users.col.status': 'Status',
  'users.col.created': 'Created',
  'users.scope.national': 'Whole country',
  'users.scope.province': '{name} province',
  'users.field.username': 'Username',
  'users.field.usernameHint': '3–64 characters: A–Z a–z 0–9 and . _ @ -',
  'users.field.displayName': 'Display name',
  'users.field.displayNameHint': 'The account holder’s full name',
  'users.field.email': 'E-mail (optional)',
  'users.field.role': 'Role',
  'users.field.provinceCode': 'Province (for provincial officers)',
  'users.field.provinceChoose': 'Choose a province',
  'users.field.dlaCode': 'DLA code (for LGU officers)',
  'users.field.dlaCodeHint': 'The 7-digit code in DLA’s registry, for example 5810401',
  'users.field.dlaCodeHintProvince': 'The 7-digit code of an LGU in your province, for example 5810401',
  'users.field.password': 'Initial password (optional)',
  'users.field.passwordHint': 'At least {min} characters. Leave it empty and one is generated and shown once',
  'users.error.username': 'The username must have 3–64 characters: A–Z a–z 0–9 and . _ @ -',
  'users.error.usernameTaken': 'That username is already in use. Choose another',
  'users.error.displayName': 'Enter a display name (up to 200 characters)',
  'users.error.email': 'Enter an e-mail address in the right format, like name@example.go.th',
  'users.error.role': 'Choose a role',
  'users.error.provinceCode': 'Choose a province',
  'users.error.unknownProvince': 'There is no such province. Choose one from the list',
  'users.error.dlaCode': 'Enter the DLA code',
  'users.error.unknownOrganisation': 'There is no LGU with that DLA code. Check the code',
  'users.error.password': 'The password must have at least {min} characters, or leave it empty to generate one',
  'users.error.self': 'You cannot deactivate your own account or reset its password. To change your password, use Change password',
  'users.details.username': 'Username',
  'users.details.email': 'E-mail',
  'users.details.role': 'Role',
  'users.details.scope': 'Scope',
  'users.details.status': 'Status',
  'users.details.created': 'Created',
  'users.details.updated': 'Last changed',
  'users.details.back': 'Back to users',
  'users.edit.title': 'Change details',
  'users.access.title': 'Access',
  'users.access.deactivate': 'Deactivate this account',
  'users.access.deactivateHint': 'The holder is signed out everywhere at once and cannot sign in until the account is reactivated',
  'users.access.reactivate': 'Reactivate this account',
  'users.access.reset': 'Reset password',
  'users.access.resetHint': 'A new password is generated and shown once. The old one stops working and the holder is signed out everywhere',
  'users.access.self': 'This is your own account. Change your password at',
  'users.done.created': 'The account has been created',
  'users.done.updated': 'Your changes have been saved',
  'users.done.deactivated': 'The account has been deactivated and signed out everywhere',
  'users.done.reactivated': 'The account has been reactivated',
  'users.once.title': 'Password for {username}',
  'users.once.shownOnce': 'This password is shown only once. When you leave this page it cannot be shown again',
  'users.once.advice':
    'Give it to the account holder in person or by telephone, not by e-mail or a group chat; do not write it where others can see it; and ask them to change it as soon as they first sign in',
}

const usersOnly = createTranslator<UsersMessageKey>({ th, en })

export type UsersKey = UsersMessageKey | StaffMessageKey

/** One translator for the user pages: their own words and the common staff words. */
export function usersTranslator(locale: Locale): Translate<UsersKey> {
  const own = usersOnly(locale)
  const common = staffTranslator(locale)
  return (key, vars) => (key in th ? own(key as UsersMessageKey, vars) : common(key as StaffMessageKey, vars))
}

/** A Buddhist-Era date (and time) in Asia/Bangkok: "21 พ.ย. 2569 10:00", "21 Nov 2569 BE, 10:00". */
export function formatStaffDate(locale: Locale, at: Date | number, style: 'date' | 'dateTime' = 'dateTime'): string {
  return style === 'date' ? formatDate(at, locale) : formatDateTime(at, locale)
}
