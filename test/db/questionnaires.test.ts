import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import {
  createDefinitionCache,
  ensureQuestionnairesPublished,
  latestPublishedQuestionnaire,
  publishQuestionnaire,
} from '../../src/db/queries/questionnaires.js'
import { questionnaires } from '../../src/db/schema.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { freshDatabase } from '../helpers/database.js'

const thai = builtinDefinition('thai-lgu-standard')
const arta = builtinDefinition('arta-csm')
const a11 = builtinDefinition('a11-trust')
const AT = new Date('2025-01-10T03:00:00Z')
const versions = (db: ReturnType<typeof freshDatabase>) =>
  db.select({ slug: questionnaires.slug, version: questionnaires.version }).from(questionnaires).orderBy(questionnaires.id).all()

describe('publishQuestionnaire', () => {
  it('numbers versions 1, 2, 3 per slug', () => {
    const db = freshDatabase()
    const first = publishQuestionnaire(db, thai, AT)
    const other = publishQuestionnaire(db, arta, AT)
    const second = publishQuestionnaire(db, thai, AT)
    const third = publishQuestionnaire(db, thai, AT)
    expect([first.version, second.version, third.version, other.version]).toEqual([1, 2, 3, 1])
    expect(new Set([first.id, second.id, third.id, other.id]).size).toBe(4)
    expect(latestPublishedQuestionnaire(db, 'thai-lgu-standard')).toEqual(third)
    expect(latestPublishedQuestionnaire(db, 'arta-csm')).toEqual(other)
    expect(latestPublishedQuestionnaire(db, 'a11-trust')).toBeUndefined()
  })

  it('stores the definition as published, with the given time', () => {
    const db = freshDatabase()
    const { id } = publishQuestionnaire(db, thai, AT)
    const row = db.select().from(questionnaires).where(eq(questionnaires.id, id)).get()
    expect(row).toMatchObject({ slug: 'thai-lgu-standard', version: 1, status: 'published', publishedAt: AT, createdAt: AT })
    expect(row?.definition).toEqual(thai)
  })
})

describe('ensureQuestionnairesPublished', () => {
  it('publishes each built-in once, however often it runs', () => {
    const db = freshDatabase()
    ensureQuestionnairesPublished(db, [thai, arta, a11], AT)
    ensureQuestionnairesPublished(db, [thai, arta, a11], AT)
    ensureQuestionnairesPublished(db, [thai], AT)
    expect(versions(db)).toEqual([
      { slug: 'thai-lgu-standard', version: 1 },
      { slug: 'arta-csm', version: 1 },
      { slug: 'a11-trust', version: 1 },
    ])
  })

  it('leaves a slug alone that already has later versions, and adds only the missing one', () => {
    const db = freshDatabase()
    publishQuestionnaire(db, thai, AT)
    publishQuestionnaire(db, thai, AT)
    ensureQuestionnairesPublished(db, [thai, arta], AT)
    expect(versions(db)).toEqual([
      { slug: 'thai-lgu-standard', version: 1 },
      { slug: 'thai-lgu-standard', version: 2 },
      { slug: 'arta-csm', version: 1 },
    ])
  })
})

describe('published versions are immutable (drizzle/0001 triggers)', () => {
  it.each([
    ['changing the definition', `update questionnaires set definition = '{}' where id = ?`],
    ['un-publishing', `update questionnaires set status = 'draft' where id = ?`],
    ['renumbering', `update questionnaires set version = 9 where id = ?`],
    ['deleting', `delete from questionnaires where id = ?`],
  ])('%s a published row throws and changes nothing', (_name, sql) => {
    const db = freshDatabase()
    const { id } = publishQuestionnaire(db, thai, AT)
    const before = db.$client.prepare('select * from questionnaires').all()
    expect(() => db.$client.prepare(sql).run(id)).toThrow(/immutable/)
    expect(db.$client.prepare('select * from questionnaires').all()).toEqual(before)
  })

  it('still lets a draft be edited and deleted', () => {
    const db = freshDatabase()
    const draft = db
      .insert(questionnaires)
      .values({ slug: 'thai-lgu-standard', version: 1, definition: thai, status: 'draft', createdAt: AT })
      .returning()
      .get()
    expect(db.$client.prepare(`update questionnaires set version = 2 where id = ?`).run(draft.id).changes).toBe(1)
    expect(db.$client.prepare(`delete from questionnaires where id = ?`).run(draft.id).changes).toBe(1)
  })
})

describe('createDefinitionCache', () => {
  it('returns the parsed definition by id, and undefined for an unknown id', () => {
    const db = freshDatabase()
    const t = publishQuestionnaire(db, thai, AT)
    const a = publishQuestionnaire(db, arta, AT)
    const cache = createDefinitionCache(db)
    expect(cache.get(t.id)).toEqual(thai)
    expect(cache.get(a.id)).toEqual(arta)
    expect(cache.get(a.id)).toBe(cache.get(a.id)) // cached: the same object
    expect(cache.get(a.id + 1000)).toBeUndefined()
    expect(cache.get(0)).toBeUndefined()
  })

  it('re-reads a draft instead of caching it', () => {
    const db = freshDatabase()
    const draft = db
      .insert(questionnaires)
      .values({ slug: 'a11-trust', version: 1, definition: a11, status: 'draft', createdAt: AT })
      .returning()
      .get()
    const cache = createDefinitionCache(db)
    expect(cache.get(draft.id)?.slug).toBe('a11-trust')
    db.update(questionnaires).set({ definition: arta }).where(eq(questionnaires.id, draft.id)).run()
    expect(cache.get(draft.id)?.slug).toBe('arta-csm')
  })
})
