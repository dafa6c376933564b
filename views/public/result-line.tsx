/** One published figure, or the sentence that says why it is not shown. Plain text: no CSS needed to read it. */
/** A figure in its words: `before` and `after` come from the message ("ร้อยละ {value}"), `value` is emphasised. */
export type Figure = { before: string; value: string; after: string }

export type ResultLineView = { label: string; figures: Figure[] } | { label: string; withheld: string }

/** `label: false` when a heading right above already names the figure. */
export function ResultLine({ line, label = true }: { line: ResultLineView; label?: boolean }) {
  return (
    <>
      {label && (
        <>
          <strong>{line.label}</strong>
          <br />
        </>
      )}
      {'withheld' in line ? (
        <em>{line.withheld}</em>
      ) : (
        line.figures.map((f, i) => (
          <>
            {i > 0 && ' · '}
            <span>
              {f.before}
              <strong>{f.value}</strong>
              {f.after}
            </span>
          </>
        ))
      )}
    </>
  )
}
