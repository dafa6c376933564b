/**
 * Words shared by all staff pages. Each staff area keeps its own table next to
 * its routes (see `createTranslator`); these are the ones every page needs.
 */
import { createTranslator, type Locale, type Translate } from './messages.js'

const th = {
  'staff.siteName': 'ระบบประเมินความพึงพอใจ อปท. (เจ้าหน้าที่)',
  'staff.skipToContent': 'ข้ามไปยังเนื้อหา',
  'staff.nav.label': 'เมนูหลัก',
  'staff.nav.home': 'หน้าหลัก',
  'staff.nav.organisation': 'หน่วยงานของฉัน',
  'staff.nav.province': 'อปท. ในจังหวัด',
  'staff.nav.organisations': 'อปท. ทั้งหมด',
  'staff.nav.users': 'บัญชีผู้ใช้',
  'staff.nav.onboarding': 'หนังสือเปิดใช้งาน',
  'staff.nav.rounds': 'รอบการประเมิน',
  'staff.nav.questionnaires': 'แบบประเมิน',
  'staff.nav.registry': 'ทะเบียน อปท.',
  'staff.nav.audit': 'บันทึกการใช้งาน',
  'staff.nav.apiTokens': 'โทเคน API',
  'staff.nav.exports': 'ดาวน์โหลดข้อมูล',
  'staff.nav.password': 'เปลี่ยนรหัสผ่าน',
  'staff.nav.help': 'วิธีใช้หน้านี้',
  'staff.signOut': 'ออกจากระบบ',
  'staff.signedInAs': 'เข้าระบบในชื่อ {name}',
  'staff.lang.switch': 'English',
  'staff.role.dla': 'เจ้าหน้าที่ สถ.',
  'staff.role.province': 'เจ้าหน้าที่ สถจ.',
  'staff.role.lgu': 'เจ้าหน้าที่ อปท.',
  'staff.signIn.title': 'เข้าสู่ระบบสำหรับเจ้าหน้าที่',
  'staff.signIn.username': 'ชื่อผู้ใช้หรืออีเมล',
  'staff.signIn.password': 'รหัสผ่าน',
  'staff.signIn.submit': 'เข้าสู่ระบบ',
  'staff.signIn.failed': 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  'staff.signIn.required': 'กรุณากรอกชื่อผู้ใช้และรหัสผ่าน',
  'staff.signIn.throttled': 'ลองเข้าระบบผิดหลายครั้ง กรุณารอ {seconds} วินาทีแล้วลองใหม่',
  'staff.signIn.signedOut': 'ออกจากระบบแล้ว',
  'staff.password.title': 'เปลี่ยนรหัสผ่าน',
  'staff.password.current': 'รหัสผ่านปัจจุบัน',
  'staff.password.new': 'รหัสผ่านใหม่',
  'staff.password.newHint': 'อย่างน้อย {min} ตัวอักษร',
  'staff.password.confirm': 'ยืนยันรหัสผ่านใหม่',
  'staff.password.submit': 'เปลี่ยนรหัสผ่าน',
  'staff.password.wrongCurrent': 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
  'staff.password.tooShort': 'รหัสผ่านใหม่ต้องมีอย่างน้อย {min} ตัวอักษร',
  'staff.password.mismatch': 'รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน',
  'staff.password.changed': 'เปลี่ยนรหัสผ่านแล้ว',
  'staff.error.summaryTitle': 'มีข้อผิดพลาด',
  'staff.error.titlePrefix': 'ข้อผิดพลาด: ',
  'staff.working': 'กำลังดำเนินการ…',
  'staff.slowDownload': 'อาจใช้เวลาประมาณหนึ่งนาที',
  'staff.error.inlinePrefix': 'ข้อผิดพลาด:',
  'staff.status.notFound.title': 'ไม่พบหน้านี้',
  'staff.status.notFound.body': 'ไม่พบหน้าที่ต้องการ หรือท่านไม่มีสิทธิ์เข้าถึงข้อมูลนี้',
  'staff.status.csrf.title': 'ไม่สามารถดำเนินการได้',
  'staff.status.csrf.body': 'คำขอนี้ไม่ได้มาจากหน้าของระบบ หรือหน้านั้นเปิดไว้นานเกินไป กรุณาเปิดหน้าใหม่แล้วลองอีกครั้ง',
  'staff.status.signInAgain.title': 'กรุณาเข้าสู่ระบบอีกครั้ง',
  'staff.status.cannotPublish.title': 'เผยแพร่รายงานนี้ไม่ได้',
  'staff.status.cannotPublish.body':
    'เผยแพร่ได้เฉพาะรายงานประจำปีฉบับเผยแพร่ของรอบที่ปิดผลแล้ว ซึ่งไฟล์ยังอยู่ ไม่ได้เผยแพร่สิ่งใด กรุณาสั่งทำรายงานฉบับเผยแพร่ใหม่แล้วลองอีกครั้ง',
  'staff.status.badRequest.title': 'ไม่สามารถรับข้อมูลนี้ได้',
  'staff.status.badRequest.body': 'ข้อมูลที่ส่งมาไม่ตรงกับแบบฟอร์มของหน้านี้ และไม่ได้บันทึกสิ่งใด กรุณาเปิดหน้าใหม่แล้วลองอีกครั้ง',
  'staff.status.signInAgain.body': 'หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง',
  'staff.paging.previous': 'ก่อนหน้า',
  'staff.paging.next': 'ถัดไป',
  'staff.paging.summary': 'แสดง {from}–{to} จาก {total} รายการ',
  'staff.paging.label': 'เลือกหน้า',
  'staff.filter.apply': 'ค้นหา',
  'staff.filter.all': 'ทั้งหมด',
  'staff.none': 'ไม่มีข้อมูล',
  'staff.save': 'บันทึก',
  'staff.cancel': 'ยกเลิก',
}

export type StaffMessageKey = keyof typeof th

const en: Record<StaffMessageKey, string> = {
  'staff.siteName': 'LGU satisfaction survey (staff)',
  'staff.skipToContent': 'Skip to main content',
  'staff.nav.label': 'Main menu',
  'staff.nav.home': 'Home',
  'staff.nav.organisation': 'My organisation',
  'staff.nav.province': 'LGUs in the province',
  'staff.nav.organisations': 'All LGUs',
  'staff.nav.users': 'Users',
  'staff.nav.onboarding': 'Activation letters',
  'staff.nav.rounds': 'Survey rounds',
  'staff.nav.questionnaires': 'Questionnaires',
  'staff.nav.registry': 'LGU registry',
  'staff.nav.audit': 'Audit log',
  'staff.nav.apiTokens': 'API tokens',
  'staff.nav.exports': 'Downloads',
  'staff.nav.password': 'Change password',
  'staff.nav.help': 'How to use this page',
  'staff.signOut': 'Sign out',
  'staff.signedInAs': 'Signed in as {name}',
  'staff.lang.switch': 'ภาษาไทย',
  'staff.role.dla': 'DLA officer',
  'staff.role.province': 'Provincial officer',
  'staff.role.lgu': 'LGU officer',
  'staff.signIn.title': 'Staff sign in',
  'staff.signIn.username': 'Username or e-mail',
  'staff.signIn.password': 'Password',
  'staff.signIn.submit': 'Sign in',
  'staff.signIn.failed': 'The username or password is not right',
  'staff.signIn.required': 'Enter your username and password',
  'staff.signIn.throttled': 'Too many failed sign-ins. Wait {seconds} seconds and try again',
  'staff.signIn.signedOut': 'You have signed out',
  'staff.password.title': 'Change password',
  'staff.password.current': 'Current password',
  'staff.password.new': 'New password',
  'staff.password.newHint': 'At least {min} characters',
  'staff.password.confirm': 'Confirm new password',
  'staff.password.submit': 'Change password',
  'staff.password.wrongCurrent': 'The current password is not right',
  'staff.password.tooShort': 'The new password must have at least {min} characters',
  'staff.password.mismatch': 'The two new passwords do not match',
  'staff.password.changed': 'Your password has been changed',
  'staff.error.summaryTitle': 'There is a problem',
  'staff.error.titlePrefix': 'Error: ',
  'staff.working': 'Working…',
  'staff.slowDownload': 'may take a minute',
  'staff.error.inlinePrefix': 'Error:',
  'staff.status.notFound.title': 'Page not found',
  'staff.status.notFound.body': 'The page does not exist, or you do not have access to it.',
  'staff.status.csrf.title': 'This could not be done',
  'staff.status.csrf.body':
    'The request did not come from a page of this service, or the page was open too long. Open the page again and retry.',
  'staff.status.signInAgain.title': 'Sign in again',
  'staff.status.cannotPublish.title': 'This report cannot be published',
  'staff.status.cannotPublish.body':
    'Only the public edition of an annual report for a finalised round, whose file is still there, can be published. Nothing was published: make the public edition again and try once more.',
  'staff.status.badRequest.title': 'This could not be accepted',
  'staff.status.badRequest.body':
    'What was sent does not match this page’s form, and nothing was saved. Open the page again and retry.',
  'staff.status.signInAgain.body': 'Your session has ended. Please sign in again.',
  'staff.paging.previous': 'Previous',
  'staff.paging.next': 'Next',
  'staff.paging.summary': 'Showing {from}–{to} of {total}',
  'staff.paging.label': 'Pages',
  'staff.filter.apply': 'Search',
  'staff.filter.all': 'All',
  'staff.none': 'Nothing to show',
  'staff.save': 'Save',
  'staff.cancel': 'Cancel',
}

export const staffTranslator = createTranslator<StaffMessageKey>({ th, en })

/**
 * A staff area's translator that also answers the words every staff page shares
 * (error summary, paging, save), so a view needs only one `t`.
 */
export function createStaffTranslator<K extends string>(tables: Record<Locale, Record<K, string>>) {
  const own = createTranslator<K>(tables)
  return (locale: Locale): Translate<K | StaffMessageKey> => {
    const mine = own(locale)
    const common = staffTranslator(locale)
    return (key, vars) => (key in tables.th ? mine(key as K, vars) : common(key as StaffMessageKey, vars))
  }
}
