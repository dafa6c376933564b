/**
 * Tasks that close the loop with residents: opening hours, alerts, the review queue of flagged
 * answers, "you said, we did", following up LGUs and the annual report.
 */
import type { StaffRole } from '../../domain/staff-roles.js'
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { w } from './words.js'

const ORGANISATION = '/staff/organisations/{organisation}'

export const lguLoopSections: GuideSection[] = [
  {
    id: 'lgu-opening-hours',
    role: 'lgu',
    title: w('ตั้งเวลาทำการของจุดบริการ', 'Set a service point’s opening hours'),
    summary: w(
      'เวลาทำการทำให้ระบบรู้ว่าคำตอบนอกเวลาผิดปกติ และแจ้งเตือนเมื่อจุดที่เคยมีผู้ตอบเงียบไปในเวลาทำการ',
      'Opening hours let the system notice answers given while the point is closed, and alert you when a busy point goes quiet while open.',
    ),
    steps: [
      w(
        `ในตาราง ${ui.lgu('lgu.collection.title')} กด ${ui.lgu('lgu.point.edit')} ที่แถวของจุดนั้น`,
        `In the table ${ui.lgu('lgu.collection.title')}, press ${ui.lgu('lgu.point.edit')} on the point’s row.`,
      ),
      w(
        `ใต้หัวข้อ ${ui.lgu('lgu.form.hours')} กรอกเวลา ${ui.lgu('lgu.hours.from')} และ ${ui.lgu('lgu.hours.to')} ของแต่ละวัน ได้วันละ 2 ช่วง (เช่น พักเที่ยง)`,
        `Under ${ui.lgu('lgu.form.hours')}, type the ${ui.lgu('lgu.hours.from')} and ${ui.lgu('lgu.hours.to')} times of each day; two periods a day allow for a lunch break.`,
      ),
      w(
        `หรือเลือก ${ui.lgu('lgu.form.officeHours')} แล้วกด ${ui.lgu('lgu.form.save')}`,
        `Or tick ${ui.lgu('lgu.form.officeHours')}, then press ${ui.lgu('lgu.form.save')}.`,
      ),
    ],
    notes: [
      w(
        'เวลาทำการไม่บังคับ จุดที่ไม่มีเวลาทำการจะไม่ถูกตั้งข้อสังเกตว่าตอบนอกเวลา',
        'Hours are optional: a point without them is never flagged for answers outside hours.',
      ),
    ],
    shot: { path: '/staff/service-points/{point}/edit' },
  },
  {
    id: 'lgu-alerts',
    role: 'lgu',
    title: w('รับทราบการแจ้งเตือน', 'Acknowledge an alert'),
    summary: w(
      'ระบบแจ้งเตือนเมื่อความพึงพอใจโดยรวมของจุดใดต่ำผิดปกติ หรือจุดที่เคยมีผู้ตอบเงียบไปในเวลาทำการ',
      'An alert appears when a point’s overall satisfaction falls, or a point that usually collects goes quiet during its opening hours.',
    ),
    steps: [
      w(`ที่หน้าหลัก ดูหัวข้อ ${ui.alerts('alerts.title')}`, `On your home page, look under ${ui.alerts('alerts.title')}.`),
      w(
        `หาสาเหตุ แล้วกรอก ${ui.alerts('alerts.comment.label')} และกด ${ui.alerts('alerts.acknowledge')}`,
        `Find the cause, fill in ${ui.alerts('alerts.comment.label')} and press ${ui.alerts('alerts.acknowledge')}.`,
      ),
    ],
    notes: [w('การแจ้งเตือนปิดเองเมื่อตัวเลขกลับสู่ปกติ', 'An alert closes by itself once the figure recovers.')],
    shot: { path: ORGANISATION },
  },
  {
    id: 'lgu-review',
    role: 'lgu',
    title: w('พิจารณาคำตอบที่ถูกตั้งข้อสังเกต', 'Review flagged answers'),
    summary: w(
      'คำตอบที่ระบบตั้งข้อสังเกต (เช่น ตอบซ้ำจากเครื่องเดิม หรือมีคำตอบเหมือนกันจำนวนมากในเวลาสั้น) ไม่นับในผลจนกว่าท่านจะตัดสินใจ',
      'Answers the system flags (a repeat from one phone, a burst of identical answers) stay out of the results until you decide.',
    ),
    steps: [
      w(`ที่หน้าหลัก กดลิงก์ ${ui.review('review.link')}`, `On your home page, press the link ${ui.review('review.link')}.`),
      w(
        'เลือกกลุ่ม เช่น "คำตอบซ้ำ 12 คำตอบที่กองคลัง วันที่ 3 ธ.ค." เพื่อดูคำตอบในกลุ่ม',
        'Open a group, such as "12 repeats at the finance division on 3 Dec", to see its answers.',
      ),
      w(
        `กรอกเหตุผล แล้วกด ${ui.review('review.decision.count')} หรือ ${ui.review('review.decision.keep_out')} ทั้งกลุ่มหรือทีละคำตอบ`,
        `Give a reason and press ${ui.review('review.decision.count')} or ${ui.review('review.decision.keep_out')}, for the whole group or one answer.`,
      ),
    ],
    notes: [
      w(
        'เปลี่ยนการตัดสินใจได้จนกว่ารอบจะสิ้นสุดและรับรองผล ทุกการตัดสินใจบันทึกไว้ในบันทึกการใช้งาน',
        'A decision can be changed until the round is finalised; every decision is in the audit log.',
      ),
    ],
    shot: { path: `${ORGANISATION}/review` },
  },
  {
    id: 'lgu-actions',
    role: 'lgu',
    title: w('บันทึก "คุณบอก เราทำ"', 'Record "you said, we did"'),
    summary: w(
      'บอกประชาชนว่าหน่วยงานปรับปรุงอะไรจากความเห็นของเขา การปรับปรุงที่กำลังทำหรือทำแล้วจะแสดงบนหน้าผลสาธารณะและหน้าขอบคุณ',
      'Tell residents what you changed because of what they said; changes in progress or done show on your public results and the thank-you page.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.actions('actions.link')}`, `On your home page, press ${ui.actions('actions.link')}.`),
      w(
        `กด ${ui.actions('actions.new')} เลือก ${ui.actions('actions.form.points')} กรอก ${ui.actions('actions.form.said')} และ ${ui.actions('actions.form.changed')}`,
        `Press ${ui.actions('actions.new')}, choose the ${ui.actions('actions.form.points')}, and fill in ${ui.actions('actions.form.said')} and ${ui.actions('actions.form.changed')}.`,
      ),
      w(
        `เลือก ${ui.actions('actions.form.status')} ใส่วันที่ แนบ ${ui.actions('actions.form.photo')} ได้ แล้วกด ${ui.actions('actions.form.create')}`,
        `Choose the ${ui.actions('actions.form.status')}, give its dates, add ${ui.actions('actions.form.photo')} if you like, and press ${ui.actions('actions.form.create')}.`,
      ),
      w(
        `พิมพ์ ${ui.actions('actions.posters')} ไปติดข้างโปสเตอร์ QR`,
        `Print the ${ui.actions('actions.posters')} to hang beside the QR poster.`,
      ),
    ],
    notes: [
      w(
        'ระบบลบข้อมูลที่ฝังในภาพ (เช่น พิกัด GPS) ก่อนเก็บ อย่าใส่ชื่อหรือเบอร์โทรของประชาชน',
        'Photos are stored without their hidden data (such as GPS); never write a resident’s name or phone number.',
      ),
    ],
    shot: { path: `${ORGANISATION}/actions` },
  },
]

function annualReportSection(role: Extract<StaffRole, 'province' | 'dla'>): GuideSection {
  return {
    id: `${role}-annual-report`,
    role,
    title: w('จัดทำรายงานผลการประเมินประจำปี (PDF)', 'Make the annual report (PDF)'),
    summary: w(
      role === 'dla'
        ? 'รายงานของทั้งประเทศหรือของจังหวัดใดก็ได้ มีสารบัญ วิธีการ แผนภูมิ และตารางของทุก อปท.'
        : 'รายงานของจังหวัดของท่าน มีสารบัญ วิธีการ แผนภูมิ และตารางของทุก อปท.',
      role === 'dla'
        ? 'For the country or any province: contents, method, charts and a table of every LGU.'
        : 'For your province: contents, method, charts and a table of every LGU.',
    ),
    steps: [
      w(
        `ที่หน้า ${ui.exports('exports.title')} กดลิงก์ ${ui.reports('report.title')}`,
        `On the page ${ui.exports('exports.title')}, press the link ${ui.reports('report.title')}.`,
      ),
      w(
        `เลือก ${ui.reports('report.round')} ${ui.reports('report.scope')} และ ${ui.reports('report.edition')} แล้วกด ${ui.reports('report.start')}`,
        `Choose the ${ui.reports('report.round')}, ${ui.reports('report.scope')} and ${ui.reports('report.edition')}, then press ${ui.reports('report.start')}.`,
      ),
      w('รอจนหน้างานแสดงว่าเสร็จ แล้วดาวน์โหลดไฟล์ PDF', 'Wait until the job page says it is done, then download the PDF.'),
      ...(role === 'dla'
        ? [
            w(
              `${ui.reports('report.edition.public')} ของรอบที่ปิดผลแล้ว: กด ${ui.reports('report.publish.submit')} ที่หน้างาน ประชาชนจะดาวน์โหลดได้จากหน้าข้อมูลเปิดและหน้าผลของ อปท. ในขอบเขตนั้น จนกว่าจะเผยแพร่ฉบับใหม่แทน`,
              `For the ${ui.reports('report.edition.public')} of a finalised round, press ${ui.reports('report.publish.submit')} on the job page: anyone can then download it from the open-data page and the results pages of the LGUs it covers, until a newer one replaces it.`,
            ),
          ]
        : []),
    ],
    notes: [
      w(`${ui.reports('report.edition.public')} ใช้เผยแพร่ได้`, `${ui.reports('report.edition.public')} is the one to publish.`),
    ],
    shot: { path: '/staff/reports/annual' },
  }
}

export const provinceLoopSections: GuideSection[] = [
  {
    id: 'province-review',
    role: 'province',
    title: w('พิจารณาคำตอบที่ถูกตั้งข้อสังเกตของจังหวัด', 'Review the province’s flagged answers'),
    summary: w(
      'ดูกลุ่มคำตอบที่ถูกตั้งข้อสังเกตของทุก อปท. ในจังหวัด และตัดสินใจแทนหรือร่วมกับ อปท.',
      'See the flagged answers of every LGU in your province, grouped, and decide on them.',
    ),
    steps: [
      w(`ที่หน้าจังหวัด กดลิงก์ ${ui.review('review.link')}`, `On your province’s page, press ${ui.review('review.link')}.`),
      w(
        `เลือกกลุ่ม กรอกเหตุผล แล้วกด ${ui.review('review.decision.count')} หรือ ${ui.review('review.decision.keep_out')}`,
        `Open a group, give a reason and press ${ui.review('review.decision.count')} or ${ui.review('review.decision.keep_out')}.`,
      ),
    ],
    notes: [
      w(
        'สัดส่วนคำตอบที่ถูกคัดออกของแต่ละ อปท. แสดงในตาราง อปท. ของจังหวัด ค่าที่สูงผิดปกติควรตรวจสอบ',
        'Each LGU’s share kept out is in the province’s table; an unusually high share deserves a look.',
      ),
    ],
    shot: { path: '/staff/provinces/{province}/review' },
  },
  annualReportSection('province'),
]

export const dlaLoopSections: GuideSection[] = [
  {
    id: 'dla-follow-up',
    role: 'dla',
    title: w('ติดตาม อปท. ทั้งประเทศ', 'Follow up LGUs across the country'),
    summary: w(
      'รายชื่อ อปท. ทั้งประเทศ กรองตามสิ่งที่ยังขาด และดาวน์โหลดไปโทรติดตาม',
      'Every LGU in the country, filtered by what is still missing, to download and phone round.',
    ),
    steps: [
      w(`ที่หน้าหลัก กด ${ui.province('national.lgus.link')}`, `On your home page, press ${ui.province('national.lgus.link')}.`),
      w(
        `เลือก ${ui.province('province.filter.status')} เช่น ${ui.province('province.status.no-officer')} แล้วกด ${ui.staff('staff.filter.apply')}`,
        `Choose ${ui.province('province.filter.status')}, for example ${ui.province('province.status.no-officer')}, then press ${ui.staff('staff.filter.apply')}.`,
      ),
      w(`กด ${ui.province('province.download')}`, `Press ${ui.province('province.download')}.`),
    ],
    shot: { path: '/staff/national/lgus' },
  },
  annualReportSection('dla'),
]
