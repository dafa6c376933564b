/**
 * The default questionnaire: the satisfaction survey most Thai LGUs already run for the annual
 * Local Performance Assessment (LPA), on the 5-level scale and the four aspects (ด้าน) that
 * DLA's reports use. Kept to ten rating items so a resident at the counter finishes in under
 * a minute.
 *
 * `{organisation}` in the privacy text is a placeholder: the renderer replaces it with the
 * organisation's name (e.g. "เทศบาลตำบลบ้านใหม่"), so one published version serves every LGU.
 *
 * This is plain data; it is validated by `parseDefinition` when it is loaded, never on import.
 */
import type { z } from 'zod'
import type { definitionSchema, Localized } from '../definition.js'
import { noPersonalDetailsHint, notice, serviceUsedSection } from './shared.js'

/** What the privacy notice calls this questionnaire ("answers to this …"). */
const form: Localized = { th: 'แบบประเมิน', en: 'survey' }

/**
 * The four aspects (ด้าน), each both a section title and a scoring label. The Thai is the exact
 * name DLA's reports use; keep it verbatim.
 */
const aspect = {
  process: { th: 'ด้านกระบวนการ/ขั้นตอนการให้บริการ', en: 'Service process and steps' },
  channel: { th: 'ด้านช่องทางการให้บริการ', en: 'Service channels' },
  staff: { th: 'ด้านเจ้าหน้าที่หรือบุคลากรผู้ให้บริการ', en: 'Service staff' },
  facilities: { th: 'ด้านสิ่งอำนวยความสะดวก', en: 'Facilities' },
} satisfies Record<string, Localized>

export const thaiLguStandard: z.input<typeof definitionSchema> = {
  slug: 'thai-lgu-standard',
  title: {
    th: 'แบบประเมินความพึงพอใจต่อการให้บริการ',
    en: 'Service satisfaction survey',
  },
  intro: {
    th: 'โปรดประเมินการรับบริการของท่านในครั้งนี้ ใช้เวลาไม่ถึง 1 นาที',
    en: 'Please rate the service you received today. It takes less than a minute.',
  },
  privacy: {
    summary: {
      th:
        '{organisation} และกรมส่งเสริมการปกครองท้องถิ่น (สถ.) เก็บคำตอบนี้เพื่อนำไปปรับปรุงการให้บริการ ' +
        'และใช้ประกอบการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA) ประจำปี ' +
        'แบบประเมินนี้ไม่ถามชื่อหรือข้อมูลที่ระบุตัวท่าน การตอบเป็นไปโดยสมัครใจ ' +
        'และจะเผยแพร่เฉพาะผลสรุปภาพรวมเท่านั้น',
      en:
        '{organisation} and the Department of Local Administration (DLA) collect these answers to improve ' +
        'services and for the annual Local Performance Assessment (LPA). The survey does not ask for your ' +
        'name or anything that identifies you, and answering is voluntary. Only overall totals are published.',
    },
    full: [
      notice.controller(form),
      notice.purpose({
        th: 'เพื่อนำความคิดเห็นของผู้รับบริการไปปรับปรุงการให้บริการ ' + 'และใช้ประกอบการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA) ประจำปี',
        en:
          'to use residents’ views to improve services, and as evidence for the annual Local ' + 'Performance Assessment (LPA).',
      }),
      notice.lawfulBasis,
      notice.collected(form),
      {
        // Unlike the other built-ins, this one has optional questions about the respondent.
        th: 'การตอบเป็นไปโดยสมัครใจ ข้อมูลทั่วไปของผู้ตอบไม่บังคับตอบ ท่านจะไม่ตอบหรือหยุดตอบเมื่อใดก็ได้ ' + 'โดยไม่มีผลต่อการรับบริการของท่าน',
        en:
          'Answering is voluntary, and the questions about you are optional. You may decline or stop at any ' +
          'time; it makes no difference to the service you receive.',
      },
      notice.retention,
      notice.audience({ th: 'ข้อเสนอแนะ', en: 'suggestions' }),
      notice.rights(form),
    ],
  },
  scales: {
    satisfaction: {
      levels: [
        { value: 5, label: { th: 'มากที่สุด', en: 'Very satisfied' }, face: '😄' },
        { value: 4, label: { th: 'มาก', en: 'Satisfied' }, face: '🙂' },
        { value: 3, label: { th: 'ปานกลาง', en: 'Neutral' }, face: '😐' },
        { value: 2, label: { th: 'น้อย', en: 'Dissatisfied' }, face: '🙁' },
        { value: 1, label: { th: 'น้อยที่สุด', en: 'Very dissatisfied' }, face: '😞' },
      ],
      notApplicableLabel: { th: 'ไม่เกี่ยวข้อง / ไม่ได้ใช้', en: 'Not applicable' },
    },
  },
  sections: [
    serviceUsedSection,
    {
      id: 'overall_rating',
      title: { th: 'ความพึงพอใจโดยรวม', en: 'Overall satisfaction' },
      items: [
        {
          id: 'overall',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'โดยรวมแล้ว ท่านพึงพอใจต่อการให้บริการครั้งนี้เพียงใด',
            en: 'Overall, how satisfied are you with the service you received?',
          },
          required: true,
        },
      ],
    },
    {
      id: 'process',
      title: aspect.process,
      description: {
        th: 'ท่านพึงพอใจในเรื่องต่อไปนี้เพียงใด',
        en: 'How satisfied are you with each of the following?',
      },
      items: [
        {
          id: 'process_1',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'ขั้นตอนการให้บริการไม่ยุ่งยาก เข้าใจง่าย',
            en: 'The steps were simple and easy to understand',
          },
          required: true,
        },
        {
          id: 'process_2',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'ระยะเวลารอและระยะเวลาให้บริการเหมาะสม',
            en: 'The time spent waiting and being served was reasonable',
          },
          required: true,
        },
      ],
    },
    {
      id: 'channel',
      title: aspect.channel,
      items: [
        {
          id: 'channel_1',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'มีช่องทางให้บริการหลากหลายและสะดวก เช่น ที่สำนักงาน ทางโทรศัพท์ หรือออนไลน์',
            en: 'There are several convenient ways to get the service, such as at the office, by phone or online',
          },
          required: true,
        },
        {
          id: 'channel_2',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'มีป้ายและข้อมูลบอกจุดให้บริการและขั้นตอนอย่างชัดเจน',
            en: 'Signs and notices clearly show where to go and what to do',
          },
          required: true,
        },
      ],
    },
    {
      id: 'staff',
      title: aspect.staff,
      items: [
        {
          id: 'staff_1',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'เจ้าหน้าที่สุภาพ ยิ้มแย้ม เต็มใจให้บริการ',
            en: 'Staff were polite, friendly and willing to help',
          },
          required: true,
        },
        {
          id: 'staff_2',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน ตอบข้อสงสัยได้',
            en: 'Staff explained things clearly and answered my questions',
          },
          required: true,
        },
        {
          id: 'staff_3',
          kind: 'rating',
          scale: 'satisfaction',
          text: {
            th: 'เจ้าหน้าที่ให้บริการอย่างเท่าเทียม ไม่เลือกปฏิบัติ',
            en: 'Staff treated everyone equally, without favouritism',
          },
          required: true,
        },
      ],
    },
    {
      id: 'facilities',
      title: aspect.facilities,
      // Someone served by phone or online never saw the building, hence N/A.
      items: [
        {
          id: 'facility_1',
          kind: 'rating',
          scale: 'satisfaction',
          allowNotApplicable: true,
          text: {
            th: 'ที่นั่งรอ น้ำดื่ม และห้องน้ำ เพียงพอและสะอาด',
            en: 'Seating, drinking water and toilets were sufficient and clean',
          },
          required: true,
        },
        {
          id: 'facility_2',
          kind: 'rating',
          scale: 'satisfaction',
          allowNotApplicable: true,
          text: {
            th: 'สถานที่สะดวก เข้าถึงง่าย รวมถึงผู้สูงอายุและคนพิการ',
            en: 'The place was convenient and easy to get into, including for older and disabled people',
          },
          required: true,
        },
      ],
    },
    {
      id: 'about_you',
      title: { th: 'ข้อมูลทั่วไปของผู้ตอบ (ไม่บังคับ)', en: 'About you (optional)' },
      description: {
        th: 'ใช้ดูผลแยกตามกลุ่มในภาพรวมเท่านั้น ไม่สามารถระบุตัวท่านได้',
        en: 'Used only to compare groups in the totals; it cannot identify you.',
      },
      // Deliberately coarse bands, and nothing the PDPA treats as sensitive (health, disability,
      // religion, ethnicity): small groups could otherwise point to one person.
      items: [
        {
          id: 'sex',
          kind: 'single',
          text: { th: 'เพศ', en: 'Gender' },
          required: false,
          options: [
            { value: 'male', label: { th: 'ชาย', en: 'Male' } },
            { value: 'female', label: { th: 'หญิง', en: 'Female' } },
            { value: 'other', label: { th: 'เพศอื่น ๆ', en: 'Other' } },
            { value: 'not_say', label: { th: 'ไม่ประสงค์ระบุ', en: 'Prefer not to say' } },
          ],
        },
        {
          id: 'age',
          kind: 'single',
          text: { th: 'อายุ', en: 'Age' },
          required: false,
          options: [
            { value: 'under_20', label: { th: 'ต่ำกว่า 20 ปี', en: 'Under 20' } },
            { value: '20_29', label: { th: '20–29 ปี', en: '20–29' } },
            { value: '30_39', label: { th: '30–39 ปี', en: '30–39' } },
            { value: '40_49', label: { th: '40–49 ปี', en: '40–49' } },
            { value: '50_59', label: { th: '50–59 ปี', en: '50–59' } },
            { value: '60_plus', label: { th: '60 ปีขึ้นไป', en: '60 or over' } },
            { value: 'not_say', label: { th: 'ไม่ประสงค์ระบุ', en: 'Prefer not to say' } },
          ],
        },
        {
          id: 'occupation',
          kind: 'single',
          text: { th: 'อาชีพ', en: 'Occupation' },
          required: false,
          options: [
            { value: 'farmer', label: { th: 'เกษตรกร', en: 'Farmer' } },
            { value: 'labourer', label: { th: 'รับจ้างทั่วไป', en: 'Day labourer / hired worker' } },
            { value: 'trader', label: { th: 'ค้าขาย/ธุรกิจส่วนตัว', en: 'Trader / own business' } },
            {
              value: 'public_sector',
              label: { th: 'ข้าราชการ/พนักงานของรัฐ/รัฐวิสาหกิจ', en: 'Civil servant / public employee' },
            },
            { value: 'private_employee', label: { th: 'พนักงานบริษัทเอกชน', en: 'Company employee' } },
            { value: 'student', label: { th: 'นักเรียน/นักศึกษา', en: 'Student' } },
            {
              value: 'not_working',
              label: { th: 'ไม่ได้ประกอบอาชีพ/เกษียณอายุ', en: 'Not working / retired' },
            },
            { value: 'other', label: { th: 'อื่น ๆ', en: 'Other' } },
            { value: 'not_say', label: { th: 'ไม่ประสงค์ระบุ', en: 'Prefer not to say' } },
          ],
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
            th: 'ข้อเสนอแนะเพื่อปรับปรุงการให้บริการ',
            en: 'Any suggestions to improve the service?',
          },
          hint: noPersonalDetailsHint,
          required: false,
        },
      ],
    },
  ],
  scoring: {
    method: 'thai-mean',
    overallItem: 'overall',
    aspects: [
      { id: 'process', label: aspect.process, items: ['process_1', 'process_2'] },
      { id: 'channel', label: aspect.channel, items: ['channel_1', 'channel_2'] },
      { id: 'staff', label: aspect.staff, items: ['staff_1', 'staff_2', 'staff_3'] },
      { id: 'facilities', label: aspect.facilities, items: ['facility_1', 'facility_2'] },
    ],
  },
}
