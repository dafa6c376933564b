/**
 * Words for onboarding by activation letter and for the activation pages,
 * Thai first. `onboardingTranslator` also answers the common staff keys.
 */
import { createStaffTranslator, type StaffMessageKey } from '../staff-messages.js'

const th = {
  'onboarding.title': 'เปิดบัญชีด้วยหนังสือแจ้ง',
  'onboarding.intro':
    'สร้างบัญชีเจ้าหน้าที่ให้ทุกหน่วยงานที่ยังไม่มีบัญชีในครั้งเดียว แล้วพิมพ์หนังสือแจ้งพร้อมคิวอาร์โค้ดและรหัสเปิดใช้งาน เจ้าหน้าที่ตั้งรหัสผ่านเอง รหัสเปิดใช้งานใช้ได้ครั้งเดียวภายใน {days} วัน',
  'onboarding.pending': 'หน่วยงานที่ยังไม่มีบัญชีเจ้าหน้าที่ในขอบเขตของท่าน: {count} แห่ง',
  'onboarding.target': 'สร้างบัญชีสำหรับ',
  'onboarding.target.lgu': 'เจ้าหน้าที่ อปท. (บัญชีละหนึ่งองค์กร)',
  'onboarding.target.province': 'เจ้าหน้าที่ สถจ. ของทุกจังหวัด (บัญชีละหนึ่งจังหวัด)',
  'onboarding.scope': 'อปท. ในจังหวัด',
  'onboarding.scope.all': 'ทุกจังหวัด',
  'onboarding.scope.chosen': 'เฉพาะจังหวัดที่เลือก',
  'onboarding.provinces': 'จังหวัดที่เลือก',
  'onboarding.yourProvince': 'อปท. ทุกแห่งในจังหวัด{name}ที่ยังไม่มีบัญชี',
  'onboarding.submit': 'สร้างบัญชีและหนังสือแจ้ง',
  'onboarding.reissueTitle': 'ออกหนังสือแจ้งฉบับใหม่ให้บัญชีที่ยังไม่ได้เปิดใช้งาน',
  'onboarding.reissueIntro': 'เมื่อหนังสือสูญหายหรือหมดอายุ: ทุกบัญชีในขอบเขตที่ยังไม่ได้เปิดใช้งานจะได้รหัสใหม่ รหัสเดิมใช้ไม่ได้ทันที',
  'onboarding.reissueSubmit': 'ออกหนังสือแจ้งฉบับใหม่',
  'onboarding.error.target': 'เลือกว่าจะสร้างบัญชีสำหรับใคร',
  'onboarding.error.scope': 'เลือกทุกจังหวัด หรือเฉพาะจังหวัดที่เลือก',
  'onboarding.error.provinces': 'เลือกอย่างน้อยหนึ่งจังหวัด',
  'onboarding.none': 'ไม่ได้สร้างบัญชีใหม่: ทุกหน่วยงานในขอบเขตที่เลือกมีบัญชีเจ้าหน้าที่อยู่แล้ว',
  'onboarding.noneReissue': 'ไม่ได้ออกหนังสือใหม่: ไม่มีบัญชีที่ยังไม่ได้เปิดใช้งานในขอบเขตที่เลือก',
  'onboarding.batch.title': 'หนังสือแจ้งพร้อมดาวน์โหลด',
  'onboarding.batch.created': 'สร้างบัญชีใหม่ {count} บัญชี',
  'onboarding.batch.reissued': 'ออกรหัสเปิดใช้งานใหม่ {count} บัญชี รหัสเดิมใช้ไม่ได้แล้ว',
  'onboarding.batch.warning':
    'ดาวน์โหลดเดี๋ยวนี้: ระบบไม่เก็บรหัสเปิดใช้งาน จึงสร้างหนังสือชุดนี้ซ้ำไม่ได้ ลิงก์ดาวน์โหลดใช้ได้ถึง {time} หากพลาด ให้ออกหนังสือฉบับใหม่',
  'onboarding.batch.pdf': 'หนังสือแจ้ง (PDF หน้าละหนึ่งฉบับ เรียงตามอำเภอ)',
  'onboarding.batch.csv': 'ข้อมูลสำหรับจดหมายเวียน (CSV)',
  'onboarding.batch.pdfJob':
    'หนังสือแจ้ง {count} ฉบับ (PDF หน้าละหนึ่งฉบับ เรียงตามอำเภอ) ใช้เวลาจัดทำหลายนาที ระบบจะจัดทำเบื้องหลังและแสดงความคืบหน้า ไฟล์จะถูกลบเมื่อหนังสือชุดนี้หมดอายุ',
  'onboarding.batch.pdfStart': 'จัดทำไฟล์ PDF หนังสือแจ้ง',
  'onboarding.batch.gone': 'หนังสือชุดนี้ไม่มีให้ดาวน์โหลดแล้ว (เกิน 1 ชั่วโมง หรือระบบเริ่มใหม่) กรุณาออกหนังสือฉบับใหม่',
  'onboarding.user.reissue': 'ออกหนังสือเปิดใช้งานฉบับใหม่',
  'onboarding.user.reissueHint': 'ใช้เมื่อเจ้าของบัญชีลืมรหัสผ่านหรือหนังสือสูญหาย รหัสเปิดใช้งานเดิมใช้ไม่ได้ทันที',
  'activate.title': 'เปิดใช้งานบัญชี',
  'activate.codeIntro': 'กรอกรหัสเปิดใช้งาน 10 ตัวที่พิมพ์อยู่ในหนังสือแจ้ง',
  'activate.code': 'รหัสเปิดใช้งาน',
  'activate.codeHint': 'เช่น K7M2Q-9PX4R (ไม่ต้องสนใจตัวพิมพ์เล็กใหญ่และขีด)',
  'activate.codeSubmit': 'ดำเนินการต่อ',
  'activate.error.codeShape': 'รหัสเปิดใช้งานต้องเป็นตัวอักษรและตัวเลข 10 ตัวตามที่พิมพ์ในหนังสือ เช่น K7M2Q-9PX4R',
  'activate.for': 'บัญชี {username} ({name})',
  'activate.choose': 'ตั้งรหัสผ่านของท่านเอง แล้วใช้ชื่อผู้ใช้ {username} เข้าสู่ระบบ',
  'activate.submit': 'เปิดใช้งานและเข้าสู่ระบบ',
  'activate.invalid.title': 'ใช้ลิงก์หรือรหัสนี้ไม่ได้',
  'activate.invalid.body':
    'รหัสเปิดใช้งานนี้ไม่ถูกต้อง ถูกใช้ไปแล้ว หรือมีหนังสือฉบับใหม่แทนแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ กับบัญชี กรุณาตรวจรหัสอีกครั้ง หรือขอหนังสือฉบับใหม่จากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด',
  'activate.expired.body':
    'รหัสเปิดใช้งานนี้หมดอายุเมื่อ {date} ไม่มีการเปลี่ยนแปลงใด ๆ กับบัญชี กรุณาขอหนังสือฉบับใหม่จากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด',
  'activate.tryCode': 'กรอกรหัสเปิดใช้งาน',
  'activate.throttled': 'ลองรหัสผิดหลายครั้ง กรุณารอ {seconds} วินาทีแล้วลองใหม่',
  'signIn.notActivated': 'บัญชีนี้ยังไม่ได้เปิดใช้งาน กรุณาใช้ลิงก์หรือรหัสในหนังสือแจ้งที่หน้า “เปิดใช้งานบัญชี” (/staff/activate)',
  'signIn.activateLink': 'ได้รับหนังสือแจ้งการเปิดใช้งานบัญชี? เปิดใช้งานบัญชีที่นี่',
  'password.mustChange': 'กรุณาตั้งรหัสผ่านของท่านเองก่อนใช้งาน: รหัสผ่านเดิมเป็นรหัสที่ผู้อื่นเห็นแล้ว',
}

export type OnboardingMessageKey = keyof typeof th

const en: Record<OnboardingMessageKey, string> = {
  'onboarding.title': 'Onboard by activation letter',
  'onboarding.intro':
    'Create an officer account for every body in scope that has none, in one go, and print letters with a QR code and an activation code. Officers choose their own password; a code works once, within {days} days',
  'onboarding.pending': 'Bodies in your scope without an officer account: {count}',
  'onboarding.target': 'Create accounts for',
  'onboarding.target.lgu': 'LGU officers (one account per organisation)',
  'onboarding.target.province': 'Provincial officers of every province (one account per province)',
  'onboarding.scope': 'LGUs in',
  'onboarding.scope.all': 'Every province',
  'onboarding.scope.chosen': 'Only the provinces chosen',
  'onboarding.provinces': 'Provinces chosen',
  'onboarding.yourProvince': 'Every LGU in {name} without an account',
  'onboarding.submit': 'Create accounts and letters',
  'onboarding.reissueTitle': 'New letters for accounts not yet activated',
  'onboarding.reissueIntro':
    'When letters are lost or have expired: every account in scope not yet activated gets a new code; the old one stops working at once',
  'onboarding.reissueSubmit': 'Issue new letters',
  'onboarding.error.target': 'Choose whom to create accounts for',
  'onboarding.error.scope': 'Choose every province or only the provinces chosen',
  'onboarding.error.provinces': 'Choose at least one province',
  'onboarding.none': 'No accounts were created: every body in the chosen scope already has an officer account',
  'onboarding.noneReissue': 'No letters were issued: no account in the chosen scope is waiting to be activated',
  'onboarding.batch.title': 'Letters ready to download',
  'onboarding.batch.created': '{count} new accounts created',
  'onboarding.batch.reissued': 'New activation codes for {count} accounts; the old codes no longer work',
  'onboarding.batch.warning':
    'Download now: activation codes are not stored, so these letters cannot be produced again. The downloads work until {time}; if you miss them, issue new letters',
  'onboarding.batch.pdf': 'Letters (PDF, one page each, by district)',
  'onboarding.batch.csv': 'Mail-merge data (CSV)',
  'onboarding.batch.pdfJob':
    'The {count} letters (PDF, one page each, by district) take several minutes to make: the system makes them in the background and shows its progress. The file is deleted when these letters expire.',
  'onboarding.batch.pdfStart': 'Make the letters PDF',
  'onboarding.batch.gone':
    'These letters can no longer be downloaded (after an hour, or the server restarted). Issue new letters',
  'onboarding.user.reissue': 'Issue a new activation letter',
  'onboarding.user.reissueHint':
    'When the holder has forgotten the password or lost the letter. The previous activation code stops working at once',
  'activate.title': 'Activate your account',
  'activate.codeIntro': 'Enter the 10-character activation code printed on your letter',
  'activate.code': 'Activation code',
  'activate.codeHint': 'For example K7M2Q-9PX4R (case and dashes do not matter)',
  'activate.codeSubmit': 'Continue',
  'activate.error.codeShape': 'An activation code has 10 letters and digits as printed on the letter, for example K7M2Q-9PX4R',
  'activate.for': 'Account {username} ({name})',
  'activate.choose': 'Choose your own password, then sign in as {username}',
  'activate.submit': 'Activate and sign in',
  'activate.invalid.title': 'This link or code cannot be used',
  'activate.invalid.body':
    'This activation code is not right, has been used, or was replaced by a newer letter. Nothing about any account has changed. Check the code, or ask your provincial local government office for a new letter',
  'activate.expired.body':
    'This activation code expired on {date}. Nothing about the account has changed. Ask your provincial local government office for a new letter',
  'activate.tryCode': 'Enter an activation code',
  'activate.throttled': 'Too many wrong codes. Wait {seconds} seconds and try again',
  'signIn.notActivated':
    'This account has not been activated yet. Use the link or code in your activation letter on the “Activate your account” page (/staff/activate)',
  'signIn.activateLink': 'Received an activation letter? Activate your account here',
  'password.mustChange': 'Choose your own password before you go on: the current one has been seen by someone else',
}

export type OnboardingKey = OnboardingMessageKey | StaffMessageKey

export const onboardingTranslator = createStaffTranslator<OnboardingMessageKey>({ th, en })
