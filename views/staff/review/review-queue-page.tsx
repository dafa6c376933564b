import { Pagination, type PaginationProps } from '../../components/pagination.js'
import { RoundPicker, type RoundPickerProps } from '../lgu/round-picker.js'

export type ReviewGroupRow = {
  href: string
  /** "12 คำตอบ “ตอบซ้ำจากเครื่องเดิม” ที่กองคลัง วันที่ 3 ธ.ค. 2569" */
  label: string
  /** On a province's queue, which organisation the group belongs to. */
  organisation?: string
  status: string
  waiting: boolean
}

export type ReviewQueuePageProps = {
  title: string
  back: { href: string; text: string }
  intro: string
  roundPicker?: RoundPickerProps
  summary: string
  headings: { group: string; organisation?: string; status: string }
  rows: ReviewGroupRow[]
  pagination: PaginationProps
}

/** Flagged answers of an organisation or a province, one row per service point × reason × day, newest first. */
export function ReviewQueuePage(p: ReviewQueuePageProps) {
  return (
    <>
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      <h1 class="heading-l">{p.title}</h1>
      <p class="notice">{p.intro}</p>
      {p.roundPicker && <RoundPicker {...p.roundPicker} />}
      <p>
        <strong>{p.summary}</strong>
      </p>
      {p.rows.length > 0 && (
        <>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{p.headings.group}</th>
                  {p.headings.organisation && <th scope="col">{p.headings.organisation}</th>}
                  <th scope="col">{p.headings.status}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr>
                    <td>
                      <a href={r.href}>{r.label}</a>
                    </td>
                    {p.headings.organisation && <td>{r.organisation}</td>}
                    <td>{r.waiting ? <strong>{r.status}</strong> : r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination {...p.pagination} />
        </>
      )}
    </>
  )
}
