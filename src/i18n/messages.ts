/**
 * Words on the resident pages, Thai first. Placeholders are `{name}`.
 * Thai is the default; English is for visitors and staff who prefer it.
 */
export const LOCALES = ['th', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const th = {
  'lang.switch': 'English',
  'lang.switchLabel': 'Change language to English',
  'survey.servicePoint': 'จุดให้บริการ',
  'survey.round': 'รอบการประเมิน',
  'survey.privacyShort': '{organisation} และกรมส่งเสริมการปกครองท้องถิ่นเก็บคำตอบนี้โดยไม่ระบุตัวตน เพื่อนำไปปรับปรุงการให้บริการ',
  'survey.privacyMore': 'อ่านประกาศความเป็นส่วนตัวฉบับเต็ม',
  'survey.required': 'ต้องตอบ',
  'survey.optional': 'ไม่บังคับ',
  'survey.showOptional': 'ตอบคำถามส่วนนี้ ({n} ข้อ)',
  'survey.question': 'ข้อ {n}',
  'survey.submit': 'ส่งแบบประเมิน',
  'survey.submitting': 'กำลังส่ง…',
  'survey.honeypot': 'เว็บไซต์ (ไม่ต้องกรอก)',
  'survey.textCount': 'ไม่เกิน {max} ตัวอักษร',
  'survey.selectAny': 'เลือกได้มากกว่า 1 ข้อ',
  'error.titlePrefix': 'ข้อผิดพลาด: ',
  'error.summaryTitle': 'มีข้อผิดพลาด',
  'error.inlinePrefix': 'ข้อผิดพลาด:',
  'error.required': 'กรุณาเลือกคำตอบ',
  'error.requiredMultiple': 'กรุณาเลือกอย่างน้อย 1 ข้อ',
  'error.requiredText': 'กรุณากรอกข้อความ',
  'error.notAnOption': 'คำตอบนี้ไม่อยู่ในตัวเลือก กรุณาเลือกใหม่',
  'error.tooLong': 'ข้อความต้องไม่เกิน {max} ตัวอักษร (ขณะนี้ {length} ตัวอักษร)',
  'error.form.expired': 'หน้านี้เปิดไว้นานเกินไป คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง',
  'error.form.invalid': 'ไม่สามารถรับแบบประเมินนี้ได้ คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง',
  'error.form.roundChanged': 'รอบการประเมินเปลี่ยนแล้ว กรุณาตรวจสอบคำตอบแล้วกดส่งอีกครั้ง',
  'error.form.unknownField': 'แบบฟอร์มมีข้อมูลที่ระบบไม่รู้จัก กรุณาตรวจสอบคำตอบแล้วกดส่งอีกครั้ง',
  'error.form.rateLimited': 'มีการส่งแบบประเมินจากเครื่องนี้บ่อยเกินไป กรุณารอสักครู่แล้วกดส่งอีกครั้ง คำตอบของท่านยังอยู่',
  'error.form.unavailable': 'ระบบบันทึกคำตอบไม่สำเร็จชั่วคราว คำตอบของท่านยังอยู่ กรุณากดส่งอีกครั้ง',
  'thanks.title': 'ขอบคุณที่ร่วมประเมิน',
  'thanks.recorded': 'ระบบได้บันทึกคำตอบของท่านเรียบร้อยแล้ว',
  'thanks.whatHappens':
    'คำตอบของท่านไม่ระบุตัวตน และจะนำไปรวมกับคำตอบของผู้รับบริการคนอื่น เพื่อให้ {organisation} ปรับปรุงการให้บริการ และใช้ในการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่นประจำปี ผลรวมจะเผยแพร่เป็นข้อมูลเปิด โดยไม่แสดงคำตอบรายบุคคล',
  'thanks.count': 'ขณะนี้มีผู้ร่วมประเมินที่จุดให้บริการนี้ในรอบนี้แล้ว {count} คน',
  'thanks.again': 'กลับไปหน้าแบบประเมิน',
  'thanks.kioskReturn': 'หน้าจอจะกลับไปที่แบบประเมินสำหรับท่านถัดไปใน {seconds} วินาที',
  'thanks.kioskAgain': 'เริ่มแบบประเมินใหม่',
  'thanks.kioskPause': 'หยุดนับถอยหลัง',
  'thanks.kioskResume': 'นับถอยหลังต่อ',
  'thanks.kioskPaused': 'หยุดนับถอยหลังแล้ว หน้าจอจะอยู่ที่หน้านี้จนกว่าจะกดนับถอยหลังต่อหรือเริ่มแบบประเมินใหม่',
  'thanks.results': 'ดูผลการประเมินของหน่วยงานนี้',
  'privacy.title': 'ประกาศความเป็นส่วนตัว',
  'privacy.back': 'กลับไปทำแบบประเมิน',
  'status.notFound.title': 'ไม่พบแบบประเมินนี้',
  'status.notFound.body': 'ไม่พบจุดให้บริการรหัส “{code}” กรุณาตรวจสอบรหัสบนโปสเตอร์อีกครั้ง หรือสอบถามเจ้าหน้าที่',
  'status.inactive.title': 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว',
  'status.inactive.body': 'จุดให้บริการ “{point}” ของ {organisation} ไม่ได้เปิดรับแบบประเมินแล้ว กรุณาสอบถามเจ้าหน้าที่',
  'status.inactive.others': 'จุดให้บริการอื่นของ {organisation} ที่เปิดรับแบบประเมิน',
  'status.noRound.title': 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
  'status.noRound.body': '{organisation} ยังไม่มีรอบการประเมินที่เปิดรับอยู่ในขณะนี้ กรุณากลับมาใหม่ภายหลัง',
  'status.closed.title': 'รอบการประเมินปิดแล้ว',
  'status.closed.body': 'รอบการประเมิน “{round}” ปิดรับคำตอบแล้ว คำตอบนี้จึงไม่ได้บันทึก ขอบคุณที่ให้ความสนใจ',
  'status.finalised.title': 'รอบการประเมินประกาศผลแล้ว',
  'status.finalised.body': 'รอบการประเมิน “{round}” ปิดรับคำตอบและประกาศผลสุดท้ายแล้ว จึงไม่รับคำตอบเพิ่ม คำตอบนี้ไม่ได้บันทึก ขอบคุณที่ให้ความสนใจ',
  'status.badRequest.title': 'ไม่สามารถรับข้อมูลนี้ได้',
  'status.badRequest.body': 'ข้อมูลที่ส่งมาไม่อยู่ในรูปแบบของแบบประเมิน กรุณาเปิดแบบประเมินจากคิวอาร์โค้ดแล้วลองใหม่',
  'status.crossSite.title': 'ไม่สามารถรับแบบประเมินนี้ได้',
  'status.crossSite.body': 'แบบประเมินนี้ถูกส่งมาจากเว็บไซต์อื่น จึงไม่ได้บันทึก กรุณาเปิดแบบประเมินจากคิวอาร์โค้ดหรือที่อยู่บนโปสเตอร์แล้วตอบอีกครั้ง',
  'status.tooLarge.title': 'ข้อมูลมีขนาดใหญ่เกินไป',
  'status.tooLarge.body': 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกว่าที่แบบประเมินรับได้ กรุณาย่อข้อความแล้วลองใหม่',
  'status.pageNotFound.title': 'ไม่พบหน้านี้',
  'status.pageNotFound.body': 'ไม่พบหน้าที่ท่านต้องการ กรุณาตรวจสอบที่อยู่อีกครั้ง',
  'status.kioskRevoked.title': 'ลิงก์เครื่องตอบแบบประเมินนี้ใช้ไม่ได้แล้ว',
  'status.kioskRevoked.body': 'ลิงก์นี้ถูกยกเลิกแล้วหรือไม่ถูกต้อง กรุณาขอลิงก์ใหม่จากเจ้าหน้าที่ผู้ดูแลระบบของหน่วยงาน',
  'status.error.title': 'ระบบขัดข้องชั่วคราว',
  'status.error.body': 'ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในภายหลัง',
  'site.name': 'ระบบประเมินความพึงพอใจการให้บริการขององค์กรปกครองส่วนท้องถิ่น',
  'home.title': 'ระบบประเมินความพึงพอใจการให้บริการขององค์กรปกครองส่วนท้องถิ่น',
  'home.body': 'สแกนคิวอาร์โค้ดที่จุดให้บริการเพื่อตอบแบบประเมิน หรือพิมพ์รหัสจุดให้บริการที่อยู่บนโปสเตอร์',
  'home.codeLabel': 'รหัสจุดให้บริการ',
  'home.codeHint': 'รหัส 7 ตัวอักษรใต้คิวอาร์โค้ด เช่น K7M2Q9P',
  'home.go': 'ไปที่แบบประเมิน',
  'home.more': 'ดูผลและข้อมูล',
  'home.results': 'ผลการประเมินของ อปท.',
  'home.results.hint': 'ค้นหาองค์กรปกครองส่วนท้องถิ่นจากชื่อหรือรหัส แล้วดูผลความพึงพอใจของประชาชน',
  'home.openData': 'ข้อมูลเปิด',
  'home.openData.hint': 'ดาวน์โหลดผลการประเมินทุก อปท. เป็นไฟล์ CSV หรือ JSON พร้อมคำอธิบายข้อมูล',
  'home.staff': 'สำหรับเจ้าหน้าที่',
  'home.staff.hint': 'เข้าสู่ระบบสำหรับเจ้าหน้าที่ อปท. สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด และกรมส่งเสริมการปกครองท้องถิ่น',
  'home.back': 'หน้าแรก',
}

export type MessageKey = keyof typeof th

const en: Record<MessageKey, string> = {
  'lang.switch': 'ภาษาไทย',
  'lang.switchLabel': 'เปลี่ยนเป็นภาษาไทย',
  'survey.servicePoint': 'Service point',
  'survey.round': 'Survey round',
  'survey.privacyShort':
    '{organisation} and the Department of Local Administration collect these answers anonymously, to improve services.',
  'survey.privacyMore': 'Read the full privacy notice',
  'survey.required': 'required',
  'survey.optional': 'optional',
  'survey.showOptional': 'Answer these questions ({n})',
  'survey.question': 'Question {n}',
  'survey.submit': 'Send my answers',
  'survey.submitting': 'Sending…',
  'survey.honeypot': 'Website (leave blank)',
  'survey.textCount': 'Up to {max} characters',
  'survey.selectAny': 'Select all that apply',
  'error.titlePrefix': 'Error: ',
  'error.summaryTitle': 'There is a problem',
  'error.inlinePrefix': 'Error:',
  'error.required': 'Select an answer',
  'error.requiredMultiple': 'Select at least one',
  'error.requiredText': 'Enter your answer',
  'error.notAnOption': 'That answer is not one of the options. Select again',
  'error.tooLong': 'Enter {max} characters or fewer (you entered {length})',
  'error.form.expired': 'This page was open for too long. Your answers are still here: check them and send again',
  'error.form.invalid': 'We could not accept this form. Your answers are still here: check them and send again',
  'error.form.roundChanged': 'The survey round has changed. Check your answers and send again',
  'error.form.unknownField': 'The form contained data we did not expect. Check your answers and send again',
  'error.form.rateLimited':
    'Too many answers were sent from this device. Wait a moment and send again; your answers are still here',
  'error.form.unavailable': 'We could not save your answers just now. They are still here: send again',
  'thanks.title': 'Thank you for your feedback',
  'thanks.recorded': 'Your answers have been recorded.',
  'thanks.whatHappens':
    'Your answers are anonymous. They are combined with other residents’ answers to help {organisation} improve its services and for the annual Local Performance Assessment. Totals are published as open data; no individual answers are shown.',
  'thanks.count': 'So far {count} people have answered at this service point in this round.',
  'thanks.again': 'Back to the survey',
  'thanks.kioskReturn': 'This screen returns to a fresh survey for the next person in {seconds} seconds.',
  'thanks.kioskAgain': 'Start a new survey',
  'thanks.kioskPause': 'Pause the countdown',
  'thanks.kioskResume': 'Resume the countdown',
  'thanks.kioskPaused': 'Countdown paused. This screen stays here until you resume it or start a new survey.',
  'thanks.results': 'See this organisation’s results',
  'privacy.title': 'Privacy notice',
  'privacy.back': 'Back to the survey',
  'status.notFound.title': 'Survey not found',
  'status.notFound.body':
    'There is no service point with the code “{code}”. Check the code on the poster or ask a member of staff.',
  'status.inactive.title': 'This service point no longer takes answers',
  'status.inactive.body':
    'The service point “{point}” of {organisation} is no longer taking answers. Please ask a member of staff.',
  'status.inactive.others': 'Other service points of {organisation} that take answers',
  'status.noRound.title': 'The survey is not open at the moment',
  'status.noRound.body': '{organisation} has no survey round open right now. Please come back later.',
  'status.closed.title': 'This survey round has closed',
  'status.closed.body': 'The round “{round}” has closed, so these answers were not recorded. Thank you for your interest.',
  'status.finalised.title': 'This survey round is final',
  'status.finalised.body':
    'The round “{round}” has closed and its results are final, so it takes no more answers and these were not recorded. Thank you for your interest.',
  'status.badRequest.title': 'We could not accept this',
  'status.badRequest.body': 'What was sent is not a survey form. Open the survey from the QR code and try again.',
  'status.crossSite.title': 'We could not accept this',
  'status.crossSite.body':
    'These answers were sent from another website, so they were not recorded. Open the survey from the QR code or the address on the poster and answer again.',
  'status.tooLarge.title': 'Too much data',
  'status.tooLarge.body': 'What was sent is larger than the survey accepts. Shorten your text and try again.',
  'status.pageNotFound.title': 'Page not found',
  'status.pageNotFound.body': 'We could not find that page. Check the address.',
  'status.kioskRevoked.title': 'This kiosk link no longer works',
  'status.kioskRevoked.body': 'The link has been revoked or is not valid. Ask the organisation’s administrator for a new one.',
  'status.error.title': 'Something went wrong',
  'status.error.body': 'Sorry, the service is having a problem. Please try again later.',
  'site.name': 'Local government service satisfaction survey',
  'home.title': 'Local government service satisfaction survey',
  'home.body': 'Scan the QR code at a service point to answer the survey, or type the service point code from the poster.',
  'home.codeLabel': 'Service point code',
  'home.codeHint': 'The 7-character code under the QR code, for example K7M2Q9P',
  'home.go': 'Go to the survey',
  'home.more': 'Results and data',
  'home.results': 'Results of a local government',
  'home.results.hint': 'Find a local government by name or code and see how satisfied its residents are',
  'home.openData': 'Open data',
  'home.openData.hint': 'Download the results of every local government as CSV or JSON, with a data dictionary',
  'home.staff': 'For staff',
  'home.staff.hint': 'Sign in as an officer of a local government, a provincial office or the Department of Local Administration',
  'home.back': 'Home',
}

export type Translate<K extends string = MessageKey> = (key: K, vars?: Record<string, string | number>) => string

/** Builds a translator over any table of messages; staff areas bring their own tables. */
export function createTranslator<K extends string>(tables: Record<Locale, Record<K, string>>) {
  return (locale: Locale): Translate<K> => {
    const table = tables[locale]
    return (key, vars) => {
      const text = table[key]
      return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text
    }
  }
}

export const translator = createTranslator<MessageKey>({ th, en })

export const isLocale = (value: unknown): value is Locale => value === 'th' || value === 'en'
