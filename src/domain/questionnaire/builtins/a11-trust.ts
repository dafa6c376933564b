/**
 * The US OMB Circular A-11 §280 post-transaction survey as GSA Touchpoints has asked it since
 * 2023: one trust statement on a 1–5 agreement scale (4 and 5 count as positive), "what went
 * well?" and "what didn't go well?" over the same seven drivers, then a free-text comment.
 *
 * Both reason lists use the same option values (the driver names) so a report can put the
 * positive and negative counts for a driver side by side.
 *
 * The trust statement says "this organisation" rather than a name: the renderer substitutes
 * `{organisation}` in the privacy text, but item text is shown as written.
 * This is plain data; it is validated by `parseDefinition` when it is loaded, never on import.
 */
import type { z } from 'zod'
import type { definitionSchema } from '../definition.js'

export const a11Trust: z.input<typeof definitionSchema> = {
  slug: 'a11-trust',
  title: {
    th: 'ความคิดเห็นต่อการรับบริการ',
    en: 'Tell us about your experience',
  },
  intro: {
    th: 'ขอความคิดเห็นสั้น ๆ เกี่ยวกับการรับบริการครั้งนี้ เพื่อนำไปปรับปรุงการให้บริการ',
    en: 'A few quick questions about the service you just received, to help us improve it.',
  },
  privacy: {
    summary: {
      th:
        '{organisation} และกรมส่งเสริมการปกครองท้องถิ่น (สถ.) เก็บคำตอบนี้เพื่อนำไปปรับปรุงการให้บริการ ' +
        'แบบสอบถามนี้ไม่ถามชื่อหรือข้อมูลที่ระบุตัวท่าน การตอบเป็นไปโดยสมัครใจ ' +
        'และจะเผยแพร่เฉพาะผลสรุปภาพรวมเท่านั้น',
      en:
        '{organisation} and the Department of Local Administration (DLA) collect these answers to improve ' +
        'services. The survey does not ask for your name or anything that identifies you, and answering is ' +
        'voluntary. Only overall totals are published.',
    },
    full: [
      {
        th:
          'ผู้ควบคุมข้อมูลส่วนบุคคล: {organisation} เป็นผู้เก็บรวบรวมและใช้คำตอบจากแบบสอบถามนี้ ' +
          'ร่วมกับกรมส่งเสริมการปกครองท้องถิ่น ซึ่งรวบรวมผลขององค์กรปกครองส่วนท้องถิ่นทั่วประเทศ',
        en:
          'Who is responsible: {organisation} collects and uses the answers to this survey, together with the ' +
          'Department of Local Administration (DLA), which compiles the results of local governments nationwide.',
      },
      {
        th:
          'วัตถุประสงค์: เพื่อวัดความเชื่อมั่นของผู้รับบริการ และหาว่าเรื่องใดทำได้ดีหรือควรปรับปรุง ' +
          'เพื่อนำไปปรับปรุงการให้บริการ จะไม่นำคำตอบไปใช้เพื่อวัตถุประสงค์อื่น',
        en:
          'Purpose: to measure how much confidence people have after using the service and to find out what ' +
          'works and what needs fixing, so the service can be improved. Your answers are not used for anything else.',
      },
      {
        th:
          'ฐานทางกฎหมาย: เป็นการดำเนินภารกิจเพื่อประโยชน์สาธารณะและการใช้อำนาจรัฐ ' +
          'ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 24 (4)',
        en:
          'Lawful basis: performance of a task carried out in the public interest and the exercise of ' +
          'official authority, under section 24(4) of the Personal Data Protection Act B.E. 2562 (2019).',
      },
      {
        th:
          'ข้อมูลที่เก็บ: เฉพาะคำตอบในแบบสอบถามนี้ จุดให้บริการ และวันเวลาที่ตอบ ' +
          'ไม่เก็บชื่อ เลขประจำตัวประชาชน หมายเลขโทรศัพท์ อีเมล หรือที่อยู่ และไม่บันทึกหมายเลขไอพี (IP address) ' +
          'ของอุปกรณ์ที่ใช้ตอบ เพื่อป้องกันการส่งซ้ำ ระบบใช้รหัสชั่วคราวที่แปลงแบบทางเดียวซึ่งไม่สามารถระบุตัวท่านได้ ' +
          'และลบทิ้งเองภายในเวลาสั้น ๆ',
        en:
          'What is collected: only your answers to this survey, the service point and the time you answered. ' +
          'No name, ID card number, phone number, e-mail or address is collected, and the IP address of your ' +
          'device is not stored. To stop repeat submissions the system keeps short-lived one-way codes that ' +
          'cannot identify you and are deleted soon after.',
      },
      {
        th: 'การตอบเป็นไปโดยสมัครใจ ท่านจะไม่ตอบหรือหยุดตอบเมื่อใดก็ได้ โดยไม่มีผลต่อการรับบริการของท่าน',
        en: 'Answering is voluntary. You may decline or stop at any time; it makes no difference to the service you receive.',
      },
      {
        th:
          'ระยะเวลาเก็บรักษา: คำตอบรายบุคคลจะเก็บไว้ 2 ปีงบประมาณนับจากวันปิดรอบการประเมิน แล้วจึงลบทิ้ง ' +
          'ส่วนผลสรุปภาพรวมจะเก็บไว้และเผยแพร่เป็นข้อมูลเปิดภาครัฐ (open data)',
        en:
          'How long it is kept: individual answers are kept for 2 fiscal years after the survey round closes ' +
          'and then deleted. Overall results are kept and published as open data.',
      },
      {
        th:
          'ผู้ที่เห็นข้อมูล: เจ้าหน้าที่ของ{organisation} สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด ' +
          'และกรมส่งเสริมการปกครองท้องถิ่น เห็นผลสรุปและความคิดเห็น ประชาชนทั่วไปเห็นเฉพาะผลสรุปภาพรวม ' +
          'และจะไม่แสดงผลของกลุ่มที่มีผู้ตอบน้อยเกินไป เพื่อไม่ให้ระบุตัวผู้ตอบได้',
        en:
          'Who sees what: staff of {organisation}, the Provincial Office of Local Administration and DLA see ' +
          'overall results and written comments. The public sees overall results only, and results for ' +
          'groups with too few answers are not shown, so that no one can be singled out.',
      },
      {
        th:
          'สิทธิของท่านและการติดต่อ: ท่านมีสิทธิตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ' +
          'เช่น สิทธิขอเข้าถึง ขอลบ หรือคัดค้านการใช้ข้อมูล และสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล ' +
          'เนื่องจากแบบสอบถามนี้ไม่เก็บข้อมูลที่ระบุตัวตน จึงอาจไม่สามารถค้นหาคำตอบของท่านได้ ' +
          'สอบถามเพิ่มเติมได้ที่สำนักงาน{organisation} หรือกรมส่งเสริมการปกครองท้องถิ่น',
        en:
          'Your rights and contact: you have rights under the Personal Data Protection Act, such as to access, ' +
          'erase or object to the use of data, and to complain to the Personal Data Protection Committee. ' +
          'Because this survey collects nothing that identifies you, your answers may not be traceable to you. ' +
          'For questions, contact the {organisation} office or the Department of Local Administration.',
      },
    ],
  },
  scales: {
    trust: {
      levels: [
        { value: 5, label: { th: 'เห็นด้วยอย่างยิ่ง', en: 'Strongly agree' }, face: '😄' },
        { value: 4, label: { th: 'เห็นด้วย', en: 'Agree' }, face: '🙂' },
        { value: 3, label: { th: 'ไม่แน่ใจ', en: 'Neither agree nor disagree' }, face: '😐' },
        { value: 2, label: { th: 'ไม่เห็นด้วย', en: 'Disagree' }, face: '🙁' },
        { value: 1, label: { th: 'ไม่เห็นด้วยอย่างยิ่ง', en: 'Strongly disagree' }, face: '😞' },
      ],
    },
  },
  sections: [
    {
      id: 'service_used',
      title: { th: 'บริการที่ท่านใช้', en: 'The service you used' },
      items: [
        {
          // Required, but the app leaves it out when the service point lists no services.
          id: 'service',
          kind: 'service',
          text: { th: 'วันนี้ท่านมาใช้บริการเรื่องใด', en: 'Which service did you use today?' },
          required: true,
        },
      ],
    },
    {
      id: 'confidence',
      title: { th: 'ความเชื่อมั่น', en: 'Confidence' },
      description: {
        th: 'ท่านเห็นด้วยกับข้อความต่อไปนี้เพียงใด',
        en: 'How much do you agree with the following statement?',
      },
      items: [
        {
          id: 'trust',
          kind: 'rating',
          scale: 'trust',
          text: {
            th: 'การรับบริการครั้งนี้ทำให้มั่นใจในหน่วยงานนี้มากขึ้น',
            en: 'This interaction increased my confidence in this organisation.',
          },
          required: true,
        },
      ],
    },
    {
      id: 'reasons',
      title: { th: 'สิ่งที่ทำได้ดีและสิ่งที่ควรปรับปรุง', en: 'What went well and what didn’t' },
      items: [
        {
          id: 'went_well',
          kind: 'multiple',
          text: {
            th: 'อะไรที่ทำได้ดี (เลือกได้มากกว่า 1 ข้อ)',
            en: 'What went well? (Select all that apply)',
          },
          required: false,
          options: [
            { value: 'effectiveness', label: { th: 'ได้รับสิ่งที่ต้องการ', en: 'I got what I needed' } },
            { value: 'ease', label: { th: 'ทำเรื่องได้ง่าย ไม่ยุ่งยาก', en: 'It was easy to do what I needed to do' } },
            { value: 'efficiency', label: { th: 'ใช้เวลาเหมาะสม', en: 'It took a reasonable amount of time' } },
            {
              value: 'transparency',
              label: { th: 'รู้ชัดเจนว่าต้องทำอะไรและจะได้รับอะไร', en: 'It was clear what to do and what to expect' },
            },
            {
              value: 'humanity',
              label: { th: 'ได้รับการปฏิบัติอย่างเป็นธรรมและให้เกียรติ', en: 'I was treated fairly and with respect' },
            },
            { value: 'employee', label: { th: 'เจ้าหน้าที่ช่วยเหลือดี', en: 'The staff were helpful' } },
            { value: 'other', label: { th: 'อื่น ๆ', en: 'Other' } },
          ],
        },
        {
          id: 'not_well',
          kind: 'multiple',
          text: {
            th: 'อะไรที่ควรปรับปรุง (เลือกได้มากกว่า 1 ข้อ)',
            en: 'What didn’t go well? (Select all that apply)',
          },
          required: false,
          options: [
            { value: 'effectiveness', label: { th: 'ไม่ได้รับสิ่งที่ต้องการ', en: 'I did not get what I needed' } },
            { value: 'ease', label: { th: 'ทำเรื่องได้ยาก ยุ่งยาก', en: 'It was hard to do what I needed to do' } },
            { value: 'efficiency', label: { th: 'ใช้เวลานานเกินไป', en: 'It took too long' } },
            {
              value: 'transparency',
              label: { th: 'ไม่ชัดเจนว่าต้องทำอะไรหรือจะได้รับอะไร', en: 'It was unclear what to do or what to expect' },
            },
            {
              value: 'humanity',
              label: {
                th: 'ไม่ได้รับการปฏิบัติอย่างเป็นธรรมหรือไม่ได้รับการให้เกียรติ',
                en: 'I was not treated fairly or with respect',
              },
            },
            { value: 'employee', label: { th: 'เจ้าหน้าที่ไม่ช่วยเหลือ', en: 'The staff were not helpful' } },
            { value: 'other', label: { th: 'อื่น ๆ', en: 'Other' } },
          ],
        },
      ],
    },
    {
      id: 'comments',
      title: { th: 'ความคิดเห็นเพิ่มเติม', en: 'Comments' },
      items: [
        {
          id: 'comment',
          kind: 'text',
          maxLength: 1000,
          text: {
            th: 'ความคิดเห็นหรือข้อเสนอแนะเพิ่มเติม',
            en: 'Is there anything else you would like to tell us?',
          },
          // Comments are shown to staff verbatim, so ask people not to put anyone's details in them.
          hint: {
            th: 'โปรดอย่าเขียนชื่อ เบอร์โทรศัพท์ หรือข้อมูลส่วนตัวของท่านหรือผู้อื่น',
            en: 'Please do not write names, phone numbers or other personal details about yourself or anyone else.',
          },
          required: false,
        },
      ],
    },
  ],
  scoring: {
    method: 'a11-trust',
    trustItem: 'trust',
    positiveLevels: [4, 5],
    reasonItems: ['went_well', 'not_well'],
  },
}
