import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, smallRegistryFixture } from './paths.js'

const workDir = mkdtempSync(join(tmpdir(), 'import-registry-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-registry.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_PATH: join(workDir, 'app.db') },
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run import:registry', { timeout: 20_000 }, () => {
  it('imports the fixture, prints counts per type and each problem line, then nothing changes', () => {
    const first = runImport(smallRegistryFixture)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('organisations: 7')
    expect(first.stdout).toMatch(/ 2 {2}เทศบาลตำบล\n/)
    expect(first.stdout).toContain('inserted: 7, updated: 0, unchanged: 0')
    expect(first.stdout).toContain('line 16: unknown type "สุขาภิบาล"')

    const second = runImport(smallRegistryFixture)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('inserted: 0, updated: 0, unchanged: 7')
  })

  it('says in one line that a file is missing, and exits 1', () => {
    const result = runImport('no-such-registry.csv')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('import:registry: file not found: no-such-registry.csv\n')
  })

  it('says in one line that a file is not the registry, and exits 1', () => {
    const result = runImport('package.json')
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^import:registry: package\.json: not DLA's registry file/)
  })

  it('asks for the file when none is given', () => {
    const result = runImport()
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('import:registry: usage: npm run import:registry -- FILE.csv\n')
  })
})
