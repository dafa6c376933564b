/**
 * Files that ship with the project (migrations, static assets, reference lists),
 * found from the project root: the folder above this module that holds
 * package.json. So the same code finds them running from `src/` (tsx, tests)
 * and from the compiled `dist/src/` (`npm start`).
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined

function projectRoot(): string {
  if (root) return root
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir)
    if (dirname(dir) === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`)
  }
}

/** A path inside the project, e.g. `projectPath('drizzle')`. */
export const projectPath = (...parts: string[]) => join(projectRoot(), ...parts)
