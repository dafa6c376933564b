/** Tasks every member of staff does, written once and given to each role with that role's words. */
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { w } from './words.js'

type StaffRole = 'lgu' | 'province' | 'dla'

export function accountSection(role: StaffRole): GuideSection {
  return {
    id: `${role}-account`,
    role,
    title: w('เข้าสู่ระบบ เปิดใช้งานบัญชี และเปลี่ยนรหัสผ่าน', 'Sign in, activate your account, change your password'),
    summary: w(
      'บัญชีใหม่เปิดใช้งานด้วยหนังสือแจ้ง หรือใช้รหัสผ่านที่ผู้ดูแลแจ้ง แล้วตั้งรหัสผ่านของท่านเอง',
      'A new account is activated with its letter, or with a password an administrator gave you; then you choose your own password.',
    ),
    steps: [
      w(
        `ได้รับหนังสือแจ้ง: สแกนคิวอาร์โค้ดในหนังสือ หรือเปิดหน้า ${ui.onboarding('activate.title')} (/staff/activate) กรอก ${ui.onboarding('activate.code')} แล้วกด ${ui.onboarding('activate.codeSubmit')}`,
        `With a letter: scan its QR code, or open ${ui.onboarding('activate.title')} (/staff/activate), enter the ${ui.onboarding('activate.code')} and press ${ui.onboarding('activate.codeSubmit')}.`,
      ),
      w(
        `ตั้งรหัสผ่านของท่านเอง แล้วกด ${ui.onboarding('activate.submit')}`,
        `Choose your own password and press ${ui.onboarding('activate.submit')}.`,
      ),
      w(
        `ครั้งต่อไป เปิด /staff กรอก ${ui.staff('staff.signIn.username')} และ ${ui.staff('staff.signIn.password')} แล้วกด ${ui.staff('staff.signIn.submit')}`,
        `From then on, open /staff, fill in ${ui.staff('staff.signIn.username')} and ${ui.staff('staff.signIn.password')} and press ${ui.staff('staff.signIn.submit')}.`,
      ),
      w(
        `เปลี่ยนรหัสผ่านได้ทุกเมื่อจาก ${ui.staff('staff.nav.password')} ที่มุมบนขวา กรอก ${ui.staff('staff.password.current')} ${ui.staff('staff.password.new')} และ ${ui.staff('staff.password.confirm')}`,
        `Change it at any time with ${ui.staff('staff.nav.password')} at the top right: ${ui.staff('staff.password.current')}, ${ui.staff('staff.password.new')} and ${ui.staff('staff.password.confirm')}.`,
      ),
      w(`เลิกใช้งานแล้วกด ${ui.staff('staff.signOut')} เสมอ`, `When you are done, press ${ui.staff('staff.signOut')}.`),
    ],
    notes: [
      w(
        'รหัสผ่านที่ผู้อื่นเห็นแล้ว (จากผู้ดูแลหรือการรีเซ็ต) ต้องเปลี่ยนก่อนใช้งานครั้งแรก',
        'A password someone else has seen (from an administrator or a reset) must be changed at first sign-in.',
      ),
      w(
        `ลืมรหัสผ่าน: ขอให้ผู้ดูแลบัญชีกด ${ui.users('users.access.reset')} หรือ ${ui.onboarding('onboarding.user.reissue')}`,
        `Forgot it? Ask whoever manages your account to press ${ui.users('users.access.reset')} or ${ui.onboarding('onboarding.user.reissue')}.`,
      ),
    ],
    shot: { path: '/staff/password' },
  }
}

/** Choosing what to export: LGUs have one organisation, provinces one province, DLA any scope. */
function choose(role: StaffRole) {
  const round = ui.exports('exports.round')
  const press = ui.exports('exports.show')
  const code = ui.exports('exports.dlaCode')
  if (role === 'lgu') return w(`เลือก ${round} แล้วกด ${press}`, `Choose the ${round} and press ${press}.`)
  if (role === 'province')
    return w(
      `เลือก ${round} เว้นช่อง ${code} ว่างไว้เพื่อเอาทั้งจังหวัด หรือกรอกรหัสเพื่อเอาเพียงแห่งเดียว แล้วกด ${press}`,
      `Choose the ${round}; leave ${code} empty for the whole province, or fill it in for one LGU; press ${press}.`,
    )
  const scope = ui.exports('exports.scope')
  return w(
    `เลือก ${round} และ ${scope} (ทั้งประเทศหรือจังหวัด) หรือกรอก ${code} เพื่อเอาเพียงแห่งเดียว แล้วกด ${press}`,
    `Choose the ${round} and the ${scope} (the country or a province), or fill in ${code} for one LGU; press ${press}.`,
  )
}

export function exportSection(role: StaffRole): GuideSection {
  const raw =
    role === 'lgu'
      ? []
      : [
          w(
            `ส่วน ${ui.exports('exports.raw.title')} ให้ไฟล์คำตอบทุกคำตอบ แถวละหนึ่งคำตอบ ไม่มีข้อมูลที่ระบุตัวผู้ตอบ: ${ui.exports('exports.raw.people')} สำหรับอ่านเอง หรือ ${ui.exports('exports.raw.machines')} สำหรับโปรแกรมวิเคราะห์`,
            `${ui.exports('exports.raw.title')} gives every response, one row each, with nothing that identifies who answered: ${ui.exports('exports.raw.people')} to read yourself, or ${ui.exports('exports.raw.machines')} for analysis software.`,
          ),
          w(
            'คำตอบรายบุคคลส่งออกได้ทั้งจังหวัดหรือทั้งประเทศเท่านั้น ไม่ใช่ทีละ อปท.',
            'Individual responses come for a whole province or the whole country, never for one organisation alone.',
          ),
        ]
  return {
    id: `${role}-export`,
    role,
    title: w('ส่งออกผล', 'Export the results'),
    summary: w(
      'ดาวน์โหลดผลการประเมินเป็น Excel, CSV หรือ JSON ตัวเลขตรงกับหน้าผลการประเมิน',
      'Download the results as Excel, CSV or JSON, with the same figures as the results pages.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.exports')}`, `Open ${ui.staff('staff.nav.exports')} in the menu.`),
      choose(role),
      w(
        `ใต้หัวข้อ ${ui.exports('exports.downloads')} กด ${ui.exports('exports.format.xlsx')} เพื่อเปิดด้วย Excel หรือ ${ui.exports('exports.format.csv')} / ${ui.exports('exports.format.csv-machines')} / ${ui.exports('exports.format.json')}`,
        `Under ${ui.exports('exports.downloads')}, press ${ui.exports('exports.format.xlsx')} for Excel, or ${ui.exports('exports.format.csv')} / ${ui.exports('exports.format.csv-machines')} / ${ui.exports('exports.format.json')}.`,
      ),
      ...raw,
    ],
    notes: [
      w(
        'คำตอบที่ถูกตั้งข้อสังเกต (ตอบซ้ำ ตอบเร็วผิดปกติ) ไม่นับในผล และการดาวน์โหลดทุกครั้งถูกบันทึกไว้ในบันทึกการใช้งาน',
        'Flagged responses (repeats, implausibly fast ones) are left out of the figures, and every download is recorded in the audit log.',
      ),
    ],
    shot: { path: '/staff/exports' },
  }
}
