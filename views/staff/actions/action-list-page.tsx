import type { Translate } from '../../../src/i18n/messages.js'
import type { ActionsMessageKey } from '../../../src/i18n/staff/actions.js'

export type ActionListRow = {
  id: number
  points: string
  said: string
  changed: string
  status: string
  dates: string
  editHref: string
  photo?: { src: string; alt: string }
}

export type ActionListPageProps = {
  t: Translate<ActionsMessageKey>
  organisationName: string
  backHref: string
  newHref: string
  /** A flash after a save. */
  done?: string
  rows: ActionListRow[]
  posters: { href: string; label: string }[]
}

/** The organisation's actions, every status, newest first, with the posters to print. */
export function ActionListPage(p: ActionListPageProps) {
  const { t } = p
  return (
    <>
      <p>
        <a href={p.backHref}>{t('actions.back', { organisation: p.organisationName })}</a>
      </p>
      {p.done && (
        <div class="banner" role="status">
          {p.done}
        </div>
      )}
      <h1 class="heading-l">{t('actions.title')}</h1>
      <p>{t('actions.intro')}</p>
      <p>
        <a class="button" href={p.newHref}>
          {t('actions.new')}
        </a>
      </p>
      {p.rows.length === 0 ? (
        <p>{t('actions.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('actions.col.points')}</th>
                <th scope="col">{t('actions.col.said')}</th>
                <th scope="col">{t('actions.col.changed')}</th>
                <th scope="col">{t('actions.col.status')}</th>
                <th scope="col">{t('actions.col.edit')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr data-action={r.id}>
                  <td>{r.points}</td>
                  <td>{r.said}</td>
                  <td>
                    {r.changed}
                    {r.photo && (
                      <>
                        <br />
                        <img src={r.photo.src} alt={r.photo.alt} width={120} loading="lazy" />
                      </>
                    )}
                  </td>
                  <td>
                    {r.status}
                    <br />
                    <span class="hint">{r.dates}</span>
                  </td>
                  <td>
                    <a href={r.editHref}>{t('actions.editLink')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.posters.length > 0 && (
        <section aria-labelledby="action-posters">
          <h2 class="heading-m" id="action-posters">
            {t('actions.posters')}
          </h2>
          <ul>
            {p.posters.map((poster) => (
              <li>
                <a href={poster.href}>{poster.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
