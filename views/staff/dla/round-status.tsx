import type { RoundStatus } from '../../../src/domain/round-status.js'
import type { DlaKey } from '../../../src/i18n/staff/dla.js'
import type { Translate } from '../../../src/i18n/messages.js'

const TAG_CLASS: Record<RoundStatus, string> = {
  upcoming: 'tag',
  open: 'tag tag--green',
  closed: 'tag tag--grey',
  finalised: 'tag',
}

/** A round's status in words, coloured but never by colour alone. */
export function RoundStatusTag({ status, t }: { status: RoundStatus; t: Translate<DlaKey> }) {
  return <strong class={TAG_CLASS[status]}>{t(`dla.rounds.status.${status}`)}</strong>
}

/** A success message after Post/Redirect/Get. */
export function DoneBanner({ text }: { text?: string }) {
  if (!text) return null
  return (
    <div class="banner" role="status">
      <p>{text}</p>
    </div>
  )
}
