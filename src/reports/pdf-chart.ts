/**
 * Horizontal bar charts drawn as PDF vectors: a label, a bar scaled to `max`, the value in words.
 * One row at a time, so a long ranking (77 provinces) carries on over the next page.
 *
 * @example
 * barChart(page, { title: 'อปท. ตามระดับ', max: 65, bars: [{ label: 'มาก', value: 3, text: '3 แห่ง (4.62 %)' }] })
 */
import { BLUE, GREY, LIGHT, MARGIN, type ReportPage } from './pdf-page.js'

export type ChartBar = { label: string; value: number; text: string; muted?: boolean }
export type Chart = { title: string; bars: ChartBar[]; max: number }

const MUTED = '#b1b4b6'

export function barChart(page: ReportPage, chart: Chart, { labelWidth = 130, size = 11 } = {}) {
  const { doc } = page
  doc.font('bold').fontSize(12)
  page.room(doc.currentLineHeight(true) * 3)
  page.text(chart.title, { size: 12, bold: true })
  doc.moveDown(0.2)
  doc.font('regular').fontSize(size)
  const row = doc.currentLineHeight(true) + 3
  const textWidth = 95
  const barLeft = MARGIN.left + labelWidth + 6
  const barSpace = page.width() - labelWidth - textWidth - 12
  for (const bar of chart.bars) {
    page.room(row)
    const y = doc.y
    doc.fillColor('#000000')
    page.cell(bar.label, MARGIN.left, y, labelWidth, 'right')
    doc.rect(barLeft, y + 2, barSpace, row - 6).fill(LIGHT)
    const length = chart.max > 0 ? (Math.max(0, bar.value) / chart.max) * barSpace : 0
    if (length > 0) doc.rect(barLeft, y + 2, length, row - 6).fill(bar.muted ? MUTED : BLUE)
    doc.fillColor(GREY)
    page.cell(bar.text, barLeft + barSpace + 6, y, textWidth)
    doc.y = y + row
  }
  doc.fillColor('#000000')
  doc.moveDown(0.6)
}
