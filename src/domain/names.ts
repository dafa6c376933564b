/**
 * Names staff type (service points, services, divisions, rounds, display names,
 * API tokens) are shown to residents and other staff, on pages, posters and in
 * files. A name must have at least one character people can see, and no
 * control character (NUL, BEL, a line break): no keyboard puts one in a name,
 * and they break what shows it.
 *
 * @example
 * z.string().trim().min(1, 'nameTh.required').superRefine(showableName('nameTh.invisible'))
 */
import type { z } from 'zod'

/** Anything other than white space, characters that are never drawn (U+200B, U+FEFF, …) and controls. */
const SEEN = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/u
const CONTROL = /\p{Cc}/u

export function isShowableName(name: string): boolean {
  return SEEN.test(name) && !CONTROL.test(name)
}

/**
 * The refinement every name field uses: the issue `message` when the name cannot
 * be shown. An empty name is left to the field's own "required" check.
 */
export const showableName =
  (message: string) =>
  (name: string, ctx: z.RefinementCtx): void => {
    if (name !== '' && !isShowableName(name)) ctx.addIssue({ code: 'custom', message })
  }
