export type ChoiceOption = { value: string; label: string; face?: string }

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
}) {
  return (
    <div class={props.inline ? 'choices choices--inline' : 'choices'}>
      {props.options.map((o, i) => {
        const id = i === 0 ? props.name : `${props.name}-${i + 1}`
        return (
          <div class="choice">
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
              {o.label}
            </label>
          </div>
        )
      })}
    </div>
  )
}
