/** The "create a round" form's one checkbox for default service points, with what it does beneath it. */
export function DefaultPointsField(p: { checked: boolean; label: string; hint: string }) {
  return (
    <div class="field">
      <div class="choices">
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            id="defaultPoints"
            name="defaultPoints"
            value="on"
            checked={p.checked}
            aria-describedby="defaultPoints-hint"
          />
          <label class="choice__label" for="defaultPoints">
            {p.label}
          </label>
        </div>
      </div>
      <p id="defaultPoints-hint" class="hint">
        {p.hint}
      </p>
    </div>
  )
}
