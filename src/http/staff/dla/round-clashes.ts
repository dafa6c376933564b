/**
 * The message refusing a window that would overlap another round for the
 * same organisations, or undefined when there is none. The rule is
 * `roundClashes` (src/domain/round-overlap.ts); this only reads what it needs
 * and words the answer: each round with its window, the first few
 * organisations it shares and how many more.
 */
import type { Db } from '../../../db/client.js'
import { registryOrganisations, roundsOverlapping } from '../../../db/queries/round-lifecycle.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { firstFew, roundClashes } from '../../../domain/round-overlap.js'
import type { RoundScope } from '../../../domain/round-scopes.js'
import { formatDateTime } from '../../../i18n/format.js'
import type { Locale, Translate } from '../../../i18n/messages.js'
import type { DlaKey } from '../../../i18n/staff/dla.js'

export type ProposedRound = {
  opensAt: Date
  closesAt: Date
  scope: RoundScope
  provinceCodes: readonly string[]
  organisationIds: readonly number[]
}

export function clashMessage(
  db: Db,
  proposed: ProposedRound,
  words: { locale: Locale; t: Translate<DlaKey> },
  exceptRoundId?: number,
): string | undefined {
  const others = roundsOverlapping(db, proposed, exceptRoundId)
  if (others.length === 0) return undefined
  const registry = registryOrganisations(db)
  const byId = new Map(registry.map((o) => [o.id, o]))
  const reach = {
    ...proposed,
    organisations: proposed.organisationIds.flatMap((id) => byId.get(id) ?? []),
  }
  const clashes = roundClashes(reach, others, registry)
  if (clashes.length === 0) return undefined
  const { locale, t } = words
  const list = clashes.map(({ round, shared }) => {
    const { shown, more } = firstFew(shared.map((o) => `${organisationDisplayName(o.type, o.nameTh, locale)} (${o.dlaCode})`))
    const names =
      more > 0 ? t('dla.round.overlap.more', { names: shown.join(', '), n: more.toLocaleString('th-TH') }) : shown.join(', ')
    return t('dla.round.overlap.round', {
      round: locale === 'en' ? round.nameEn : round.nameTh,
      window: t('dla.rounds.window', {
        opens: formatDateTime(round.opensAt, locale),
        closes: formatDateTime(round.closesAt, locale),
      }),
      n: shared.length.toLocaleString('th-TH'),
      names,
    })
  })
  return t('dla.round.error.overlap', { list: list.join('; ') })
}
