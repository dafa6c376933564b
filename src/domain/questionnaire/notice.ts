/**
 * A privacy notice as shown: `{organisation}` becomes the organisation's name, and the retention
 * period it states ("2 ปีงบประมาณ", "2 fiscal years") becomes the one the platform keeps to
 * (`RESPONSE_RETENTION_FISCAL_YEARS`). A published notice never changes, so the number is put in
 * as it is shown: a notice published before the setting changed still states what is done.
 */
export type NoticeValues = { organisation: string; retentionFiscalYears: number }

// One or two digits: "2568 fiscal year" names a year, it is not a period.
const THAI_PERIOD = /(?<![0-9๐-๙])[0-9๐-๙]{1,2}(\s*)ปีงบประมาณ/g
const ENGLISH_PERIOD = /\b\d{1,2} fiscal years?\b/gi

export function noticeText(text: string, { organisation, retentionFiscalYears: years }: NoticeValues): string {
  return text
    .replaceAll('{organisation}', organisation)
    .replace(THAI_PERIOD, (_, space: string) => `${years}${space}ปีงบประมาณ`)
    .replace(ENGLISH_PERIOD, years === 1 ? '1 fiscal year' : `${years} fiscal years`)
}
