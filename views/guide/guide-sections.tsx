/** The body of a guide: its contents, then one section per task with its steps and screenshot. */
export type GuidePart = { text: string; label: boolean }

export type GuideSectionView = {
  id: string
  title: string
  summary: string
  steps: GuidePart[][]
  notes: GuidePart[][]
  screenshot: { src: string; alt: string }
}

export type GuideBodyProps = {
  title: string
  intro: string
  sections: GuideSectionView[]
  words: { contents: string; steps: string; notes: string; toContents: string; print: string }
}

/** A step's words, the app's own labels in bold so they can be found on the page. */
const Parts = ({ parts }: { parts: GuidePart[] }) => (
  <>{parts.map((part) => (part.label ? <strong class="guide__label">{part.text}</strong> : part.text))}</>
)

export function GuideBody({ title, intro, sections, words }: GuideBodyProps) {
  return (
    <div class="guide">
      <h1 class="heading-l" id="top">
        {title}
      </h1>
      <p>{intro}</p>
      <p class="hint guide__print-hint">{words.print}</p>
      <nav aria-labelledby="guide-contents" class="guide__contents">
        <h2 class="heading-m" id="guide-contents">
          {words.contents}
        </h2>
        <ol>
          {sections.map((s) => (
            <li>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => (
        <section class="guide__section" id={s.id} aria-labelledby={`${s.id}-title`}>
          <h2 class="heading-m" id={`${s.id}-title`}>
            {s.title}
          </h2>
          <p>{s.summary}</p>
          <h3 class="heading-s">{words.steps}</h3>
          <ol class="guide__steps">
            {s.steps.map((parts) => (
              <li>
                <Parts parts={parts} />
              </li>
            ))}
          </ol>
          {s.notes.length > 0 && (
            <>
              <h3 class="heading-s">{words.notes}</h3>
              <ul class="guide__notes">
                {s.notes.map((parts) => (
                  <li>
                    <Parts parts={parts} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <img class="guide__shot" src={s.screenshot.src} alt={s.screenshot.alt} loading="lazy" />
          <p class="guide__top">
            <a href="#top">{words.toContents}</a>
          </p>
        </section>
      ))}
    </div>
  )
}
