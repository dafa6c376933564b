/** The DLA officer's tasks: rounds, questionnaires, the registry, accounts, the national picture. */
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { accountSection, exportSection } from './shared.js'
import { w } from './words.js'

export const dlaSections: GuideSection[] = [
  {
    id: 'dla-national',
    role: 'dla',
    title: w('ดูภาพรวมทั้งประเทศ', 'See the national picture'),
    summary: w(
      'หน้าหลักของท่านแสดงการเก็บข้อมูลของทุกจังหวัดในรอบที่เลือก',
      'Your home page shows every province’s collection in the chosen round.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.home')}`, `Press ${ui.staff('staff.nav.home')} in the menu.`),
      w(
        `เลือกรอบแล้วกด ${ui.province('national.show')} กดชื่อจังหวัดเพื่อดูทุก อปท. ของจังหวัดนั้น`,
        `Choose a round and press ${ui.province('national.show')}; press a province’s name for its LGUs.`,
      ),
      w(
        `ผลความพึงพอใจ: กด ${ui.rollups('rollup.link.national')}`,
        `For satisfaction results, press ${ui.rollups('rollup.link.national')}.`,
      ),
    ],
    shot: { path: '/staff/national' },
  },
  {
    id: 'dla-open-round',
    role: 'dla',
    title: w('เปิดรอบการประเมิน', 'Open a survey round'),
    summary: w(
      'รอบการประเมินกำหนดแบบประเมิน ช่วงเวลารับคำตอบ และ อปท. ที่ร่วมประเมิน',
      'A round sets the questionnaire, when answers are taken and which LGUs take part.',
    ),
    steps: [
      w(
        `กดเมนู ${ui.staff('staff.nav.rounds')} แล้วกด ${ui.dla('dla.rounds.create')}`,
        `Press ${ui.staff('staff.nav.rounds')} in the menu, then ${ui.dla('dla.rounds.create')}.`,
      ),
      w(
        `กรอก ${ui.dla('dla.round.field.nameTh')} และ ${ui.dla('dla.round.field.nameEn')} แล้วเลือก ${ui.dla('dla.round.field.questionnaire')}`,
        `Fill in ${ui.dla('dla.round.field.nameTh')} and ${ui.dla('dla.round.field.nameEn')}, then choose the ${ui.dla('dla.round.field.questionnaire')}.`,
      ),
      w(
        `กำหนด ${ui.dla('dla.round.field.opensAt')} และ ${ui.dla('dla.round.field.closesAt')} (เวลาประเทศไทย ค่าเริ่มต้นคือทั้งปีงบประมาณ)`,
        `Set ${ui.dla('dla.round.field.opensAt')} and ${ui.dla('dla.round.field.closesAt')} (Thai time; the fiscal year by default).`,
      ),
      w(
        `เลือก ${ui.dla('dla.round.field.scope')}: ${ui.dla('dla.round.field.scopeAll')} ${ui.dla('dla.round.field.scopeProvinces')} หรือ ${ui.dla('dla.round.field.scopeOrganisations')}`,
        `Choose ${ui.dla('dla.round.field.scope')}: ${ui.dla('dla.round.field.scopeAll')}, ${ui.dla('dla.round.field.scopeProvinces')} or ${ui.dla('dla.round.field.scopeOrganisations')}.`,
      ),
      w(
        `กด ${ui.dla('dla.round.submit')} ตรวจสรุป แล้วกด ${ui.dla('dla.round.submit')} อีกครั้ง`,
        `Press ${ui.dla('dla.round.submit')}, check the summary, and press ${ui.dla('dla.round.submit')} again.`,
      ),
      w(
        `รอบเปิดเองตามเวลาที่กำหนด หรือกด ${ui.dla('dla.round.openNow')} ที่หน้ารอบ`,
        `The round opens by itself at its time, or press ${ui.dla('dla.round.openNow')} on its page.`,
      ),
    ],
    notes: [
      w(
        `${ui.points('points.defaults.label')}: ช่วยให้ อปท. ที่ยังไม่มีจุดให้บริการเริ่มเก็บข้อมูลได้ตั้งแต่วันแรก`,
        `${ui.points('points.defaults.label')}: lets LGUs without a service point collect from the first day.`,
      ),
      w(
        'สองรอบที่มี อปท. เดียวกันจะเปิดรับคำตอบพร้อมกันไม่ได้ ระบบจะบอกว่ารอบใดทับซ้อน',
        'Two rounds sharing an LGU cannot take answers at the same time; the form says which round overlaps.',
      ),
    ],
    shot: { path: '/staff/rounds/new' },
  },
  {
    id: 'dla-close-round',
    role: 'dla',
    title: w('ขยายเวลา ปิดรับ และประกาศผลสุดท้าย', 'Extend, close and finalise a round'),
    summary: w('เมื่อประกาศผลสุดท้ายแล้ว ตัวเลขของรอบจะไม่เปลี่ยนอีก', 'Once a round is finalised, its figures never change again.'),
    steps: [
      w(
        `กดเมนู ${ui.staff('staff.nav.rounds')} แล้วกดชื่อรอบ`,
        `Press ${ui.staff('staff.nav.rounds')} in the menu and then the round’s name.`,
      ),
      w(
        `ขยายเวลา: ใน ${ui.dla('dla.round.extend.title')} กรอก ${ui.dla('dla.round.extend.field')} แล้วกด ${ui.dla('dla.round.extend.submit')}`,
        `To extend: under ${ui.dla('dla.round.extend.title')}, fill in ${ui.dla('dla.round.extend.field')} and press ${ui.dla('dla.round.extend.submit')}.`,
      ),
      w(`ปิดก่อนกำหนด: กด ${ui.dla('dla.round.closeNow')}`, `To close early: press ${ui.dla('dla.round.closeNow')}.`),
      w(
        `เมื่อรอบปิดแล้ว กด ${ui.dla('dla.round.finalise.start')} อ่านคำเตือน แล้วกด ${ui.dla('dla.round.finalise.confirm')}`,
        `Once closed, press ${ui.dla('dla.round.finalise.start')}, read the warning and press ${ui.dla('dla.round.finalise.confirm')}.`,
      ),
    ],
    shot: { path: '/staff/rounds/{round}' },
  },
  {
    id: 'dla-questionnaires',
    role: 'dla',
    title: w('อัปโหลดและเผยแพร่แบบประเมิน', 'Upload and publish a questionnaire'),
    summary: w(
      'แบบประเมินเป็นไฟล์ JSON ตรวจสอบและดูตัวอย่างก่อนเผยแพร่ ฉบับที่เผยแพร่แล้วแก้ไขไม่ได้',
      'A questionnaire is a JSON file, checked and previewed before it is published; a published version never changes.',
    ),
    steps: [
      w(
        `กดเมนู ${ui.staff('staff.nav.questionnaires')} แล้วกด ${ui.dla('dla.q.upload')}`,
        `Press ${ui.staff('staff.nav.questionnaires')} in the menu, then ${ui.dla('dla.q.upload')}.`,
      ),
      w(
        `เลือก ${ui.dla('dla.q.form.file')} หรือวางข้อความใน ${ui.dla('dla.q.form.text')} แล้วกด ${ui.dla('dla.q.form.submit')}`,
        `Choose the ${ui.dla('dla.q.form.file')} or paste it into ${ui.dla('dla.q.form.text')}, then press ${ui.dla('dla.q.form.submit')}.`,
      ),
      w(
        'ตรวจตัวอย่างตามที่ประชาชนจะเห็น ข้อผิดพลาดระบุตำแหน่งในไฟล์',
        'Check the preview as residents will see it; any mistake names its place in the file.',
      ),
      w(`กด ${ui.dla('dla.preview.publish')}`, `Press ${ui.dla('dla.preview.publish')}.`),
    ],
    shot: { path: '/staff/questionnaires' },
  },
  {
    id: 'dla-registry',
    role: 'dla',
    title: w('นำเข้าทะเบียน อปท.', 'Import the LGU registry'),
    summary: w(
      'ปรับรายชื่อ อปท. ตามไฟล์ทะเบียนของกรม นำเข้าซ้ำได้โดยไม่เกิดรายการซ้ำ',
      'Bring the LGU list up to date from DLA’s registry file; importing again never duplicates anything.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.registry')}`, `Press ${ui.staff('staff.nav.registry')} in the menu.`),
      w(
        `เลือก ${ui.dla('dla.reg.file')} แล้วกด ${ui.dla('dla.reg.submit')}`,
        `Choose the ${ui.dla('dla.reg.file')} and press ${ui.dla('dla.reg.submit')}.`,
      ),
      w(
        `ตรวจ ${ui.dla('dla.reg.wouldInsert')} ${ui.dla('dla.reg.wouldUpdate')} และแถวที่มีปัญหา แล้วกด ${ui.dla('dla.reg.confirm')}`,
        `Check ${ui.dla('dla.reg.wouldInsert')}, ${ui.dla('dla.reg.wouldUpdate')} and any problem rows, then press ${ui.dla('dla.reg.confirm')}.`,
      ),
    ],
    shot: { path: '/staff/registry' },
  },
  {
    id: 'dla-letters',
    role: 'dla',
    title: w('ออกหนังสือเปิดใช้งาน', 'Issue activation letters'),
    summary: w(
      'สร้างบัญชีให้เจ้าหน้าที่ สถจ. ทุกจังหวัด หรือเจ้าหน้าที่ อปท. ในจังหวัดที่เลือก แล้วพิมพ์หนังสือแจ้ง',
      'Make accounts for the provincial officers of every province, or for the LGU officers of chosen provinces, and print their letters.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.onboarding')}`, `Press ${ui.staff('staff.nav.onboarding')} in the menu.`),
      w(
        `ใน ${ui.onboarding('onboarding.target')} เลือก ${ui.onboarding('onboarding.target.province')} หรือ ${ui.onboarding('onboarding.target.lgu')}`,
        `Under ${ui.onboarding('onboarding.target')}, choose ${ui.onboarding('onboarding.target.province')} or ${ui.onboarding('onboarding.target.lgu')}.`,
      ),
      w(
        `สำหรับ อปท. เลือก ${ui.onboarding('onboarding.scope.all')} หรือ ${ui.onboarding('onboarding.scope.chosen')} แล้วกด ${ui.onboarding('onboarding.submit')}`,
        `For LGUs, choose ${ui.onboarding('onboarding.scope.all')} or ${ui.onboarding('onboarding.scope.chosen')}, then press ${ui.onboarding('onboarding.submit')}.`,
      ),
      w(
        `ดาวน์โหลดทันที: ${ui.onboarding('onboarding.batch.pdf')} และ ${ui.onboarding('onboarding.batch.csv')}`,
        `Download at once: ${ui.onboarding('onboarding.batch.pdf')} and ${ui.onboarding('onboarding.batch.csv')}.`,
      ),
      w(
        `หนังสือจำนวนมาก: กด ${ui.onboarding('onboarding.batch.pdfStart')} ระบบจัดทำ PDF เบื้องหลังและแสดงความคืบหน้า เมื่อเสร็จให้ดาวน์โหลดจากหน้างานนั้นภายใน 1 ชั่วโมง`,
        `Many letters: press ${ui.onboarding('onboarding.batch.pdfStart')}; the PDF is made in the background with its progress shown. When it is done, download it from the job's page within the hour.`,
      ),
      w(
        `หนังสือหายหรือหมดอายุ: ${ui.onboarding('onboarding.reissueSubmit')}`,
        `Letters lost or expired: ${ui.onboarding('onboarding.reissueSubmit')}.`,
      ),
    ],
    shot: { path: '/staff/onboarding' },
  },
  {
    id: 'dla-users',
    role: 'dla',
    title: w('จัดการบัญชีผู้ใช้', 'Manage staff accounts'),
    summary: w('สร้าง ปิดใช้ หรือรีเซ็ตรหัสผ่านบัญชีของทุกบทบาท', 'Create, deactivate or reset the password of any account.'),
    steps: [
      w(
        `กดเมนู ${ui.staff('staff.nav.users')} แล้วกด ${ui.users('users.create')}`,
        `Press ${ui.staff('staff.nav.users')} in the menu, then ${ui.users('users.create')}.`,
      ),
      w(
        `เลือก ${ui.users('users.field.role')} แล้วกรอก ${ui.users('users.field.provinceCode')} หรือ ${ui.users('users.field.dlaCode')} ตามบทบาท`,
        `Choose the ${ui.users('users.field.role')}, then ${ui.users('users.field.provinceCode')} or ${ui.users('users.field.dlaCode')} as the role needs.`,
      ),
      w(
        `กด ${ui.users('users.create')} รหัสผ่านแสดงเพียงครั้งเดียว`,
        `Press ${ui.users('users.create')}; the password is shown once only.`,
      ),
      w(
        `บัญชีเดิม: กดชื่อผู้ใช้ แล้วเลือก ${ui.users('users.access.reset')} หรือ ${ui.users('users.access.deactivate')}`,
        `An existing account: press its username, then ${ui.users('users.access.reset')} or ${ui.users('users.access.deactivate')}.`,
      ),
    ],
    shot: { path: '/staff/users' },
  },
  {
    id: 'dla-api-tokens',
    role: 'dla',
    title: w('ออกโทเคน API ให้ระบบอื่น', 'Issue an API token to another system'),
    summary: w(
      'โทเคนให้โปรแกรมอ่านผลผ่าน API เห็นข้อมูลเท่าที่ผู้ใช้เจ้าของโทเคนเห็น',
      'A token lets a program read results through the API, seeing what its user sees.',
    ),
    steps: [
      w(
        `กดเมนู ${ui.staff('staff.nav.apiTokens')} แล้วกด ${ui.tokens('tokens.issue')}`,
        `Press ${ui.staff('staff.nav.apiTokens')} in the menu, then ${ui.tokens('tokens.issue')}.`,
      ),
      w(
        `กรอก ${ui.tokens('new.username')} และ ${ui.tokens('new.name')} แล้วกด ${ui.tokens('new.submit')}`,
        `Fill in ${ui.tokens('new.username')} and ${ui.tokens('new.name')}, then press ${ui.tokens('new.submit')}.`,
      ),
      w('คัดลอกโทเคนเก็บไว้ทันที ระบบแสดงเพียงครั้งเดียว', 'Copy the token straight away: it is shown once only.'),
      w(`เลิกใช้: กด ${ui.tokens('tokens.revoke')}`, `To stop it: press ${ui.tokens('tokens.revoke')}.`),
    ],
    shot: { path: '/staff/api-tokens' },
  },
  {
    id: 'dla-audit',
    role: 'dla',
    title: w('ตรวจบันทึกการใช้งาน', 'Check the audit log'),
    summary: w(
      'ทุกการเปลี่ยนแปลงและการดาวน์โหลดถูกบันทึกไว้ ว่าใครทำอะไรเมื่อใด',
      'Every change and download is recorded: who did what, and when.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.audit')}`, `Press ${ui.staff('staff.nav.audit')} in the menu.`),
      w(
        `กรองด้วย ${ui.audit('audit.filter.action')} ${ui.audit('audit.filter.actor')} ${ui.audit('audit.filter.from')} และ ${ui.audit('audit.filter.to')} แล้วกด ${ui.staff('staff.filter.apply')}`,
        `Filter by ${ui.audit('audit.filter.action')}, ${ui.audit('audit.filter.actor')}, ${ui.audit('audit.filter.from')} and ${ui.audit('audit.filter.to')}, then press ${ui.staff('staff.filter.apply')}.`,
      ),
    ],
    shot: { path: '/staff/audit' },
  },
  {
    id: 'dla-posters',
    role: 'dla',
    title: w('พิมพ์โปสเตอร์ของทุก อปท.', 'Print every LGU’s posters'),
    summary: w(
      'ไฟล์ ZIP แยกโฟลเดอร์ตามจังหวัด มี PDF หนึ่งไฟล์ต่อ อปท. ระบบจัดทำเบื้องหลัง',
      'One ZIP with a folder per province and a PDF per LGU, made in the background.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.jobs('bundle.link')}`, `On your home page, press ${ui.jobs('bundle.link')}.`),
      w(
        `เลือก ${ui.jobs('bundle.scope')} และ ${ui.jobs('bundle.size')} แล้วกด ${ui.jobs('bundle.start')}`,
        `Choose the ${ui.jobs('bundle.scope')} and ${ui.jobs('bundle.size')}, then press ${ui.jobs('bundle.start')}.`,
      ),
      w(
        `กลับมาดูที่ ${ui.jobs('jobs.list.title')} แล้วกด ${ui.jobs('jobs.done.download')}`,
        `Come back to ${ui.jobs('jobs.list.title')} and press ${ui.jobs('jobs.done.download')}.`,
      ),
    ],
    shot: { path: '/staff/posters/bundle' },
  },
  exportSection('dla'),
  accountSection('dla'),
]
