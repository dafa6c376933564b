/**
 * The annual report's words, in Thai as DLA publishes it: the cover, the method in plain words,
 * summary figures and each organisation's row, written with the results pages' labels
 * (src/i18n/staff/rollups.ts) and figures (2 decimals, rounded as printed). Pure.
 */
import { percentOf } from '../domain/scoring/index.js'
import { ORGANISATION_TYPE_LABELS } from '../domain/organisation-types.js'
import type { GroupRollup, Headline, OrganisationSummary } from '../domain/results/rollups.js'
import { formatCount, formatDateTime, formatLongDate, formatWindow } from '../i18n/format.js'
import { rollupTranslator } from '../i18n/staff/rollups.js'
import { fixed2 } from '../http/staff/results/rollup-present.js'
import type { ChartBar } from './pdf-chart.js'
import type { ReportSource } from './annual-report-source.js'

export const t = rollupTranslator('th')

export const REPORT_TITLE = 'รายงานผลการประเมินความพึงพอใจ'
export const REPORT_SUBTITLE = 'ของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น'

export const editionName = (s: Pick<ReportSource, 'edition'>) => (s.edition === 'public' ? 'ฉบับเผยแพร่' : 'ฉบับสำหรับเจ้าหน้าที่')

const METHODS = {
  'thai-mean':
    'ผู้ตอบให้คะแนนความพึงพอใจแต่ละข้อ 5 ระดับ (1 = น้อยที่สุด ถึง 5 = มากที่สุด) ไม่นับคำตอบ "ไม่เกี่ยวข้อง" ค่าเฉลี่ยคำนวณจากคำตอบทุกข้อที่ให้คะแนน ร้อยละความพึงพอใจเท่ากับค่าเฉลี่ย ÷ 5 × 100 และความคลาดเคลื่อนที่ระดับความเชื่อมั่นร้อยละ 95 เท่ากับ 1.96 × S.D. ÷ √(จำนวนคำตอบ) × 20',
  'arta-csm':
    'ใช้แบบ ARTA Client Satisfaction Measurement คะแนน CSM คือร้อยละของคำตอบ "เห็นด้วย" และ "เห็นด้วยอย่างยิ่ง" ในข้อ SQD1–8 รวมกัน ไม่นับคำตอบ "ไม่เกี่ยวข้อง"',
  'a11-trust': 'ใช้แบบ OMB A-11 วัดความเชื่อมั่น ร้อยละที่ตอบเชิงบวกคือร้อยละของคำตอบระดับ 4–5 ในข้อความเชื่อมั่น',
} as const

/** Paragraphs of the method section, in order. */
export function methodParagraphs(s: ReportSource): { heading: string; body: string }[] {
  const { round, definition, settings, context } = s
  const window = formatWindow(round.opensAt.getTime(), round.closesAt.getTime(), 'th')
  const min = formatCount(settings.minimumResponses)
  const standing = round.finalisedAt
    ? `ผลของรอบนี้เป็นผลสิ้นสุด รับรองเมื่อวันที่ ${formatLongDate(round.finalisedAt, 'th')} และจะไม่เปลี่ยนแปลงอีก`
    : 'รอบนี้ยังไม่รับรองผล ตัวเลขในรายงานนี้เป็นผลเบื้องต้นและอาจเปลี่ยนแปลงได้'
  const bands =
    context.method === 'thai-mean'
      ? ` การแปลความหมายค่าเฉลี่ย: ${context.options.bands.bands.map((b) => `${b.min.toFixed(2)}–${b.max.toFixed(2)} ${b.label.th}`).join(', ')}`
      : ''
  const flagged =
    s.edition === 'public'
      ? 'ฉบับเผยแพร่ไม่นับคำตอบที่ถูกทำเครื่องหมายเสมอ'
      : settings.includeFlagged
        ? 'รายงานฉบับนี้นับคำตอบที่ถูกทำเครื่องหมายรวมด้วย ตามการตั้งค่าของระบบ'
        : 'คำตอบเหล่านี้ถูกเก็บไว้ แต่ไม่นับในผลทางการ'
  const suppression =
    s.edition === 'public'
      ? `ฉบับเผยแพร่ใช้เกณฑ์เดียวกับข้อมูลเปิด (open data): อปท. ที่มีผู้ตอบน้อยกว่า ${min} คน แสดงเฉพาะจำนวนผู้ตอบ ไม่แสดงค่าทางสถิติ และค่ารวมของอำเภอ จังหวัด และประเทศ คำนวณจากคำตอบของ อปท. ที่เผยแพร่ผลเท่านั้น เพื่อไม่ให้ผู้ใดคำนวณย้อนกลับหาผลของ อปท. ที่ไม่เผยแพร่ได้`
      : `อปท. ที่มีผู้ตอบน้อยกว่า ${min} คน ไม่คำนวณร้อยละและไม่จัดระดับ (ตารางแสดงว่า "น้อยกว่า ${min} คน") ฉบับนี้สำหรับเจ้าหน้าที่ ค่ารวมของกลุ่มคำนวณจากคำตอบทุกคำตอบของกลุ่ม`
  return [
    {
      heading: 'แบบสอบถาม',
      body: `${definition.title.th} (${round.slug} ฉบับที่ ${round.version}) ${METHODS[context.method]}${bands}`,
    },
    {
      heading: 'รอบการประเมิน',
      body: `${round.nameTh} รับคำตอบตั้งแต่ ${window.opens} ถึง ${window.closes} ${standing}`,
    },
    {
      heading: 'ขนาดตัวอย่าง',
      body: `เกณฑ์ขั้นต่ำคือ ${min} คนต่อ อปท. ${s.scopeName}มี อปท. ร่วมรอบนี้ ${formatCount(s.whole.organisations)} แห่ง ผู้ตอบรวม ${formatCount(s.whole.respondents)} คน มีผู้ตอบถึงเกณฑ์ ${formatCount(s.whole.meetingMinimum)} แห่ง ต่ำกว่าเกณฑ์ ${formatCount(s.whole.distribution.tooFew)} แห่ง และยังไม่มีผู้ตอบ ${formatCount(s.whole.distribution.none)} แห่ง`,
    },
    { heading: 'การปกปิดข้อมูล', body: suppression },
    {
      heading: 'การคัดคำตอบ',
      body: `ระบบทำเครื่องหมายคำตอบซ้ำจากเบราว์เซอร์เดียวกัน ณ จุดให้บริการเดียวกันในวันเดียวกัน และคำตอบที่ส่งภายในเวลาน้อยกว่า ${formatCount(settings.minFillSeconds)} วินาทีหลังเปิดแบบสอบถาม ${flagged} ระบบไม่เก็บชื่อ เลขประจำตัว หรือที่อยู่ IP ของผู้ตอบ`,
    },
  ]
}

export const coverLines = (s: ReportSource, madeAt: number) => ({
  title: REPORT_TITLE,
  subtitle: REPORT_SUBTITLE,
  scope: s.scopeName,
  round: s.round.nameTh,
  edition: editionName(s),
  standing: s.round.finalisedAt ? 'ผลสิ้นสุด (รับรองผลแล้ว)' : 'ผลเบื้องต้น (ยังไม่รับรองผล)',
  made: `จัดทำเมื่อ ${formatDateTime(madeAt, 'th')}`,
})

const orDash = (x: number | null | undefined) => (x === null || x === undefined ? '–' : fixed2(x))
export const bandOf = (h: Headline | null, s: Pick<ReportSource, 'context'>) =>
  h?.band === null || h?.band === undefined ? '–' : s.context.bands[h.band]!.th
const minimum = (s: ReportSource) => formatCount(s.settings.minimumResponses)

/** The figures of a group, with the results pages' labels; a line saying why when there are none. */
export function groupFigures(g: GroupRollup, s: ReportSource): { label: string; value: string }[] {
  const h = g.headline
  const thaiMean = s.context.method === 'thai-mean'
  const rows = [
    { label: t('rollup.col.lgus'), value: formatCount(g.organisations) },
    { label: t('rollup.col.meeting'), value: formatCount(g.meetingMinimum) },
    { label: t('rollup.fig.respondents'), value: formatCount(g.respondents) },
  ]
  if (!h)
    return [
      ...rows,
      { label: t(`rollup.fig.percent.${s.context.method}`), value: t('rollup.tag.tooFew', { minimum: minimum(s) }) },
    ]
  return [
    ...rows,
    { label: t('rollup.fig.mean'), value: fixed2(h.mean) },
    { label: t('rollup.fig.sd'), value: orDash(h.sd) },
    { label: t(`rollup.fig.percent.${s.context.method}`), value: orDash(h.percent) },
    ...(thaiMean ? [{ label: t('rollup.fig.moe'), value: orDash(h.marginOfError) }] : []),
    ...(s.context.bands.length > 0 ? [{ label: t('rollup.fig.band'), value: bandOf(h, s) }] : []),
  ]
}

/** The group's organisations by band, then those not banded, as on the results pages. */
export function bandBars(g: GroupRollup, s: ReportSource): ChartBar[] {
  const d = g.distribution
  const bar = (label: string, n: number, muted = false): ChartBar => ({
    label,
    value: n,
    text: t('rollup.chart.value', {
      count: formatCount(n),
      percent: g.organisations === 0 ? '–' : fixed2(percentOf(n, g.organisations)),
    }),
    muted,
  })
  return [
    ...s.context.bands.map((label, i) => bar(label.th, d.bands[i] ?? 0)),
    ...(d.noData > 0 ? [bar(t('rollup.chart.noData'), d.noData, true)] : []),
    bar(t('rollup.chart.tooFew'), d.tooFew, true),
    bar(t('rollup.chart.none'), d.none, true),
  ]
}

/** Why an organisation's row has no figure, in a few words. */
function statusWord(o: OrganisationSummary, s: ReportSource): string {
  if (o.status === 'none') return t('rollup.tag.none')
  if (o.status === 'not-in-round') return t('rollup.tag.notInRound')
  if (o.status === 'too-few' || !o.headline)
    return s.edition === 'public' ? `ไม่เผยแพร่ (น้อยกว่า ${minimum(s)} คน)` : `น้อยกว่า ${minimum(s)} คน`
  return t('rollup.tag.noData')
}

export const organisationName = (o: Pick<OrganisationSummary, 'type' | 'nameTh'>) =>
  o.type === 'special' ? o.nameTh : `${ORGANISATION_TYPE_LABELS[o.type].registry}${o.nameTh}`

export const ORGANISATION_COLUMNS = [
  { label: 'รหัส อปท.', width: 52 },
  { label: 'ชื่อ อปท.', width: 150 },
  { label: 'อำเภอ', width: 82 },
  { label: 'ผู้ตอบ', width: 44, align: 'right' },
  { label: 'ร้อยละ', width: 48, align: 'right' },
  { label: '±', width: 40, align: 'right' },
  { label: 'ระดับ', width: 72 },
] as const

export function organisationCells(o: OrganisationSummary, s: ReportSource): string[] {
  const h = o.headline
  const head = [o.dlaCode, organisationName(o), o.districtTh, formatCount(o.respondents)]
  if (!h) return [...head, '–', '–', statusWord(o, s)]
  return [...head, orDash(h.percent), orDash(h.marginOfError), s.context.bands.length > 0 ? bandOf(h, s) : '–']
}

export const GROUP_COLUMNS = (first: string) =>
  [
    { label: first, width: 110 },
    { label: 'อปท.', width: 44, align: 'right' },
    { label: 'ถึงเกณฑ์', width: 50, align: 'right' },
    { label: 'ผู้ตอบ', width: 56, align: 'right' },
    { label: 'ร้อยละ', width: 52, align: 'right' },
    { label: '±', width: 44, align: 'right' },
    { label: 'ระดับ', width: 70 },
  ] as const

export function groupCells(label: string, g: GroupRollup, s: ReportSource): string[] {
  const h = g.headline
  const head = [label, formatCount(g.organisations), formatCount(g.meetingMinimum), formatCount(g.respondents)]
  if (!h) return [...head, '–', '–', g.status === 'none' ? t('rollup.tag.none') : `น้อยกว่า ${minimum(s)} คน`]
  return [...head, orDash(h.percent), orDash(h.marginOfError), s.context.bands.length > 0 ? bandOf(h, s) : '–']
}
