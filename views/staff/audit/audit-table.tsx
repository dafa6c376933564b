import type { AuditItem, AuditT } from './audit-types.js'

/** One page of the log, newest first. Read only: there is nothing to click but the account an entry concerns. */
export function AuditTable({ t, items }: { t: AuditT; items: AuditItem[] }) {
  if (items.length === 0) return <p>{t('staff.none')}</p>
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.target')}</th>
            <th scope="col">{t('audit.col.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr>
              <td class="nowrap">
                <time datetime={e.atIso}>{e.at}</time>
              </td>
              <td class="nowrap">{e.actor}</td>
              <td>{e.actionLabel}</td>
              <td>
                {e.target && (e.target.href ? <a href={e.target.href}>{e.target.text}</a> : e.target.text)}
                {e.target && e.where && <br />}
                {e.where}
              </td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
