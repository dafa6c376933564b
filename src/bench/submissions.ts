/** Valid survey submissions for the national dataset, each with a freshly signed form token, as phones would send them. */
import Database from 'better-sqlite3'
import { visibleItems } from '../domain/questionnaire/answers.js'
import { builtinDefinition, DEFAULT_DEFINITION_SLUG } from '../domain/questionnaire/builtins/index.js'
import { createFormTokens } from '../security/form-token.js'
import type { Dataset } from './dataset.js'

export const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' }

/** A complete, valid answer set for the default questionnaire at a point with these services. */
function validBody(serviceIds: number[], token: string): string {
  const definition = builtinDefinition(DEFAULT_DEFINITION_SLUG)
  const body = new URLSearchParams({ _token: token, _lang: 'th' })
  for (const item of visibleItems(definition, { services: serviceIds.map((id) => ({ id })) })) {
    if (!item.required) continue
    if (item.kind === 'rating') body.set(item.id, String(4 + (Math.random() < 0.5 ? 1 : 0)))
    else if (item.kind === 'service') body.set(item.id, String(serviceIds[0]))
    else if (item.kind === 'single' || item.kind === 'multiple') body.set(item.id, item.options[0]!.value)
    else body.set(item.id, 'ดี')
  }
  return body.toString()
}

/** Reads the dataset's form-token key (created by the first server started on it) and service points. */
export function submissions(data: Dataset) {
  const reader = new Database(data.path, { readonly: true })
  const secret = (reader.prepare("select value from app_settings where key = 'form-token-key'").get() as { value: string }).value
  const points = reader
    .prepare(
      `select sp.id, sp.code, group_concat(s.id) as services from service_points sp join services s on s.service_point_id = sp.id where sp.code in (select value from json_each(?)) group by sp.code`,
    )
    .all(JSON.stringify(data.codes)) as { id: number; code: string; services: string }[]
  reader.close()
  const tokens = createFormTokens(secret, 24 * 3600_000)
  const pick = () => points[Math.floor(Math.random() * points.length)]!
  return {
    /** A random service point's code. */
    code: () => pick().code,
    /** One submission: where to POST it, its body, and the submission id its token carries. */
    next() {
      const p = pick()
      const token = tokens.issue(data.roundId, Date.now() - 60_000, p.id)
      return {
        path: `/s/${p.code}`,
        body: validBody(p.services.split(',').map(Number), token),
        submissionId: token.split('.')[2]!,
      }
    },
  }
}
