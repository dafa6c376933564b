/** The LGU officer's tasks: service points, posters, kiosks, results. */
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { accountSection, exportSection } from './shared.js'
import { w } from './words.js'

const ORGANISATION = '/staff/organisations/{organisation}'

export const lguSections: GuideSection[] = [
  {
    id: 'lgu-collection',
    role: 'lgu',
    title: w('ดูว่าวันนี้มีผู้ตอบกี่คน', 'See how many people answered today'),
    summary: w(
      'หน้าหลักของท่านคือหน้าหน่วยงาน แสดงจำนวนผู้ตอบวันนี้และทั้งรอบของทุกจุดให้บริการ',
      'Your home page is your organisation’s: today’s and this round’s responses at every service point.',
    ),
    steps: [
      w(`เข้าสู่ระบบ หรือกดเมนู ${ui.staff('staff.nav.home')}`, `Sign in, or press ${ui.staff('staff.nav.home')} in the menu.`),
      w(
        `ตาราง ${ui.lgu('lgu.collection.title')} มีคอลัมน์ ${ui.lgu('lgu.collection.today')} ${ui.lgu('lgu.collection.round')} และ ${ui.lgu('lgu.collection.last')} ของแต่ละจุด`,
        `The table ${ui.lgu('lgu.collection.title')} has ${ui.lgu('lgu.collection.today')}, ${ui.lgu('lgu.collection.round')} and ${ui.lgu('lgu.collection.last')} for each point.`,
      ),
      w(
        `ดูรอบอื่น: เลือก ${ui.lgu('lgu.round.label')} แล้วกด ${ui.lgu('lgu.round.show')}`,
        `For another round, choose the ${ui.lgu('lgu.round.label')} and press ${ui.lgu('lgu.round.show')}.`,
      ),
    ],
    notes: [
      w(
        `จุดที่ขึ้นว่า ${ui.lgu('lgu.collection.never')} ควรตรวจว่าติดโปสเตอร์แล้วหรือยัง`,
        `A point that says ${ui.lgu('lgu.collection.never')} may still need its poster put up.`,
      ),
    ],
    shot: { path: ORGANISATION },
  },
  {
    id: 'lgu-add-point',
    role: 'lgu',
    title: w('เพิ่มจุดให้บริการ', 'Add a service point'),
    summary: w(
      'จุดให้บริการหนึ่งจุดคือเคาน์เตอร์หรือสำนักงานหนึ่งแห่ง มีรหัสและคิวอาร์โค้ดของตัวเอง',
      'A service point is one counter or office, with its own code and QR code.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.lgu('lgu.points.add')}`, `On your home page, press ${ui.lgu('lgu.points.add')}.`),
      w(
        `กรอก ${ui.lgu('lgu.form.nameTh')} ชื่อนี้ประชาชนจะเห็นบนแบบประเมิน`,
        `Fill in ${ui.lgu('lgu.form.nameTh')}: residents see this name on the survey.`,
      ),
      w(
        `ใส่ ${ui.lgu('lgu.form.services')} บรรทัดละหนึ่งบริการ ผู้ตอบจะเลือกบริการที่ใช้`,
        `List the ${ui.lgu('lgu.form.services')}, one a line; residents pick the one they used.`,
      ),
      w(
        `กด ${ui.lgu('lgu.form.create')} ระบบแจ้งรหัสแบบประเมิน 7 ตัวอักษรของจุดนี้`,
        `Press ${ui.lgu('lgu.form.create')}; the page tells you the point’s 7-character survey code.`,
      ),
    ],
    notes: [
      w(
        `มีหลายจุด: ใช้ลิงก์ ${ui.points('points.upload.link')} (ดูหัวข้อถัดไป)`,
        `Many points at once: use ${ui.points('points.upload.link')} (next task).`,
      ),
    ],
    shot: { path: `${ORGANISATION}/service-points/new` },
  },
  {
    id: 'lgu-upload-points',
    role: 'lgu',
    title: w('เพิ่มจุดให้บริการหลายจุดจากไฟล์', 'Add many service points from a file'),
    summary: w(
      'เตรียมรายชื่อจุดให้บริการใน Excel บันทึกเป็น CSV แล้วอัปโหลดครั้งเดียว',
      'List your service points in a spreadsheet, save it as CSV and upload it once.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.points('points.upload.link')}`, `On your home page, press ${ui.points('points.upload.link')}.`),
      w(
        `กด ${ui.points('points.upload.template')} แล้วกรอกหนึ่งแถวต่อหนึ่งจุด บันทึกเป็น CSV UTF-8`,
        `Press ${ui.points('points.upload.template')}, fill in one row per point and save it as CSV UTF-8.`,
      ),
      w(
        `เลือกไฟล์ที่ ${ui.points('points.upload.file')} แล้วกด ${ui.points('points.upload.submit')}`,
        `Choose it under ${ui.points('points.upload.file')} and press ${ui.points('points.upload.submit')}.`,
      ),
      w(
        `ตรวจรายการที่จะสร้าง แล้วกด ${ui.points('points.preview.confirm')} หากมีปัญหา ระบบจะบอกบรรทัดและไม่บันทึกสิ่งใด`,
        `Check what will be made and press ${ui.points('points.preview.confirm')}. If a row is wrong, the page names its line and saves nothing.`,
      ),
    ],
    shot: { path: '/staff/service-points/upload' },
  },
  {
    id: 'lgu-edit-point',
    role: 'lgu',
    title: w('แก้ไขหรือปิดรับจุดให้บริการ', 'Edit or close a service point'),
    summary: w(
      'เปลี่ยนชื่อหรือบริการได้โดยรหัสไม่เปลี่ยน โปสเตอร์ที่ติดไว้ยังใช้ได้',
      'Rename a point or change its services without changing its code: posters already up keep working.',
    ),
    steps: [
      w(
        `ในตาราง ${ui.lgu('lgu.collection.title')} กด ${ui.lgu('lgu.point.edit')} ที่แถวของจุดนั้น`,
        `In the table ${ui.lgu('lgu.collection.title')}, press ${ui.lgu('lgu.point.edit')} on the point’s row.`,
      ),
      w(`แก้ข้อมูล แล้วกด ${ui.lgu('lgu.form.save')}`, `Change what you need and press ${ui.lgu('lgu.form.save')}.`),
      w(
        `เลิกใช้จุดนี้: ใต้หัวข้อ ${ui.lgu('lgu.status.title')} กด ${ui.lgu('lgu.status.deactivate')} คำตอบเดิมยังอยู่ครบ`,
        `To stop using it: under ${ui.lgu('lgu.status.title')}, press ${ui.lgu('lgu.status.deactivate')}. Its answers are kept.`,
      ),
      w(
        `เปิดใหม่ได้ทุกเมื่อด้วย ${ui.lgu('lgu.status.reactivate')}`,
        `Open it again at any time with ${ui.lgu('lgu.status.reactivate')}.`,
      ),
    ],
    shot: { path: '/staff/service-points/{point}/edit' },
  },
  {
    id: 'lgu-print-posters',
    role: 'lgu',
    title: w('พิมพ์โปสเตอร์', 'Print posters'),
    summary: w(
      'โปสเตอร์คิวอาร์โค้ดของแต่ละจุด ขนาด A4 ติดผนัง หรือ A5 ตั้งโต๊ะ',
      'Each point’s QR poster, A4 for a wall or A5 for a counter.',
    ),
    steps: [
      w(
        `จุดเดียว: ในตาราง ${ui.lgu('lgu.collection.title')} กด ${ui.lgu('lgu.point.poster')} ทุกจุด: กด ${ui.lgu('lgu.points.allPosters')}`,
        `One point: press ${ui.lgu('lgu.point.poster')} on its row of ${ui.lgu('lgu.collection.title')}. Every point: press ${ui.lgu('lgu.points.allPosters')}.`,
      ),
      w(
        'ที่หน้าโปสเตอร์ กด “พิมพ์ / Print” เพื่อพิมพ์ทันที หรือ “ดาวน์โหลด PDF” เพื่อส่งร้านพิมพ์',
        'On the poster page, press “พิมพ์ / Print” to print now, or “ดาวน์โหลด PDF” to send it to a print shop.',
      ),
      w(
        'กด “ขนาด A5 (ตั้งโต๊ะ)” เพื่อเปลี่ยนขนาด แล้ว “กลับ / Back” เพื่อกลับไปหน้าหลัก',
        'Press “ขนาด A5 (ตั้งโต๊ะ)” for the smaller size, and “กลับ / Back” to return.',
      ),
      w(
        `ต้องการเฉพาะคิวอาร์โค้ดไปใส่ในเอกสารอื่น: กด ${ui.lgu('lgu.point.qr')}`,
        `For the QR code alone, to put in another document: press ${ui.lgu('lgu.point.qr')}.`,
      ),
    ],
    notes: [
      w(
        'จุดที่ปิดรับแล้วไม่มีโปสเตอร์ ติดโปสเตอร์ในที่ที่ผู้รับบริการเห็นหลังรับบริการเสร็จ',
        'Closed points have no poster. Put posters where people see them once they have been served.',
      ),
    ],
    shot: { path: `${ORGANISATION}/posters` },
  },
  {
    id: 'lgu-kiosks',
    role: 'lgu',
    title: w('ตั้งแท็บเล็ตเป็นเครื่องตอบแบบประเมิน', 'Set up a tablet as a kiosk'),
    summary: w(
      'แท็บเล็ตที่เคาน์เตอร์ให้ผู้ที่ไม่มีโทรศัพท์ตอบได้ หลังส่งแล้วหน้าจอกลับไปที่แบบประเมินใหม่เอง',
      'A tablet at the counter lets people without a phone answer; after each answer it returns to a fresh survey.',
    ),
    steps: [
      w(
        `ในตาราง ${ui.lgu('lgu.collection.title')} กด ${ui.lgu('lgu.point.kiosks')} ที่แถวของจุดนั้น`,
        `Press ${ui.lgu('lgu.point.kiosks')} on the point’s row of ${ui.lgu('lgu.collection.title')}.`,
      ),
      w(
        `กรอก ${ui.kiosks('label')} แล้วกด ${ui.kiosks('create')}`,
        `Fill in the ${ui.kiosks('label')} and press ${ui.kiosks('create')}.`,
      ),
      w(
        'เปิดลิงก์ที่ได้บนแท็บเล็ตครั้งเดียว (สแกนคิวอาร์โค้ดด้วยกล้องของแท็บเล็ต) ลิงก์แสดงเพียงครั้งนั้น',
        'Open the link on the tablet once (scan its QR code with the tablet’s camera). It is shown only then.',
      ),
      w(`แท็บเล็ตหายหรือเลิกใช้: กด ${ui.kiosks('revoke')}`, `If the tablet is lost or retired, press ${ui.kiosks('revoke')}.`),
    ],
    shot: { path: '/staff/service-points/{point}/kiosks' },
  },
  {
    id: 'lgu-results',
    role: 'lgu',
    title: w('อ่านผลการประเมิน', 'Read your results'),
    summary: w(
      'ร้อยละความพึงพอใจ ค่าความคลาดเคลื่อน ผลแยกตามด้าน จุดให้บริการ และบริการ',
      'The share satisfied, its margin of error, and the results by aspect, service point and service.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.results('results.title')}`, `On your home page, press ${ui.results('results.title')}.`),
      w(
        'ผลช่วงรอบยังเปิดเป็นผลชั่วคราว เมื่อกรมประกาศผลสุดท้ายแล้ว ตัวเลขจะไม่เปลี่ยนอีก',
        'While the round is open the results are provisional; once DLA finalises the round they never change.',
      ),
      w(
        `จากหน้าผล ไปที่ ${ui.results('results.links.comments')} หรือ ${ui.results('results.links.transactions')}`,
        `From the results, go on to ${ui.results('results.links.comments')} or ${ui.results('results.links.transactions')}.`,
      ),
    ],
    shot: { path: `${ORGANISATION}/results` },
  },
  {
    id: 'lgu-comments',
    role: 'lgu',
    title: w('อ่านข้อเสนอแนะของประชาชน', 'Read residents’ suggestions'),
    summary: w(
      'ข้อความที่ผู้ตอบพิมพ์ไว้ เรียงจากใหม่ไปเก่า ข้อมูลส่วนบุคคลถูกปิดบังแล้ว',
      'What residents typed, newest first, with personal details masked.',
    ),
    steps: [
      w(
        `ที่หน้า ${ui.results('results.title')} กด ${ui.results('results.links.comments')}`,
        `On ${ui.results('results.title')}, press ${ui.results('results.links.comments')}.`,
      ),
      w(
        `กรอก ${ui.comments('comments.filter.q')} หรือเลือก ${ui.comments('comments.filter.point')} แล้วกด ${ui.staff('staff.filter.apply')}`,
        `Type in ${ui.comments('comments.filter.q')} or choose a ${ui.comments('comments.filter.point')}, then press ${ui.staff('staff.filter.apply')}.`,
      ),
    ],
    shot: { path: `${ORGANISATION}/comments` },
  },
  {
    id: 'lgu-transactions',
    role: 'lgu',
    title: w('กรอกจำนวนผู้รับบริการ', 'Enter how many people you served'),
    summary: w(
      'เมื่อกรอกจำนวนผู้รับบริการรายเดือน ระบบคำนวณอัตราการตอบแบบประเมินให้',
      'With the number of people served each month, the response rate is worked out for you.',
    ),
    steps: [
      w(
        `ที่หน้า ${ui.results('results.title')} กด ${ui.results('results.links.transactions')}`,
        `On ${ui.results('results.title')}, press ${ui.results('results.links.transactions')}.`,
      ),
      w(
        `กรอก ${ui.transactions('transactions.col.served')} ของแต่ละจุด เว้นว่างไว้ถ้ายังไม่ทราบ`,
        `Fill in ${ui.transactions('transactions.col.served')} for each point; leave it empty if you do not know yet.`,
      ),
      w(
        `กด ${ui.transactions('transactions.save')} ของเดือนนั้น คอลัมน์ ${ui.transactions('transactions.col.rate')} จะคำนวณให้`,
        `Press ${ui.transactions('transactions.save')} for that month; ${ui.transactions('transactions.col.rate')} is filled in.`,
      ),
    ],
    shot: { path: `${ORGANISATION}/transactions` },
  },
  exportSection('lgu'),
  accountSection('lgu'),
]
