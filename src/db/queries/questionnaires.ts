import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { questionnaires } from '../schema.js'
import { parseDefinition, type Definition } from '../../domain/questionnaire/definition.js'

/**
 * Publishes a definition as the next version of its slug. Published versions
 * are immutable, so publishing never edits a row: it adds one.
 */
export function publishQuestionnaire(db: Db, definition: Definition, now = new Date()): { id: number; version: number } {
  return db.transaction((tx) => {
    const latest = tx
      .select({ version: questionnaires.version })
      .from(questionnaires)
      .where(eq(questionnaires.slug, definition.slug))
      .orderBy(desc(questionnaires.version))
      .limit(1)
      .get()
    const version = (latest?.version ?? 0) + 1
    const row = tx
      .insert(questionnaires)
      .values({ slug: definition.slug, version, definition, status: 'published', createdAt: now, publishedAt: now })
      .returning({ id: questionnaires.id })
      .get()
    return { id: row.id, version }
  })
}

/** The newest published version of a slug. */
export function latestPublishedQuestionnaire(db: Db, slug: string): { id: number; version: number } | undefined {
  return db
    .select({ id: questionnaires.id, version: questionnaires.version })
    .from(questionnaires)
    .where(and(eq(questionnaires.slug, slug), eq(questionnaires.status, 'published')))
    .orderBy(desc(questionnaires.version))
    .limit(1)
    .get()
}

/** Makes sure each built-in definition has a published version; never re-publishes one that exists. */
export function ensureQuestionnairesPublished(db: Db, definitions: Definition[], now = new Date()): void {
  for (const definition of definitions) {
    if (!latestPublishedQuestionnaire(db, definition.slug)) publishQuestionnaire(db, definition, now)
  }
}

/**
 * Parsed definitions by id. Safe to cache forever: a published version never
 * changes. Drafts are never cached.
 */
export function createDefinitionCache(db: Db) {
  const cache = new Map<number, Definition>()
  const byId = db.$client.prepare('select definition, status from questionnaires where id = ?')
  return {
    get(id: number): Definition | undefined {
      const hit = cache.get(id)
      if (hit) return hit
      const row = byId.get(id) as { definition: string; status: string } | undefined
      if (!row) return undefined
      const parsed = parseDefinition(JSON.parse(row.definition))
      if (!parsed.ok) throw new Error(`stored questionnaire ${id} is invalid: ${parsed.errors[0]?.path}`)
      if (row.status === 'published') cache.set(id, parsed.definition)
      return parsed.definition
    },
  }
}

export type DefinitionCache = ReturnType<typeof createDefinitionCache>

/** A round's questionnaire definition, through `definitions`; undefined for an unknown round. */
export function createRoundDefinitions(db: Db, definitions: DefinitionCache = createDefinitionCache(db)) {
  const questionnaireOf = db.$client.prepare('select questionnaire_id as id from rounds where id = ?')
  return (roundId: number): Definition | undefined => {
    const row = questionnaireOf.get(roundId) as { id: number } | undefined
    return row && definitions.get(row.id)
  }
}
