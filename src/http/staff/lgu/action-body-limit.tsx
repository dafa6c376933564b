/**
 * The forms that carry an action's photo get a body limit of their own, a little above the
 * photo's, so a photo slightly too big is told so in words rather than cut off.
 */
import { bodyLimit } from 'hono/body-limit'
import { actionsTranslator } from '../../../i18n/staff/actions.js'
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGABYTES } from '../../../photos/action-photo.js'
import { renderStaffPage, staffLocale } from '../render.js'

/** The forms that carry a photo: their own body limit, above the photo's, so a photo a little too big is told so in words. */
export const ACTION_FORM_PATH = /^\/staff\/(organisations\/[1-9]\d{0,14}\/actions\/new|actions\/[1-9]\d{0,14}\/edit)$/
const MAX_FORM_BYTES = MAX_PHOTO_BYTES + 1024 * 1024

/** Refuses a body over the limit from its Content-Length, or as soon as it has read that much: never the whole of it. */
export const actionFormBodyLimit = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: (c) => {
    const t = actionsTranslator(staffLocale(c))
    return renderStaffPage(
      c,
      t('actions.tooLarge.title'),
      <TooLarge title={t('actions.tooLarge.title')} body={t('actions.tooLarge.body', { max: MAX_PHOTO_MEGABYTES })} />,
      413,
    )
  },
})

function TooLarge(p: { title: string; body: string }) {
  return (
    <>
      <h1 class="heading-l">{p.title}</h1>
      <p>{p.body}</p>
    </>
  )
}
