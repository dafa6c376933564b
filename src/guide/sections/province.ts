/** The provincial officer's tasks: following every LGU of the province, accounts, letters, posters. */
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { accountSection, exportSection } from './shared.js'
import { w } from './words.js'

export const provinceSections: GuideSection[] = [
  {
    id: 'province-follow-up',
    role: 'province',
    title: w('ติดตาม อปท. ที่ยังไม่เก็บข้อมูล', 'Follow up LGUs that are not collecting yet'),
    summary: w(
      'หน้าหลักของท่านแสดงทุก อปท. ในจังหวัด พร้อมจำนวนจุดให้บริการและผู้ตอบในรอบนี้',
      'Your home page lists every LGU of the province with its open service points and this round’s responses.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.home')}`, `Press ${ui.staff('staff.nav.home')} in the menu.`),
      w(
        `ใน ${ui.province('province.filters')} ตั้ง ${ui.province('province.filter.sort')} เป็น ${ui.province('province.sort.responses')} แล้วกด ${ui.staff('staff.filter.apply')} อปท. ที่มีผู้ตอบน้อยจะอยู่ท้ายตาราง`,
        `In ${ui.province('province.filters')}, set ${ui.province('province.filter.sort')} to ${ui.province('province.sort.responses')} and press ${ui.staff('staff.filter.apply')}: the LGUs with fewest responses come last.`,
      ),
      w(
        `ป้าย ${ui.province('province.tag.noPoints')} หมายถึงยังไม่ได้เพิ่มจุดให้บริการ ป้าย ${ui.province('province.tag.noResponses')} หมายถึงมีจุดแล้วแต่ยังไม่มีใครตอบ`,
        `${ui.province('province.tag.noPoints')} means the LGU has added no service point; ${ui.province('province.tag.noResponses')} means it has points but no answers yet.`,
      ),
      w(
        `กรองด้วย ${ui.province('province.filter.district')} หรือ ${ui.province('province.filter.type')} เพื่อแบ่งงานตามอำเภอ`,
        `Filter by ${ui.province('province.filter.district')} or ${ui.province('province.filter.type')} to share the follow-up by district.`,
      ),
      w(
        'กดชื่อ อปท. เพื่อเปิดหน้าของหน่วยงานนั้น ดูจุดให้บริการ พิมพ์โปสเตอร์ให้ และดูผล',
        'Press an LGU’s name to open its page: its service points, its posters and its results.',
      ),
    ],
    notes: [
      w(
        'อปท. ที่ยังไม่มีบัญชีเจ้าหน้าที่ ออกหนังสือเปิดใช้งานให้ได้ (ดูหัวข้อ ออกหนังสือเปิดใช้งาน)',
        'An LGU with no staff account yet can be sent an activation letter (see Issue activation letters).',
      ),
    ],
    shot: { path: '/staff/provinces/{province}' },
  },
  {
    id: 'province-lgu-page',
    role: 'province',
    title: w('ช่วย อปท. ดูแลจุดให้บริการและโปสเตอร์', 'Help an LGU with its service points and posters'),
    summary: w(
      'ท่านเปิดหน้าของทุก อปท. ในจังหวัดได้ และทำได้ทุกอย่างที่เจ้าหน้าที่ อปท. ทำ',
      'You can open the page of any LGU in the province and do everything its own officer can.',
    ),
    steps: [
      w('ที่หน้าหลัก กดชื่อ อปท.', 'On your home page, press the LGU’s name.'),
      w(
        `กด ${ui.lgu('lgu.points.add')} ${ui.lgu('lgu.point.edit')} หรือ ${ui.lgu('lgu.point.poster')} เหมือนเจ้าหน้าที่ อปท. (ดูคู่มือเจ้าหน้าที่ อปท.)`,
        `Use ${ui.lgu('lgu.points.add')}, ${ui.lgu('lgu.point.edit')} or ${ui.lgu('lgu.point.poster')} as the LGU officer would (see the LGU officer’s guide).`,
      ),
      w(
        `เพิ่มจุดให้หลาย อปท. พร้อมกัน: ${ui.points('points.upload.link')} โดยกรอกรหัส อปท. ทุกแถว`,
        `To add points for several LGUs at once: ${ui.points('points.upload.link')}, with the LGU’s code on every row.`,
      ),
      w(`กลับด้วยลิงก์ ${ui.lgu('lgu.org.backToProvince')}`, `Return with ${ui.lgu('lgu.org.backToProvince')}.`),
    ],
    shot: { path: '/staff/organisations/{organisation}' },
  },
  {
    id: 'province-results',
    role: 'province',
    title: w('ดูผลการประเมินของจังหวัด', 'See the province’s results'),
    summary: w('ผลรวมของจังหวัดและผลของแต่ละ อปท. เทียบกัน', 'The province’s overall results, and each LGU’s side by side.'),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.rollups('rollup.link.province')}`, `On your home page, press ${ui.rollups('rollup.link.province')}.`),
      w(
        `กลับไปดูการเก็บข้อมูลด้วย ${ui.rollups('rollup.link.collection')}`,
        `Go back to the collection with ${ui.rollups('rollup.link.collection')}.`,
      ),
    ],
    shot: { path: '/staff/provinces/{province}/results' },
  },
  {
    id: 'province-letters',
    role: 'province',
    title: w('ออกหนังสือเปิดใช้งาน', 'Issue activation letters'),
    summary: w(
      'สร้างบัญชีให้ทุก อปท. ในจังหวัดที่ยังไม่มีบัญชีในครั้งเดียว แล้วพิมพ์หนังสือแจ้งส่งไป',
      'Make an account for every LGU of the province that has none, in one go, and print the letters to send them.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.onboarding')}`, `Press ${ui.staff('staff.nav.onboarding')} in the menu.`),
      w(`กด ${ui.onboarding('onboarding.submit')}`, `Press ${ui.onboarding('onboarding.submit')}.`),
      w(
        `ดาวน์โหลดทันที: ${ui.onboarding('onboarding.batch.pdf')} และ ${ui.onboarding('onboarding.batch.csv')} ระบบไม่เก็บรหัสไว้ จึงดาวน์โหลดซ้ำภายหลังไม่ได้`,
        `Download at once: ${ui.onboarding('onboarding.batch.pdf')} and ${ui.onboarding('onboarding.batch.csv')}. The codes are not kept, so they cannot be downloaded later.`,
      ),
      w(
        `หนังสือจำนวนมาก: กด ${ui.onboarding('onboarding.batch.pdfStart')} ระบบจัดทำ PDF เบื้องหลังและแสดงความคืบหน้า เมื่อเสร็จให้ดาวน์โหลดจากหน้างานนั้นภายใน 1 ชั่วโมง`,
        `Many letters: press ${ui.onboarding('onboarding.batch.pdfStart')}; the PDF is made in the background with its progress shown. When it is done, download it from the job's page within the hour.`,
      ),
      w(
        `หนังสือหายหรือหมดอายุ: กลับมาที่หน้านี้แล้วกด ${ui.onboarding('onboarding.reissueSubmit')} รหัสเดิมใช้ไม่ได้ทันที`,
        `Letters lost or expired: come back here and press ${ui.onboarding('onboarding.reissueSubmit')}; the old codes stop working at once.`,
      ),
    ],
    shot: { path: '/staff/onboarding' },
  },
  {
    id: 'province-users',
    role: 'province',
    title: w('จัดการบัญชีเจ้าหน้าที่ อปท.', 'Manage LGU officers’ accounts'),
    summary: w(
      'สร้าง ปิดใช้ หรือรีเซ็ตรหัสผ่านบัญชีเจ้าหน้าที่ อปท. ในจังหวัดของท่าน',
      'Create, deactivate or reset the password of LGU officers’ accounts in your province.',
    ),
    steps: [
      w(`กดเมนู ${ui.staff('staff.nav.users')}`, `Press ${ui.staff('staff.nav.users')} in the menu.`),
      w(
        `บัญชีใหม่: กด ${ui.users('users.create')} กรอก ${ui.users('users.field.username')} ${ui.users('users.field.displayName')} และ ${ui.users('users.field.dlaCode')} แล้วกด ${ui.users('users.create')}`,
        `A new account: press ${ui.users('users.create')}, fill in ${ui.users('users.field.username')}, ${ui.users('users.field.displayName')} and ${ui.users('users.field.dlaCode')}, then press ${ui.users('users.create')}.`,
      ),
      w(
        `รหัสผ่านแสดงเพียงครั้งเดียว แจ้งเจ้าของบัญชีด้วยตนเองหรือทางโทรศัพท์`,
        'The password is shown once only: tell its owner in person or by phone.',
      ),
      w(
        `บัญชีเดิม: ค้นหาด้วย ${ui.users('users.filter.q')} กดชื่อผู้ใช้ แล้วเลือก ${ui.users('users.access.reset')} ${ui.onboarding('onboarding.user.reissue')} หรือ ${ui.users('users.access.deactivate')}`,
        `An existing account: search with ${ui.users('users.filter.q')}, press the username, then ${ui.users('users.access.reset')}, ${ui.onboarding('onboarding.user.reissue')} or ${ui.users('users.access.deactivate')}.`,
      ),
    ],
    shot: { path: '/staff/users' },
  },
  {
    id: 'province-posters',
    role: 'province',
    title: w('พิมพ์โปสเตอร์ของทุก อปท. ในจังหวัด', 'Print the posters of every LGU in the province'),
    summary: w('ไฟล์ ZIP ไฟล์เดียว มี PDF หนึ่งไฟล์ต่อ อปท. ระบบจัดทำเบื้องหลัง', 'One ZIP file with a PDF per LGU, made in the background.'),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.jobs('bundle.link')}`, `On your home page, press ${ui.jobs('bundle.link')}.`),
      w(
        `เลือก ${ui.jobs('bundle.size')} แล้วกด ${ui.jobs('bundle.start')}`,
        `Choose the ${ui.jobs('bundle.size')} and press ${ui.jobs('bundle.start')}.`,
      ),
      w(
        `ปิดหน้าได้ งานทำต่อจนเสร็จ กลับมาดูที่ ${ui.jobs('jobs.list.title')} แล้วกด ${ui.jobs('jobs.done.download')}`,
        `You may close the page; the job carries on. Come back to ${ui.jobs('jobs.list.title')} and press ${ui.jobs('jobs.done.download')}.`,
      ),
    ],
    shot: { path: '/staff/posters/bundle' },
  },
  exportSection('province'),
  accountSection('province'),
]
