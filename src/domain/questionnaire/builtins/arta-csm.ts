/**
 * The Philippines Anti-Red Tape Authority's harmonised Client Satisfaction Measurement (CSM),
 * ARTA Memorandum Circular 2022-05, on-site version: client type, the Citizen's Charter
 * questions CC1–CC3 and the service quality items SQD0–SQD8. The English follows the official
 * form as closely as possible so results stay comparable with ARTA's; the Thai is a translation.
 *
 * Differences from the paper form, on purpose:
 * - no e-mail, age, sex or region fields: the PDPA rules in DESIGN.md forbid contact details,
 *   and the Thai deployment has its own optional profile questions elsewhere;
 * - "Service availed" is the `service` item, filled from the service point's list of services.
 * Option labels keep the form's numbers because CC2 and CC3 refer back to "1–3 in CC1".
 *
 * `{organisation}` in the privacy text is replaced with the organisation's name by the renderer.
 * This is plain data; it is validated by `parseDefinition` when it is loaded, never on import.
 */
import type { z } from 'zod'
import type { definitionSchema, Localized } from '../definition.js'
import { agreeLevels, noPersonalDetailsHint, notice, serviceItem } from './shared.js'

/** What the privacy notice calls this questionnaire ("answers to this …"). */
const form: Localized = { th: 'แบบวัด', en: 'form' }

export const artaCsm: z.input<typeof definitionSchema> = {
  slug: 'arta-csm',
  title: {
    th: 'แบบวัดความพึงพอใจของผู้รับบริการ (Client Satisfaction Measurement)',
    en: 'Client Satisfaction Measurement (CSM)',
  },
  intro: {
    th:
      'แบบวัดความพึงพอใจนี้ใช้ติดตามประสบการณ์ของผู้รับบริการจากหน่วยงานของรัฐ ' +
      'ความคิดเห็นของท่านต่อการรับบริการที่เพิ่งเสร็จสิ้นจะช่วยให้หน่วยงานนี้ให้บริการได้ดียิ่งขึ้น',
    en:
      'This Client Satisfaction Measurement (CSM) tracks the customer experience of government offices. ' +
      'Your feedback on your recently concluded transaction will help this office provide a better service.',
  },
  privacy: {
    summary: {
      th:
        '{organisation} และกรมส่งเสริมการปกครองท้องถิ่น (สถ.) เก็บคำตอบนี้เพื่อนำไปปรับปรุงการให้บริการ ' +
        'และรายงานผลความพึงพอใจของผู้รับบริการ แบบวัดนี้ไม่ถามชื่อหรือข้อมูลที่ระบุตัวท่าน ' +
        'ท่านจะเลือกไม่ตอบแบบวัดนี้ก็ได้ และจะเผยแพร่เฉพาะผลสรุปภาพรวมเท่านั้น',
      en:
        '{organisation} and the Department of Local Administration (DLA) collect these answers to improve ' +
        'services and to report on client satisfaction. This form does not ask for your name or anything ' +
        'that identifies you, and you always have the option not to answer it. Only overall totals are published.',
    },
    full: [
      notice.controller(form),
      notice.purpose({
        th:
          'เพื่อนำความคิดเห็นของผู้รับบริการไปปรับปรุงการให้บริการ และรายงานผลความพึงพอใจ ' +
          'ตามรูปแบบ Client Satisfaction Measurement ซึ่งเทียบเคียงกับผลของหน่วยงานอื่นได้',
        en:
          'to use clients’ views to improve services and to report client satisfaction in the ' +
          'Client Satisfaction Measurement format, so results can be compared with other offices.',
      }),
      notice.lawfulBasis,
      notice.collected(form),
      notice.voluntary,
      notice.retention,
      notice.audience({ th: 'ข้อเสนอแนะ', en: 'suggestions' }),
      notice.rights(form),
    ],
  },
  scales: {
    agree: {
      levels: agreeLevels,
      notApplicableLabel: { th: 'ไม่เกี่ยวข้อง', en: 'N/A (not applicable)' },
    },
  },
  sections: [
    {
      id: 'client',
      title: { th: 'ข้อมูลการรับบริการ', en: 'Your transaction' },
      items: [
        {
          id: 'client_type',
          kind: 'single',
          text: { th: 'ประเภทผู้รับบริการ', en: 'Client type' },
          required: true,
          options: [
            { value: 'citizen', label: { th: 'ประชาชน', en: 'Citizen' } },
            { value: 'business', label: { th: 'ภาคธุรกิจ', en: 'Business' } },
            {
              value: 'government',
              label: {
                th: 'ภาครัฐ (เจ้าหน้าที่ของรัฐหรือหน่วยงานอื่น)',
                en: 'Government (employee or another agency)',
              },
            },
          ],
        },
        // The form's own wording for the shared service item.
        { ...serviceItem, text: { th: 'บริการที่ได้รับ', en: 'Service availed' } },
      ],
    },
    {
      id: 'charter',
      title: { th: 'กฎบัตรประชาชน (Citizen’s Charter: CC)', en: 'Citizen’s Charter (CC)' },
      description: {
        th:
          'กฎบัตรประชาชน (CC) คือเอกสารทางการที่แสดงบริการของหน่วยงาน ' +
          'เช่น เอกสารหลักฐานที่ต้องใช้ ค่าธรรมเนียม และระยะเวลาดำเนินการ (เทียบได้กับคู่มือสำหรับประชาชน)',
        en:
          'The Citizen’s Charter is an official document that reflects the services of a government ' +
          'agency/office including its requirements, fees, and processing times among others.',
      },
      items: [
        {
          id: 'cc1',
          kind: 'single',
          text: {
            th: 'CC1 ข้อใดตรงกับการรับรู้ของท่านเกี่ยวกับกฎบัตรประชาชน (CC) มากที่สุด',
            en: 'CC1. Which of the following best describes your awareness of a CC?',
          },
          required: true,
          options: [
            {
              value: 'know_saw',
              label: {
                th: '1. ทราบว่า CC คืออะไร และได้เห็น CC ของหน่วยงานนี้',
                en: '1. I know what a CC is and I saw this office’s CC.',
              },
            },
            {
              value: 'know_not_saw',
              label: {
                th: '2. ทราบว่า CC คืออะไร แต่ไม่ได้เห็น CC ของหน่วยงานนี้',
                en: '2. I know what a CC is but I did NOT see this office’s CC.',
              },
            },
            {
              value: 'learned_on_seeing',
              label: {
                th: '3. เพิ่งรู้จัก CC เมื่อได้เห็น CC ของหน่วยงานนี้',
                en: '3. I learned of the CC only when I saw this office’s CC.',
              },
            },
            {
              value: 'not_aware',
              label: {
                th: '4. ไม่ทราบว่า CC คืออะไร และไม่ได้เห็น CC ในหน่วยงานนี้ (ข้อ CC2 และ CC3 ให้ตอบ “ไม่เกี่ยวข้อง”)',
                en: '4. I do not know what a CC is and I did not see one in this office. (Answer ‘N/A’ on CC2 and CC3)',
              },
            },
          ],
        },
        {
          id: 'cc2',
          kind: 'single',
          text: {
            th: 'CC2 หากท่านรู้จัก CC (ตอบข้อ 1–3 ใน CC1) ท่านเห็นว่า CC ของหน่วยงานนี้…',
            en: 'CC2. If aware of CC (answered 1–3 in CC1), would you say that the CC of this office was …?',
          },
          required: true,
          options: [
            { value: 'easy', label: { th: '1. มองเห็นได้ง่าย', en: '1. Easy to see' } },
            { value: 'somewhat_easy', label: { th: '2. ค่อนข้างมองเห็นได้ง่าย', en: '2. Somewhat easy to see' } },
            { value: 'difficult', label: { th: '3. มองเห็นได้ยาก', en: '3. Difficult to see' } },
            { value: 'not_visible', label: { th: '4. มองไม่เห็นเลย', en: '4. Not visible at all' } },
            { value: 'na', label: { th: '5. ไม่เกี่ยวข้อง', en: '5. N/A' } },
          ],
        },
        {
          id: 'cc3',
          kind: 'single',
          text: {
            th: 'CC3 หากท่านรู้จัก CC (ตอบข้อ 1–3 ใน CC1) CC ช่วยในการติดต่อรับบริการของท่านมากน้อยเพียงใด',
            en: 'CC3. If aware of CC (answered 1–3 in CC1), how much did the CC help you in your transaction?',
          },
          required: true,
          options: [
            { value: 'helped_very_much', label: { th: '1. ช่วยได้มาก', en: '1. Helped very much' } },
            { value: 'somewhat_helped', label: { th: '2. ช่วยได้บ้าง', en: '2. Somewhat helped' } },
            { value: 'did_not_help', label: { th: '3. ไม่ได้ช่วย', en: '3. Did not help' } },
            { value: 'na', label: { th: '4. ไม่เกี่ยวข้อง', en: '4. N/A' } },
          ],
        },
      ],
    },
    {
      id: 'service_quality',
      title: { th: 'คุณภาพการให้บริการ (SQD)', en: 'Service quality (SQD)' },
      description: {
        th: 'ข้อ SQD0–SQD8 โปรดเลือกคำตอบที่ตรงกับความเห็นของท่านมากที่สุด',
        en: 'For SQD 0–8, please choose the answer that best corresponds to your answer.',
      },
      items: [
        {
          id: 'sqd0',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD0 พึงพอใจกับบริการที่ได้รับ',
            en: 'SQD0. I am satisfied with the service that I availed.',
          },
        },
        {
          id: 'sqd1',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD1 ใช้เวลาในการติดต่อรับบริการอย่างเหมาะสม',
            en: 'SQD1. I spent a reasonable amount of time for my transaction.',
          },
        },
        {
          id: 'sqd2',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD2 หน่วยงานปฏิบัติตามข้อกำหนดและขั้นตอนของบริการตามที่แจ้งไว้',
            en: 'SQD2. The office followed the transaction’s requirements and steps based on the information provided.',
          },
        },
        {
          id: 'sqd3',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD3 ขั้นตอนที่ต้องทำ (รวมถึงการชำระเงิน) ง่ายและไม่ซับซ้อน',
            en: 'SQD3. The steps (including payment) I needed to do for my transaction were easy and simple.',
          },
        },
        {
          id: 'sqd4',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD4 หาข้อมูลเกี่ยวกับบริการได้ง่าย จากหน่วยงานหรือเว็บไซต์ของหน่วยงาน',
            en: 'SQD4. I easily found information about my transaction from the office or its website.',
          },
        },
        {
          id: 'sqd5',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD5 ค่าธรรมเนียมที่จ่ายมีความเหมาะสม (หากไม่มีค่าธรรมเนียม ให้ตอบ “ไม่เกี่ยวข้อง”)',
            en: 'SQD5. I paid a reasonable amount of fees for my transaction. (If service was free, mark the ‘N/A’ option.)',
          },
        },
        {
          id: 'sqd6',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            // "walang palakasan" is Filipino for "no favouritism / no use of connections".
            th: 'SQD6 หน่วยงานปฏิบัติต่อทุกคนอย่างเป็นธรรม ไม่มีการใช้เส้นสาย',
            en: 'SQD6. I feel the office was fair to everyone, or “walang palakasan”, during my transaction.',
          },
        },
        {
          id: 'sqd7',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD7 เจ้าหน้าที่ให้บริการอย่างสุภาพ และ (เมื่อขอความช่วยเหลือ) ช่วยเหลือได้ดี',
            en: 'SQD7. I was treated courteously by the staff, and (if asked for help) the staff was helpful.',
          },
        },
        {
          id: 'sqd8',
          kind: 'rating',
          scale: 'agree',
          allowNotApplicable: true,
          required: true,
          text: {
            th: 'SQD8 ได้รับสิ่งที่ต้องการจากหน่วยงาน หรือ (หากคำขอถูกปฏิเสธ) ได้รับคำอธิบายเหตุผลอย่างเพียงพอ',
            en: 'SQD8. I got what I needed from the government office, or (if denied) denial of request was sufficiently explained to me.',
          },
        },
      ],
    },
    {
      id: 'comments',
      title: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
      items: [
        {
          id: 'suggestion',
          kind: 'text',
          maxLength: 1000,
          text: {
            th: 'ข้อเสนอแนะเพื่อปรับปรุงการให้บริการของเรา (ไม่บังคับ)',
            en: 'Suggestions on how we can further improve our services',
          },
          hint: noPersonalDetailsHint,
          required: false,
        },
      ],
    },
  ],
  scoring: {
    method: 'arta-csm',
    // ARTA's overall score pools the counts of SQD1–SQD8; SQD0 is reported on its own.
    pooledItems: ['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'],
    separateItems: ['sqd0'],
    charterItems: ['cc1', 'cc2', 'cc3'],
  },
}
