/** Words of the guide pages, Thai first. The guide's own content lives in src/guide. */
import { createTranslator } from './messages.js'

const th = {
  'guide.title.resident': 'คำถามที่พบบ่อย',
  'guide.title.lgu': 'คู่มือเจ้าหน้าที่ อปท.',
  'guide.title.province': 'คู่มือเจ้าหน้าที่ สถจ.',
  'guide.title.dla': 'คู่มือเจ้าหน้าที่ สถ.',
  'guide.intro.resident': 'วิธีตอบแบบประเมินความพึงพอใจ และสิ่งที่ประชาชนมักถาม',
  'guide.intro.staff': 'แต่ละหัวข้อคืองานหนึ่งอย่าง ชื่อปุ่มและเมนูเขียนตามที่ปรากฏบนหน้าจอ ลิงก์ “วิธีใช้หน้านี้” ที่ส่วนหัวของทุกหน้าพามาที่หัวข้อของหน้านั้น',
  'guide.contents': 'สารบัญ',
  'guide.steps': 'ขั้นตอน',
  'guide.notes': 'ควรรู้',
  'guide.screenshot': 'ภาพหน้าจอ: {title}',
  'guide.toContents': 'กลับไปสารบัญ',
  'guide.otherGuides': 'คู่มือของบทบาทอื่น',
  'guide.print': 'พิมพ์คู่มือนี้ได้จากเมนูพิมพ์ของเบราว์เซอร์ (Ctrl+P)',
  'guide.notFound.title': 'ไม่พบคู่มือนี้',
  'guide.notFound.body': 'ไม่มีคู่มือหรือหัวข้อตามที่อยู่นี้ เลือกคู่มือจากรายการด้านล่าง',
}

export type GuideMessageKey = keyof typeof th

const en: Record<GuideMessageKey, string> = {
  'guide.title.resident': 'Questions residents ask',
  'guide.title.lgu': 'Guide for LGU officers',
  'guide.title.province': 'Guide for provincial officers',
  'guide.title.dla': 'Guide for DLA officers',
  'guide.intro.resident': 'How to answer the satisfaction survey, and what residents often ask.',
  'guide.intro.staff':
    'Each section is one task. Buttons and menus are named exactly as the pages show them. “How to use this page” at the top of every page brings you to its section.',
  'guide.contents': 'Contents',
  'guide.steps': 'Steps',
  'guide.notes': 'Good to know',
  'guide.screenshot': 'Screenshot: {title}',
  'guide.toContents': 'Back to the contents',
  'guide.otherGuides': 'Guides for the other roles',
  'guide.print': 'Print this guide with your browser’s print command (Ctrl+P).',
  'guide.notFound.title': 'Guide not found',
  'guide.notFound.body': 'There is no guide or section at this address. Choose a guide from the list below.',
}

export const guideTranslator = createTranslator<GuideMessageKey>({ th, en })
