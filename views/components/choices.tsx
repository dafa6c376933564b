export type ChoiceOption = { value: string; label: string; face?: string }

/**
 * How the choices sit: `list` one under another; `wrap` side by side as far as each line
 * allows (short answers such as age bands); `scale` a rating scale's levels in one row where
 * their words fit, with a level that has no face (N/A) on a row of its own; `faces` the same,
 * but where the words do not fit (large text) the faces alone, for a page that shows what
 * each face means (see RatingKey).
 */
export type ChoicesLayout = 'list' | 'wrap' | 'scale' | 'faces'

const layoutClass: Record<ChoicesLayout, string> = {
  list: 'choices',
  wrap: 'choices choices--wrap',
  scale: 'choices choices--scale',
  faces: 'choices choices--scale choices--faces',
}

/**
 * Radios or checkboxes with words, in the order given, none pre-selected unless
 * the resident chose it. Each choice is a 44 px tall target.
 */
export function Choices(props: {
  name: string
  type: 'radio' | 'checkbox'
  options: ChoiceOption[]
  checked: string[]
  inline?: boolean
  layout?: ChoicesLayout
}) {
  const layout = layoutClass[props.layout ?? 'list']
  const onScale = props.layout === 'scale' || props.layout === 'faces'
  return (
    <div class={props.inline ? `${layout} choices--inline` : layout}>
      {props.options.map((o, i) => {
        const id = i === 0 ? props.name : `${props.name}-${i + 1}`
        return (
          <div class={onScale && !o.face ? 'choice choice--wide' : 'choice'}>
            <input
              class="choice__input"
              type={props.type}
              id={id}
              name={props.name}
              value={o.value}
              checked={props.checked.includes(o.value)}
            />
            <label class="choice__label" for={id}>
              {o.face && (
                <span class="choice__face" aria-hidden="true">
                  {o.face}
                </span>
              )}
              <span class="choice__text">{o.label}</span>
            </label>
          </div>
        )
      })}
    </div>
  )
}
