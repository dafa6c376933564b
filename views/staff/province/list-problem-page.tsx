/** A follow-up download asked for with a query string that does not make sense: what was wrong, and the way back. */
export function ListProblemPage({
  title,
  messages,
  back,
}: {
  title: string
  messages: string[]
  back: { href: string; text: string }
}) {
  return (
    <>
      <h1 class="heading-l">{title}</h1>
      {messages.map((m) => (
        <p class="error-message">{m}</p>
      ))}
      <p>
        <a href={back.href}>{back.text}</a>
      </p>
    </>
  )
}
