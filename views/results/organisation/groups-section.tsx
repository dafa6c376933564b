/** Results side by side per service point and per service, with small groups marked. */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { count } from '../components/figures.js'
import { GroupTable, type GroupColumn, type GroupRow } from '../components/group-table.js'

export type GroupsSectionProps = {
  locale: Locale
  minimum: number
  columns: GroupColumn[]
  /** Which figure the columns show, in words. */
  figureNote: string
  points: GroupRow[]
  services: GroupRow[]
}

export function GroupsSection(p: GroupsSectionProps) {
  const t = resultsTranslator(p.locale)
  const note = (
    <p class="hint">
      {p.figureNote} {t('results.groups.tooFewNote', { min: count(p.minimum) })}
    </p>
  )
  const groups = [
    { id: 'by-point', title: t('results.groups.points'), nameHeader: t('results.groups.point'), rows: p.points },
    { id: 'by-service', title: t('results.groups.services'), nameHeader: t('results.groups.service'), rows: p.services },
  ]
  return (
    <>
      {groups.map((g) => (
        <section aria-labelledby={`${g.id}-title`}>
          <h2 class="heading-m" id={`${g.id}-title`}>
            {g.title}
          </h2>
          {g.rows.length === 0 ? (
            <p>{t('results.groups.none')}</p>
          ) : (
            <>
              <GroupTable
                id={g.id}
                labelledBy={`${g.id}-title`}
                nameHeader={g.nameHeader}
                rows={g.rows}
                columns={p.columns}
                locale={p.locale}
                minimum={p.minimum}
              />
              {note}
            </>
          )}
        </section>
      ))}
    </>
  )
}
