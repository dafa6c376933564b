/**
 * `npm run user:create` run as an operator runs it, on a database of its own:
 * a refused value is explained in words, naming the option.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

async function createUser(...args: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'user-create-'))
  folders.push(folder)
  const env = { ...process.env, DATABASE_PATH: join(folder, 'app.db') }
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/create-user.ts', ...args], { env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run user:create', () => {
  it('explains a refused value in words, naming the option, and stops', async () => {
    const result = await createUser('--role', 'dla', '--username', 'ab', '--password', 'short')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('user:create: --username: The username must have 3–64 characters')
    expect(result.stderr).toContain('user:create: --password: The password must have at least 10 characters')
    expect(result.stderr).toContain('ชื่อผู้ใช้ต้องมี 3–64 ตัวอักษร')
    expect(result.stderr).not.toMatch(/: username$|: password$/m)
    expect(result.stdout).not.toContain('Created')
  })

  it('creates the account when every value is right', async () => {
    const result = await createUser('--role', 'dla', '--username', 'somsri', '--name', 'สมศรี ใจดี')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Created dla account "somsri".')
    expect(result.stdout).toMatch(/Password \(shown once\): \S{16}/)
  })
})
