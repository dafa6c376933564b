import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const smallRegistryFixture = resolve(repoRoot, 'test/fixtures/registry-small.csv')

/**
 * A file from the shared reference data next to the repository, or null (with a
 * warning saying why the test is skipped) on a clone that lacks it.
 */
export function sharedDataFile(name: string): string | null {
  const path = resolve(repoRoot, '../shared/data', name)
  if (existsSync(path)) return path
  console.warn(`skipping tests that need ${path}: the file is absent (it lives outside the repository)`)
  return null
}
