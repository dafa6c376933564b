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
import type { definitionSchema, Localized } from '../definition.js'
import { agreeLevels, noPersonalDetailsHint, notice, serviceUsedSection } from './shared.js'

/** What the privacy notice calls this questionnaire ("answers to this …"). */
const form: Localized = { th: 'แบบสอบถาม', en: 'survey' }

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
      notice.controller(form),
      notice.purpose({
        th: 'เพื่อวัดความเชื่อมั่นของผู้รับบริการ และหาว่าเรื่องใดทำได้ดีหรือควรปรับปรุง ' + 'เพื่อนำไปปรับปรุงการให้บริการ',
        en:
          'to measure how much confidence people have after using the service and to find out what ' +
          'works and what needs fixing, so the service can be improved.',
      }),
      notice.lawfulBasis,
      notice.collected(form),
      notice.voluntary,
      notice.retention,
      notice.audience({ th: 'ความคิดเห็น', en: 'comments' }),
      notice.rights(form),
    ],
  },
  scales: {
    trust: {
      levels: agreeLevels,
    },
  },
  sections: [
    serviceUsedSection,
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
          hint: noPersonalDetailsHint,
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
