/**
 * The annual report as a PDF, written to a file as PDFKit makes it: cover, contents, method,
 * the scope's summary with its charts, the provinces (or districts) and every organisation in a
 * table whose header repeats on each page. The contents' page numbers are the sections' real
 * pages: the pages before the table stay buffered (`bufferPages`) until the table's pages are
 * planned, when the contents and the page numbers are written and those pages flushed. Rows are
 * drawn a province at a time, yielding between provinces, so the server keeps taking answers
 * while a country's report is made.
 */
import { createWriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'
import { formatCount } from '../i18n/format.js'
import { parsedSarabun } from '../posters/poster-pdf.js'
import {
  bandBars,
  coverLines,
  groupCells,
  groupFigures,
  GROUP_COLUMNS,
  methodParagraphs,
  organisationCells,
  ORGANISATION_COLUMNS,
  t,
} from './annual-report-text.js'
import type { ReportSource } from './annual-report-source.js'
import { barChart } from './pdf-chart.js'
import { BLUE, CM, GREY, MARGIN, reportPage, type ReportPage } from './pdf-page.js'
import { pdfTable } from './pdf-table.js'
import { fixed2 } from '../http/staff/results/rollup-present.js'

export type ReportProgress = { progress: (done: number, total: number) => void; pause: () => Promise<void> }

const CONTENTS_LINES_PER_PAGE = 30

function drawCover(page: ReportPage, s: ReportSource, madeAt: number) {
  const { doc } = page
  const c = coverLines(s, madeAt)
  page.newPage()
  doc.rect(0, 0, doc.page.width, 7 * CM).fill(BLUE)
  doc.y = 2.5 * CM
  page.text(c.title, { size: 26, bold: true, colour: '#ffffff', align: 'center' })
  page.text(c.subtitle, { size: 16, colour: '#ffffff', align: 'center' })
  doc.y = 10 * CM
  page.text(c.scope, { size: 24, bold: true, colour: BLUE, align: 'center' })
  doc.moveDown(0.5)
  page.text(c.round, { size: 16, align: 'center' })
  page.text(c.standing, { size: 14, colour: GREY, align: 'center' })
  doc.y = doc.page.height - 6 * CM
  page.text(c.edition, { size: 16, bold: true, align: 'center' })
  page.text('ระบบสำรวจความพึงพอใจของประชาชนต่อการให้บริการขององค์กรปกครองส่วนท้องถิ่น', { size: 12, colour: GREY, align: 'center' })
  page.text(c.made, { size: 12, colour: GREY, align: 'center' })
}

/** The contents' entries, known before layout: the four sections, then each province of the table. */
function contentsEntries(s: ReportSource): number {
  return 4 + (s.scope.kind === 'national' ? s.sections.length : 0)
}

function drawContents(page: ReportPage, first: number) {
  const { doc } = page
  doc.switchToPage(first - 1)
  doc.y = MARGIN.top
  page.text('สารบัญ', { size: 20, bold: true, colour: BLUE })
  doc.moveDown(0.3)
  let count = 0
  for (const h of page.headings) {
    if (count > 0 && count % CONTENTS_LINES_PER_PAGE === 0) {
      doc.switchToPage(first - 1 + count / CONTENTS_LINES_PER_PAGE)
      doc.y = MARGIN.top
    }
    count++
    doc
      .font(h.level === 1 ? 'bold' : 'regular')
      .fontSize(h.level === 1 ? 14 : 12)
      .fillColor('#000000')
    const y = doc.y
    const indent = h.level === 1 ? 0 : 18
    page.cell(h.title, MARGIN.left + indent, y, page.width() - indent - 50)
    page.cell(String(h.page), MARGIN.left + page.width() - 50, y, 50, 'right')
    doc.y = y + doc.currentLineHeight(true) + 3
  }
}

function drawSummary(page: ReportPage, s: ReportSource) {
  const national = s.scope.kind === 'national'
  page.heading(`2 สรุปผล${s.scopeName}`, 1)
  page.figures(groupFigures(s.whole, s))
  if (s.country?.headline) {
    const h = s.country.headline
    page.text(
      `เทียบกับทั้งประเทศ: ${t(`rollup.fig.percent.${s.context.method}`)} ${fixed2(h.percent ?? h.mean)} จากผู้ตอบ ${formatCount(s.country.respondents)} คน`,
      {
        size: 12,
        colour: GREY,
      },
    )
    page.doc.moveDown(0.5)
  }
  barChart(page, {
    title: t('rollup.chart.title', { minimum: formatCount(s.settings.minimumResponses) }),
    bars: bandBars(s.whole, s),
    max: Math.max(1, s.whole.organisations),
  })
  const ranked = s.groups
    .filter((g) => g.group.headline?.percent !== null && g.group.headline?.percent !== undefined)
    .sort((a, b) => b.group.headline!.percent! - a.group.headline!.percent!)
  barChart(page, {
    title: `${t(`rollup.fig.percent.${s.context.method}`)} ${national ? 'รายจังหวัด' : 'รายอำเภอ'} เรียงจากมากไปน้อย`,
    bars: ranked.map((g) => ({ label: g.label, value: g.group.headline!.percent!, text: fixed2(g.group.headline!.percent!) })),
    max: 100,
  })
}

function drawGroups(page: ReportPage, s: ReportSource) {
  const national = s.scope.kind === 'national'
  page.heading(national ? '3 ผลรายจังหวัด' : '3 ผลรายอำเภอ', 1)
  const table = pdfTable(page, GROUP_COLUMNS(national ? 'จังหวัด' : 'อำเภอ'))
  table.header()
  for (const g of s.groups) table.row(groupCells(g.label, g.group, s))
  table.row(groupCells('รวม', s.whole, s), { bold: true })
}

/**
 * The organisation table, a province at a time. Before any row is drawn its pages are planned,
 * so the contents and every page's number are written then; from there each page is written out
 * when the next begins, and only the page being drawn is held in memory.
 */
async function drawOrganisations(page: ReportPage, s: ReportSource, run: ReportProgress, numbered: (pages: number) => void) {
  const national = s.scope.kind === 'national'
  page.heading('4 ผลราย อปท.', 1)
  page.text('เรียงตามจังหวัด อำเภอ และชื่อ อปท. ร้อยละและระดับแสดงเฉพาะ อปท. ที่มีผู้ตอบถึงเกณฑ์', { size: 11, colour: GREY })
  page.doc.moveDown(0.3)
  const table = pdfTable(page, ORGANISATION_COLUMNS)
  table.header()
  const plan = table.plan(s.sections.map((section) => ({ rows: section.organisations, line: national })))
  if (national)
    s.sections.forEach((section, i) => page.headings.push({ title: `จังหวัด${section.title}`, level: 2, page: plan.starts[i]! }))
  numbered(plan.lastPage)

  const total = s.sections.reduce((n, p) => n + p.organisations, 0)
  let done = 0
  run.progress(0, total)
  for (const section of s.sections) {
    if (national) table.group(`จังหวัด${section.title}`)
    for (const o of section.rows()) table.row(organisationCells(o, s))
    done += section.organisations
    run.progress(done, total)
    await run.pause()
  }
}

export async function writeAnnualReport(path: string, s: ReportSource, run: ReportProgress, madeAt: number): Promise<void> {
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${coverLines(s, madeAt).title} ${s.scopeName} ${s.round.nameTh}`, Creator: 'LGU satisfaction survey' },
  })
  const out = createWriteStream(path)
  doc.pipe(out)
  const fonts = parsedSarabun(PDFDocument)
  doc.registerFont('regular', fonts.regular as unknown as string)
  doc.registerFont('bold', fonts.bold as unknown as string)
  try {
    const page = reportPage(doc)
    drawCover(page, s, madeAt)
    const contentsPages = Math.ceil(contentsEntries(s) / CONTENTS_LINES_PER_PAGE)
    for (let i = 0; i < contentsPages; i++) page.newPage()

    page.heading('1 วิธีการประเมิน', 1)
    for (const p of methodParagraphs(s)) {
      page.text(p.heading, { bold: true, colour: BLUE })
      page.text(p.body)
      doc.moveDown(0.5)
    }
    drawSummary(page, s)
    drawGroups(page, s)
    await drawOrganisations(page, s, run, (total) => {
      const y = doc.y
      drawContents(page, 2)
      page.footers((n) => `${s.scopeName} · ${s.round.nameTh} · หน้า ${n} จาก ${total}`)
      doc.y = y
    })
  } finally {
    doc.end()
  }
  await finished(out)
}
