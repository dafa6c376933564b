/**
 * The layers are held by the lint (eslint.config.js): each case lints a small
 * source as if it stood at `filePath`, so a rule that stops firing fails here.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId)
}

describe('the layers the lint enforces', () => {
  it.each([
    [
      'the domain reaching into the database',
      'src/domain/scoring/x.ts',
      "import { db } from '../../db/client.js'\nexport const a = db\n",
    ],
    ['the domain reaching into HTTP', 'src/domain/x.ts', "import { h } from '../http/status.js'\nexport const a = h\n"],
    ['the domain reaching into views', 'src/domain/x.ts', "import { V } from '../../views/layout.js'\nexport const a = V\n"],
    ['the domain reaching into results', 'src/domain/x.ts', "import { r } from '../results/rollups.js'\nexport const a = r\n"],
    [
      'the domain importing hono',
      'src/domain/x.ts',
      "import { Hono } from 'hono'\nexport const a = Hono\n",
      'no-restricted-imports',
    ],
    ['a view importing the schema', 'views/staff/x.tsx', "import type { R } from '../../src/db/schema.js'\nexport type A = R\n"],
    ['the data layer importing HTTP', 'src/db/queries/x.ts', "import { h } from '../../http/status.js'\nexport const a = h\n"],
    [
      'the data layer importing the registry',
      'src/db/queries/x.ts',
      "import { r } from '../../registry/parse-registry.js'\nexport const a = r\n",
    ],
    ['a view re-exporting from the database', 'views/x.tsx', "export { a } from '../src/db/queries/x.js'\n"],
    ['the data layer importing posters', 'src/db/x.ts', "import { p } from '../posters/poster-pdf.js'\nexport const a = p\n"],
    ['a route importing the tables', 'src/demo/x.ts', "import { rounds } from '../db/schema.js'\nexport const a = rounds\n"],
    [
      'a route importing drizzle-orm',
      'src/http/staff/x.ts',
      "import { eq } from 'drizzle-orm'\nexport const a = eq\n",
      'no-restricted-imports',
    ],
    [
      'results importing better-sqlite3',
      'src/results/x.ts',
      "import Database from 'better-sqlite3'\nexport const a = Database\n",
      'no-restricted-imports',
    ],
  ])('refuses %s', async (_what, filePath, code, expectedRule = 'layers/no-import-from') => {
    expect(await problems(filePath, code)).toContain(expectedRule)
  })

  it('refuses prepared SQL outside src/db', async () => {
    const code = "export const count = (db: { $client: { prepare(s: string): unknown } }) => db.$client.prepare('select 1')\n"
    expect(await problems('src/http/public/x.ts', code)).toContain('no-restricted-syntax')
    expect(await problems('views/x.tsx', code)).toContain('no-restricted-syntax')
    expect(await problems('src/db/queries/x.ts', code)).toEqual([])
  })

  it.each([
    ['a route calling a query module', 'src/http/public/x.ts', "import { a } from '../../db/queries/x.js'\nexport const b = a\n"],
    [
      'the data layer using the domain',
      'src/db/queries/x.ts',
      "import { a } from '../../domain/scoring/x.js'\nexport const b = a\n",
    ],
    ['the data layer using drizzle', 'src/db/queries/x.ts', "import { eq } from 'drizzle-orm'\nexport const b = eq\n"],
    [
      'the domain using its own results folder',
      'src/domain/scoring/x.ts',
      "import { a } from '../results/rollups.js'\nexport const b = a\n",
    ],
    [
      'the data layer using domain results',
      'src/db/queries/x.ts',
      "import type { A } from '../../domain/results/rollups.js'\nexport type B = A\n",
    ],
    ['a view using the domain', 'views/x.tsx', "import type { A } from '../src/domain/x.js'\nexport type B = A\n"],
  ])('allows %s', async (_what, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([])
  })
})
