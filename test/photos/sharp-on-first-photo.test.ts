/**
 * sharp (libvips, some 30 MB of a server's memory) is loaded by the first photo, not by
 * building the app: a server that is never sent a photo never carries it. Run in a process
 * of its own, since this one may have loaded sharp for another test; Linux's memory map says
 * whether libvips is in it.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

const SCRIPT = `
import { readFileSync } from 'node:fs'
// libvips in the process's memory map: what loading sharp costs.
const sharpLoaded = () => readFileSync('/proc/self/maps', 'utf8').includes('libvips')
await import('./src/app.tsx')
const atStart = sharpLoaded()
const { preparePhoto } = await import('./src/photos/action-photo.ts')
const answer = await preparePhoto(new TextEncoder().encode('not an image'))
console.log(JSON.stringify({ atStart, answer, afterPhoto: sharpLoaded() }))
`

describe('sharp', () => {
  it('is loaded by the first photo, not by building the app', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT])
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
      atStart: false,
      answer: { problem: 'notImage' },
      afterPhoto: true,
    })
  })
})
