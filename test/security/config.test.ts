import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'

describe('loadConfig', () => {
  it('works with nothing set, with the demo defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_PATH: './data/app.db',
      DEMO: true,
      TRUST_PROXY: false,
      RATE_LIMIT_SUBMISSIONS: 30,
      RATE_LIMIT_WINDOW_SECONDS: 600,
      MAX_BODY_BYTES: 32 * 1024,
      FORM_TOKEN_MAX_AGE_HOURS: 24,
      MIN_FILL_SECONDS: 3,
      EXCLUDE_FLAGGED: true,
    })
    expect(config.PUBLIC_BASE_URL).toBeUndefined()
  })

  it.each([
    ['off', false],
    ['false', false],
    ['0', false],
    ['on', true],
    ['true', true],
    ['1', true],
  ])('reads the flag value %j as %s', (value, expected) => {
    const config = loadConfig({ DEMO: value, EXCLUDE_FLAGGED: value, TRUST_PROXY: value })
    expect([config.DEMO, config.EXCLUDE_FLAGGED, config.TRUST_PROXY]).toEqual([expected, expected, expected])
  })

  it('reads numbers and a base URL', () => {
    expect(
      loadConfig({
        PORT: '8080',
        RATE_LIMIT_SUBMISSIONS: '5',
        FORM_TOKEN_MAX_AGE_HOURS: '0.5',
        PUBLIC_BASE_URL: 'https://survey.example.go.th',
      }),
    ).toMatchObject({
      PORT: 8080,
      RATE_LIMIT_SUBMISSIONS: 5,
      FORM_TOKEN_MAX_AGE_HOURS: 0.5,
      PUBLIC_BASE_URL: 'https://survey.example.go.th',
    })
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DEMO', 'yes'],
    ['EXCLUDE_FLAGGED', 'no'],
    ['RATE_LIMIT_SUBMISSIONS', '0'],
    ['PUBLIC_BASE_URL', 'not a url'],
  ])('refuses %s=%j with a message naming the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid settings:[\\s\\S]*\\b${name}\\b`))
  })

  // `PORT=` (set but empty, common in Docker and systemd files) must not silently become port 0,
  // which means "any free port": either fall back to 3000 or refuse it, as an empty DEMO is refused.
  it.each([[''], ['  ']])('does not turn PORT=%j into port 0', (value) => {
    let port: number | undefined
    try {
      port = loadConfig({ PORT: value }).PORT
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/)
      return
    }
    expect(port).toBe(3000)
  })

  it('names every bad setting at once', () => {
    let message = ''
    try {
      loadConfig({ PORT: 'abc', DEMO: 'maybe' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/PORT/)
    expect(message).toMatch(/DEMO/)
  })

  it('takes no backups unless BACKUP_DIR is set, every 15 minutes keeping 8 by default, and refuses a bad interval', () => {
    expect(loadConfig({})).toMatchObject({ BACKUP_INTERVAL_MINUTES: 15, BACKUP_KEEP: 8 })
    expect(loadConfig({}).BACKUP_DIR).toBeUndefined()
    expect(loadConfig({ BACKUP_DIR: '' }).BACKUP_DIR).toBeUndefined()
    expect(loadConfig({ BACKUP_DIR: '/srv/survey-backups', BACKUP_INTERVAL_MINUTES: '10', BACKUP_KEEP: '3' })).toMatchObject({
      BACKUP_DIR: '/srv/survey-backups',
      BACKUP_INTERVAL_MINUTES: 10,
      BACKUP_KEEP: 3,
    })
    const refused: [string, string][] = [
      ['BACKUP_INTERVAL_MINUTES', '0'],
      ['BACKUP_INTERVAL_MINUTES', '7.5'],
      ['BACKUP_KEEP', '0'],
    ]
    for (const [name, value] of refused)
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid settings:[\\s\\S]*\\b${name}\\b`))
  })
})
