/**
 * The questionnaires that ship with the platform. They are raw data, like an uploaded
 * definition, and go through the same `parseDefinition` gate before use, so a built-in can
 * never carry something an upload could not.
 */
import { parseDefinition, type Definition } from '../definition.js'
import { a11Trust } from './a11-trust.js'
import { artaCsm } from './arta-csm.js'
import { thaiLguStandard } from './thai-lgu-standard.js'

export { a11Trust, artaCsm, thaiLguStandard }

/** Raw (unparsed) definitions, default first. */
export const BUILTIN_DEFINITIONS = [thaiLguStandard, artaCsm, a11Trust]

export const DEFAULT_DEFINITION_SLUG = 'thai-lgu-standard'

// Parsed once per slug: the data never changes while the process runs.
const parsed = new Map<string, Definition>()

/**
 * The parsed built-in definition with this slug. Callers share the returned object, so treat
 * it as read-only. Throws for an unknown slug, or with every error if a built-in is invalid
 * (a programming error the definition tests exist to catch).
 */
export function builtinDefinition(slug: string): Definition {
  const cached = parsed.get(slug)
  if (cached) return cached
  const raw = BUILTIN_DEFINITIONS.find((d) => d.slug === slug)
  if (!raw) throw new Error(`no built-in questionnaire "${slug}"`)
  const result = parseDefinition(raw)
  if (!result.ok) {
    const list = result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')
    throw new Error(`built-in questionnaire "${slug}" is invalid:\n${list}`)
  }
  parsed.set(slug, result.definition)
  return result.definition
}
