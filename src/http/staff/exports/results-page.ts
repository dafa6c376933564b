/** The export page's props: the round and scope choices a role has, and a download link per format. */
import type { RoundOption } from '../../../db/queries/collection.js'
import type { Locale } from '../../../i18n/messages.js'
import { exportsTranslator } from '../../../i18n/staff/exports.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import type { ExportScope, ResultsFormat } from '../../../exports/results-export.js'
import type { ResultsExportPageProps } from '../../../../views/staff/exports/results-export-page.js'
import { roundOptions, roundWindow } from '../lgu/round-choice.js'

/** Where each format is downloaded, for a round and a scope. */
export function downloadHref(format: ResultsFormat, roundId: number, scopeKey: string): string {
  const params = new URLSearchParams({ round: String(roundId), scope: scopeKey })
  if (format === 'csv' || format === 'csv-machines') params.set('audience', format === 'csv' ? 'people' : 'machines')
  const ext = format === 'csv-machines' ? 'csv' : format
  return `/staff/exports/results.${ext}?${params}`
}

const FORMATS: ResultsFormat[] = ['xlsx', 'csv', 'csv-machines', 'json']

/** The raw responses of a round in a national or province scope (`raw-export-routes.tsx`). */
export function rawDownloadHref(roundId: number, scopeKey: string, audience: 'people' | 'machines'): string {
  return `/staff/exports/raw.csv?${new URLSearchParams({ round: String(roundId), scope: scopeKey, audience })}`
}

/** DLA and provincial officers get the raw responses of the scope they chose; one organisation's are not offered. */
function rawDownloads(
  t: ReturnType<typeof exportsTranslator>,
  roundId: number,
  target: ExportScope,
  scopeName: string,
  slow: string,
) {
  if (target.scope.kind === 'organisation') return { intro: t('exports.raw.organisationScope'), links: [] }
  return {
    intro: t('exports.raw.intro', { scope: scopeName }),
    links: (['people', 'machines'] as const).map((audience) => ({
      format: `raw-${audience}`,
      href: rawDownloadHref(roundId, target.key, audience),
      label: t(`exports.raw.${audience}`),
      hint: t(`exports.raw.${audience}.hint`),
      slow,
    })),
  }
}

export type ResultsPageInput = {
  locale: Locale
  now: number
  rounds: RoundOption[]
  round: RoundOption | undefined
  /** The caller's own scope and, for DLA and provincial officers, the wider choices (national, provinces). */
  own: ExportScope
  choices: ExportScope[]
  /** What the form asked for (`scope`), kept when it is one of the choices. */
  chosenKey: string
  /** The scope the links export: the choice, or the organisation named by DLA code. */
  target: ExportScope | undefined
  dlaCode: { value: string; error: boolean } | undefined
  minimumResponses: number
  flaggedIncluded: boolean
}

export function presentResultsPage(input: ResultsPageInput): { title: string; props: ResultsExportPageProps } {
  const { locale, round, target } = input
  const t = exportsTranslator(locale)
  const st = staffTranslator(locale)
  const name = (s: ExportScope) => (locale === 'en' ? s.name.en : s.name.th)
  const roundName = (r: RoundOption) => (locale === 'en' ? r.nameEn : r.nameTh)
  const error = input.dlaCode?.error ? t('exports.dlaCode.notFound') : undefined
  const title = t('exports.title')
  // Every organisation's rows, or every single answer, are read and written in the request.
  const slow = st('staff.slowDownload')
  return {
    title: error ? `${st('staff.error.titlePrefix')}${title}` : title,
    props: {
      t,
      labels: { errorPrefix: st('staff.error.inlinePrefix'), errorSummaryTitle: st('staff.error.summaryTitle') },
      errors: { dlaCode: error },
      round: round && {
        options: roundOptions(input.rounds, locale, input.now),
        value: String(round.id),
        note: roundWindow(round, locale),
      },
      scope:
        input.own.scope.kind === 'organisation'
          ? { fixed: t('exports.scope.fixed', { scope: name(input.own) }) }
          : {
              options: input.choices.map((s) => ({ value: s.key, label: name(s) })),
              value: input.choices.some((s) => s.key === input.chosenKey) ? input.chosenKey : input.own.key,
            },
      dlaCode: input.dlaCode && {
        value: input.dlaCode.value,
        hint:
          input.own.scope.kind === 'province'
            ? t('exports.dlaCodeHint.province', { province: name(input.own) })
            : t('exports.dlaCodeHint.national'),
      },
      downloads:
        round && target && !error
          ? {
              selection: t('exports.selection', { scope: name(target), round: roundName(round) }),
              links: FORMATS.map((format) => ({
                format,
                href: downloadHref(format, round.id, target.key),
                label: t(`exports.format.${format}`),
                hint: t(`exports.format.${format}.hint`),
                slow: target.scope.kind === 'national' ? slow : undefined,
              })),
            }
          : undefined,
      raw:
        round && target && !error && input.own.scope.kind !== 'organisation'
          ? { title: t('exports.raw.title'), ...rawDownloads(t, round.id, target, name(target), slow) }
          : undefined,
      notes: [
        t(input.flaggedIncluded ? 'exports.note.flaggedIncluded' : 'exports.note.flaggedExcluded'),
        t('exports.note.minimum', { min: input.minimumResponses }),
        t('exports.note.audit'),
      ],
    },
  }
}
