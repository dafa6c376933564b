/**
 * Pieces the built-in questionnaires share word for word: the PDPA privacy-notice paragraphs,
 * the "which service did you use?" item, the 5-level agreement scale and the hint on free-text
 * items. Each definition still lists its own paragraphs, sections and scales in order, so one
 * file shows a questionnaire's whole shape; only the repeated wording lives here.
 *
 * Where the notice names the questionnaire ("this survey", "แบบประเมินนี้"), the paragraph takes
 * that name as `form`, because each questionnaire calls itself differently in Thai (แบบประเมิน,
 * แบบวัด, แบบสอบถาม) and ARTA's official English says "form" where the others say "survey".
 *
 * `{organisation}` is left in place: the renderer replaces it with the organisation's name.
 * This is plain data; it is validated by `parseDefinition` when a definition is loaded.
 */
import type { z } from 'zod'
import type { definitionSchema, Localized } from '../definition.js'

type DefinitionInput = z.input<typeof definitionSchema>
type SectionInput = DefinitionInput['sections'][number]
type ServiceItemInput = Extract<SectionInput['items'][number], { kind: 'service' }>
type LevelsInput = NonNullable<DefinitionInput['scales'][string]>['levels']

/** The paragraphs of `privacy.full` that the built-ins share, in the order they are shown. */
export const notice = {
  /** Who is responsible: the organisation together with DLA. */
  controller: (form: Localized): Localized => ({
    th:
      `ผู้ควบคุมข้อมูลส่วนบุคคล: {organisation} เป็นผู้เก็บรวบรวมและใช้คำตอบจาก${form.th}นี้ ` +
      'ร่วมกับกรมส่งเสริมการปกครองท้องถิ่น ซึ่งรวบรวมผลขององค์กรปกครองส่วนท้องถิ่นทั่วประเทศ',
    en:
      `Who is responsible: {organisation} collects and uses the answers to this ${form.en}, together with the ` +
      'Department of Local Administration (DLA), which compiles the results of local governments nationwide.',
  }),

  /**
   * The purpose, which differs per questionnaire (`why` is one sentence, without the heading),
   * followed by the promise that answers serve nothing else.
   */
  purpose: (why: Localized): Localized => ({
    th: `วัตถุประสงค์: ${why.th} จะไม่นำคำตอบไปใช้เพื่อวัตถุประสงค์อื่น`,
    en: `Purpose: ${why.en} Your answers are not used for anything else.`,
  }),

  lawfulBasis: {
    th:
      'ฐานทางกฎหมาย: เป็นการดำเนินภารกิจเพื่อประโยชน์สาธารณะและการใช้อำนาจรัฐ ' + 'ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 24 (4)',
    en:
      'Lawful basis: performance of a task carried out in the public interest and the exercise of ' +
      'official authority, under section 24(4) of the Personal Data Protection Act B.E. 2562 (2019).',
  } satisfies Localized,

  /** What is collected: answers, service point and time; no identifiers, no IP address. */
  collected: (form: Localized): Localized => ({
    th:
      `ข้อมูลที่เก็บ: เฉพาะคำตอบใน${form.th}นี้ จุดให้บริการ และวันเวลาที่ตอบ ` +
      'ไม่เก็บชื่อ เลขประจำตัวประชาชน หมายเลขโทรศัพท์ อีเมล หรือที่อยู่ และไม่บันทึกหมายเลขไอพี (IP address) ' +
      'ของอุปกรณ์ที่ใช้ตอบ เพื่อป้องกันการส่งซ้ำ ระบบใช้รหัสชั่วคราวที่แปลงแบบทางเดียวซึ่งไม่สามารถระบุตัวท่านได้ ' +
      'และลบทิ้งเองภายในเวลาสั้น ๆ',
    en:
      `What is collected: only your answers to this ${form.en}, the service point and the time you answered. ` +
      'No name, ID card number, phone number, e-mail or address is collected, and the IP address of your ' +
      'device is not stored. To stop repeat submissions the system keeps short-lived one-way codes that ' +
      'cannot identify you and are deleted soon after.',
  }),

  /** For a questionnaire without optional questions about the respondent. */
  voluntary: {
    th: 'การตอบเป็นไปโดยสมัครใจ ท่านจะไม่ตอบหรือหยุดตอบเมื่อใดก็ได้ โดยไม่มีผลต่อการรับบริการของท่าน',
    en: 'Answering is voluntary. You may decline or stop at any time; it makes no difference to the service you receive.',
  } satisfies Localized,

  /** The period shown is always `RESPONSE_RETENTION_FISCAL_YEARS` (`notice.ts` puts it in); 2 is its default. */
  retention: {
    th:
      'ระยะเวลาเก็บรักษา: คำตอบรายบุคคลจะเก็บไว้ 2 ปีงบประมาณนับจากวันปิดรอบการประเมิน แล้วจึงลบทิ้ง ' +
      'ส่วนผลสรุปภาพรวมจะเก็บไว้และเผยแพร่เป็นข้อมูลเปิดภาครัฐ (open data)',
    en:
      'How long it is kept: individual answers are kept for 2 fiscal years after the survey round closes ' +
      'and then deleted. Overall results are kept and published as open data.',
  } satisfies Localized,

  /**
   * Who sees what. `freeText` is what the questionnaire calls its free-text answers
   * (ข้อเสนอแนะ / suggestions, ความคิดเห็น / comments), as in its own comments section.
   */
  audience: (freeText: Localized): Localized => ({
    th:
      'ผู้ที่เห็นข้อมูล: เจ้าหน้าที่ของ{organisation} สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด ' +
      `และกรมส่งเสริมการปกครองท้องถิ่น เห็นผลสรุปและ${freeText.th} ประชาชนทั่วไปเห็นเฉพาะผลสรุปภาพรวม ` +
      'และจะไม่แสดงผลของกลุ่มที่มีผู้ตอบน้อยเกินไป เพื่อไม่ให้ระบุตัวผู้ตอบได้',
    en:
      'Who sees what: staff of {organisation}, the Provincial Office of Local Administration and DLA see ' +
      `overall results and written ${freeText.en}. The public sees overall results only, and results for ` +
      'groups with too few answers are not shown, so that no one can be singled out.',
  }),

  /** The respondent's PDPA rights and whom to contact. */
  rights: (form: Localized): Localized => ({
    th:
      'สิทธิของท่านและการติดต่อ: ท่านมีสิทธิตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ' +
      'เช่น สิทธิขอเข้าถึง ขอลบ หรือคัดค้านการใช้ข้อมูล และสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล ' +
      `เนื่องจาก${form.th}นี้ไม่เก็บข้อมูลที่ระบุตัวตน จึงอาจไม่สามารถค้นหาคำตอบของท่านได้ ` +
      'สอบถามเพิ่มเติมได้ที่สำนักงาน{organisation} หรือกรมส่งเสริมการปกครองท้องถิ่น',
    en:
      'Your rights and contact: you have rights under the Personal Data Protection Act, such as to access, ' +
      'erase or object to the use of data, and to complain to the Personal Data Protection Committee. ' +
      `Because this ${form.en} collects nothing that identifies you, your answers may not be traceable to you. ` +
      'For questions, contact the {organisation} office or the Department of Local Administration.',
  }),
}

/** "Which service did you use?": its options are the services of the service point. */
export const serviceItem: ServiceItemInput = {
  // Required, but the app leaves it out when the service point lists no services.
  id: 'service',
  kind: 'service',
  text: { th: 'วันนี้ท่านมาใช้บริการเรื่องใด', en: 'Which service did you use today?' },
  required: true,
}

/** A first section holding only the service item. */
export const serviceUsedSection: SectionInput = {
  id: 'service_used',
  title: { th: 'บริการที่ท่านใช้', en: 'The service you used' },
  items: [serviceItem],
}

/** The 5-level agreement (Likert) scale, 5 = strongly agree, shown from 5 down to 1. */
export const agreeLevels: LevelsInput = [
  { value: 5, label: { th: 'เห็นด้วยอย่างยิ่ง', en: 'Strongly agree' }, face: '😄' },
  { value: 4, label: { th: 'เห็นด้วย', en: 'Agree' }, face: '🙂' },
  { value: 3, label: { th: 'ไม่แน่ใจ', en: 'Neither agree nor disagree' }, face: '😐' },
  { value: 2, label: { th: 'ไม่เห็นด้วย', en: 'Disagree' }, face: '🙁' },
  { value: 1, label: { th: 'ไม่เห็นด้วยอย่างยิ่ง', en: 'Strongly disagree' }, face: '😞' },
]

/** Hint for free-text items: comments are shown to staff verbatim, so ask for no one's details. */
export const noPersonalDetailsHint: Localized = {
  th: 'โปรดอย่าเขียนชื่อ เบอร์โทรศัพท์ หรือข้อมูลส่วนตัวของท่านหรือผู้อื่น',
  en: 'Please do not write names, phone numbers or other personal details about yourself or anyone else.',
}
