import type { Translate } from '../../../src/i18n/messages.js'
import type { CommentsMessageKey } from '../../../src/i18n/staff/comments.js'

export type CommentItem = {
  id: number
  /** "10 มิ.ย. 2568": the day only, never the time. */
  day: string
  dayIso: string
  point: string
  /** Already masked. */
  text: string
  /** The question, when the questionnaire has more than one free-text item. */
  question?: string
  /** "ถูกตั้งข้อสังเกต: ตอบซ้ำ" when the response was flagged. */
  flag?: string
}

/** Line breaks the resident typed, kept without trusting any markup (JSX escapes the text). */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n')
  return (
    <>
      {lines.map((line, i) => (
        <>
          {i > 0 && <br />}
          {line}
        </>
      ))}
    </>
  )
}

/** One page of comments, newest first: day, service point, the masked text and a tag when flagged. */
export function CommentTable({ t, rows }: { t: Translate<CommentsMessageKey>; rows: CommentItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col" class="nowrap">
              {t('comments.col.day')}
            </th>
            <th scope="col">{t('comments.col.point')}</th>
            <th scope="col">{t('comments.col.text')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-comment={r.id}>
              <td class="nowrap">
                <time datetime={r.dayIso}>{r.day}</time>
              </td>
              <td>{r.point}</td>
              <td>
                {r.flag && (
                  <>
                    <span class="tag tag--red">{r.flag}</span>{' '}
                  </>
                )}
                {r.question && <span class="hint">{r.question}: </span>}
                <Lines text={r.text} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
