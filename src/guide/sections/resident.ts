/** Questions residents ask, answered on the public guide page (`/guide`). */
import type { GuideSection } from '../types.js'
import { ui } from '../ui.js'
import { w } from './words.js'

export const residentSections: GuideSection[] = [
  {
    id: 'resident-answer',
    role: 'resident',
    title: w('ตอบแบบประเมินอย่างไร', 'How do I answer the survey?'),
    summary: w(
      'ที่จุดให้บริการของ อปท. มีโปสเตอร์คิวอาร์โค้ด ตอบได้ด้วยโทรศัพท์ทุกรุ่น ใช้เวลาไม่กี่นาที',
      'Each service point of a local government has a QR poster. Any phone will do, and it takes a few minutes.',
    ),
    steps: [
      w('สแกนคิวอาร์โค้ดบนโปสเตอร์ด้วยกล้องของโทรศัพท์', 'Scan the QR code on the poster with your phone’s camera.'),
      w(
        `หรือเปิดหน้าแรกของเว็บไซต์ พิมพ์รหัส 7 ตัวอักษรใต้คิวอาร์โค้ดในช่อง ${ui.public('home.codeLabel')} แล้วกด ${ui.public('home.go')}`,
        `Or open the site’s home page, type the 7-character code under the QR code into ${ui.public('home.codeLabel')} and press ${ui.public('home.go')}.`,
      ),
      w(
        'เลือกบริการที่ท่านใช้ แล้วตอบคำถามทุกข้อที่มีเครื่องหมายว่าต้องตอบ',
        'Choose the service you used and answer every question marked as required.',
      ),
      w(
        `กด ${ui.public('survey.submit')} เมื่อเห็นหน้า ${ui.public('thanks.title')} แปลว่าระบบบันทึกคำตอบแล้ว`,
        `Press ${ui.public('survey.submit')}. The page ${ui.public('thanks.title')} means your answer is stored.`,
      ),
    ],
    notes: [
      w(
        `กด ${ui.public('lang.switch')} ที่มุมบนเพื่อตอบเป็นภาษาอังกฤษ`,
        `Press ${ui.public('lang.switch')} at the top to answer in Thai.`,
      ),
    ],
    shot: { path: '/s/KRB1001' },
  },
  {
    id: 'resident-large-text',
    role: 'resident',
    title: w('อ่านตัวหนังสือไม่ชัด ขอตัวอักษรใหญ่ได้ไหม', 'Can I have larger text?'),
    summary: w(
      'แบบประเมินมีโหมดตัวอักษรใหญ่ ถามทีละข้อ หน้าจอละหนึ่งคำถาม',
      'The survey has a large-text mode that asks one question a screen.',
    ),
    steps: [
      w(`กด ${ui.public('large.on')} ที่ด้านบนของแบบประเมิน`, `Press ${ui.public('large.on')} at the top of the survey.`),
      w(
        `ตอบทีละข้อ แล้วกด ${ui.public('large.next')} กด ${ui.public('large.back')} เพื่อแก้คำตอบข้อก่อน`,
        `Answer each question and press ${ui.public('large.next')}; ${ui.public('large.back')} goes back to change an answer.`,
      ),
      w(`กด ${ui.public('large.off')} เพื่อกลับไปใช้ตัวอักษรปกติ`, `Press ${ui.public('large.off')} to return to the standard form.`),
    ],
    shot: { path: '/s/KRB1001?large=1' },
  },
  {
    id: 'resident-privacy',
    role: 'resident',
    title: w('ใครเห็นคำตอบของฉัน ต้องบอกชื่อไหม', 'Who sees my answers? Do I give my name?'),
    summary: w(
      'ไม่ต้องบอกชื่อ เลขประจำตัวประชาชน เบอร์โทรศัพท์ หรือที่อยู่ คำตอบไม่ระบุตัวตน',
      'No: the survey never asks for your name, ID number, phone number or address. Answers are anonymous.',
    ),
    steps: [
      w(
        'ระบบไม่เก็บที่อยู่ IP หรือข้อมูลเครื่องของท่านไว้กับคำตอบ และเก็บเวลาตอบเพียงระดับชั่วโมง',
        'No IP address or device details are stored with your answer, and its time is kept only to the hour.',
      ),
      w(
        'หากพิมพ์เบอร์โทรศัพท์ อีเมล เลขประจำตัวประชาชน หรือไอดีไลน์ไว้ในข้อเสนอแนะ ระบบจะปิดบังก่อนบันทึก',
        'Phone numbers, e-mail addresses, ID numbers and LINE ids typed into a suggestion are masked before it is stored.',
      ),
      w(
        `อ่านรายละเอียดทั้งหมดได้จากลิงก์ ${ui.public('survey.privacyMore')} ที่ด้านบนของแบบประเมิน`,
        `The link ${ui.public('survey.privacyMore')} at the top of the survey has the whole notice.`,
      ),
    ],
    notes: [
      w(
        'คำตอบรายบุคคลถูกลบเมื่อครบระยะเวลาที่ประกาศไว้ ผลรวมยังคงอยู่',
        'Individual answers are deleted after the period the notice states; the totals stay.',
      ),
    ],
    shot: { path: '/s/KRB1001', clip: '.survey-notice' },
  },
  {
    id: 'resident-again',
    role: 'resident',
    title: w('ตอบซ้ำได้ไหม', 'Can I answer more than once?'),
    summary: w(
      'ตอบได้ทุกครั้งที่ไปใช้บริการ แต่คำตอบซ้ำจากโทรศัพท์เครื่องเดิมที่จุดเดิมในวันเดียวกันจะไม่นับในผลอย่างเป็นทางการ',
      'Yes, each time you use a service; but a second answer from the same phone at the same point on the same day is not counted in the official results.',
    ),
    steps: [
      w(
        `หลังส่งแบบประเมิน กด ${ui.public('thanks.results')} เพื่อดูผลของหน่วยงานนั้น`,
        `After sending, ${ui.public('thanks.results')} shows that organisation’s results.`,
      ),
      w(
        'หากจุดให้บริการปิดรับแล้ว หน้าแบบประเมินจะบอก และแสดงจุดอื่นของหน่วยงานที่ยังเปิดรับ',
        'If a point no longer takes answers, its page says so and lists the organisation’s other open points.',
      ),
    ],
    shot: { path: '/s/CNX1009', status: 410 },
  },
  {
    id: 'resident-results',
    role: 'resident',
    title: w('ดูผลการประเมินของ อปท. ของฉันได้ที่ไหน', 'Where can I see my local government’s results?'),
    summary: w(
      'ผลของทุก อปท. เปิดให้ทุกคนดู โดยไม่แสดงความคิดเห็นรายบุคคล และไม่แสดงกลุ่มที่มีผู้ตอบน้อยเกินไป',
      'Every local government’s results are public, without individual comments and without groups too small to show.',
    ),
    steps: [
      w(`ที่หน้าแรก กด ${ui.public('home.results')}`, `On the home page, press ${ui.public('home.results')}.`),
      w('พิมพ์ชื่อหรือรหัสของ อปท. แล้วเลือกจากรายการ', 'Type the name or code of the local government and choose it from the list.'),
      w(
        'หน้าผลแสดงร้อยละความพึงพอใจ ค่าความคลาดเคลื่อน และผลแยกตามด้าน',
        'Its page shows the share satisfied, the margin of error and the results by aspect.',
      ),
    ],
    shot: { path: '/o/4810102' },
  },
  {
    id: 'resident-open-data',
    role: 'resident',
    title: w('นักข่าวหรือนักวิจัยขอข้อมูลได้อย่างไร', 'I am a journalist or researcher: where is the data?'),
    summary: w(
      'ผลของทุกรอบเผยแพร่เป็นข้อมูลเปิด ดาวน์โหลดได้โดยไม่ต้องขอ',
      'The results of every round are published as open data, free to download without asking.',
    ),
    steps: [
      w(`ที่หน้าแรก กด ${ui.public('home.openData')}`, `On the home page, press ${ui.public('home.openData')}.`),
      w(
        'เลือกรอบ แล้วดาวน์โหลดผลรายหน่วยงานหรือรายจังหวัดเป็น CSV หรือ JSON พร้อมคำอธิบายข้อมูล',
        'Choose a round and download results by organisation or by province as CSV or JSON, with their data dictionaries.',
      ),
    ],
    shot: { path: '/open-data' },
  },
]
