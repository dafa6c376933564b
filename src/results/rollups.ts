/**
 * Reads a round's roll-up for the province and national results pages: every organisation's
 * row and headline sums from the data layer, summarised by the domain, and kept until anything
 * in the database changes.
 *
 * @example
 * const rollups = createRollupService(db, { minimumResponses: 10, includeFlagged: false })
 * const round = rollups.read(roundId, '81')        // undefined: the round does not exist
 * const province = rollUp(round.organisations, round.context)
 */
import type { Db } from '../db/client.js'
import { databaseVersion } from '../db/database-version.js'
import { createResultQueries, type FlagFilter } from '../db/queries/results.js'
import { createRollupQueries } from '../db/queries/rollups.js'
import { rollUp, rollupContext, summariseOrganisation, type GroupRollup, type RoundRollup } from '../domain/results/rollups.js'
import { keptByVersion } from './kept-results.js'
import { createResultsService, type ResultsSettings } from './organisation-results.js'

/** Roll-ups kept at once: the country and a few provinces (the country's is about 2 MB). */
const ROLLUPS_KEPT = 8

export function createRollupService(db: Db, settings: ResultsSettings) {
  const results = createResultsService(db, settings)
  const queries = createResultQueries(db)
  const flags: FlagFilter = settings.includeFlagged ? 'all' : 'official'
  const rows = createRollupQueries(db, settings.includeFlagged)

  const compute = (roundId: number, provinceCode: string | null): RoundRollup | undefined => {
    const definition = results.definitionFor(roundId)
    if (!definition) return undefined
    const context = rollupContext(definition, results.options)
    // The headline’s sums per organisation, counted from each response: one row per organisation and flag.
    const moments = queries.headlineMoments(roundId, flags, provinceCode)
    const organisations = rows
      .organisations(roundId, provinceCode)
      .map((r) => summariseOrganisation(r, moments.get(r.id), context))
    return { context, organisations }
  }
  // A round's roll-up reads names, scopes and tallies from many tables: kept until anything in the database changes.
  const version = databaseVersion(db)
  const kept = keptByVersion<RoundRollup | undefined>(ROLLUPS_KEPT)
  const read = (roundId: number, provinceCode: string | null) =>
    kept(`${roundId}:${provinceCode ?? 'country'}`, version(), () => compute(roundId, provinceCode))

  return {
    options: results.options,
    /**
     * Every organisation of the province (or, with null, of the country) in the round; undefined for an unknown round.
     * The same objects are handed to every caller until something changes: read them, never change them.
     */
    read(roundId: number, provinceCode: string | null): RoundRollup | undefined {
      return read(roundId, provinceCode)
    },

    /** An organisation's province and the country pooled, to set its figures against; undefined for an unknown round. */
    comparison(roundId: number, provinceCode: string): { province: GroupRollup; country: GroupRollup } | undefined {
      const province = read(roundId, provinceCode)
      const country = read(roundId, null)
      if (!province || !country) return undefined
      return {
        province: rollUp(province.organisations, province.context),
        country: rollUp(country.organisations, country.context),
      }
    },
  }
}

export type RollupService = ReturnType<typeof createRollupService>
