/** The way into the review queue from a dashboard: "คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา 12". */
export function ReviewLink(p: { href: string; text: string; waiting: boolean }) {
  return (
    <p>
      <a href={p.href}>{p.waiting ? <strong>{p.text}</strong> : p.text}</a>
    </p>
  )
}
