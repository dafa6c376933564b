import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { alertSettingsOf } from '../../src/alerts/alert-monitor.js'

describe('alert settings', () => {
  it('have defaults, and no webhook unless a URL is set', () => {
    const config = loadConfig({})
    expect(alertSettingsOf(config)).toEqual({
      lowShare: { percent: 20, minAnswers: 20, days: 14, answers: undefined },
      silence: { historyDays: 28, minHistoryAnswers: 20, expectedAnswers: 8 },
    })
    expect(config.ALERT_WEBHOOK_URL).toBeUndefined()
    expect(config.ALERT_EVALUATE_MINUTES).toBe(15)
  })

  it('read the environment, an empty variable counting as unset', () => {
    const config = loadConfig({ ALERT_LOW_SHARE_ANSWERS: '50', ALERT_LOW_SHARE_PERCENT: '12.5', ALERT_WEBHOOK_URL: '' })
    expect(alertSettingsOf(config).lowShare).toMatchObject({ answers: 50, percent: 12.5 })
    expect(config.ALERT_WEBHOOK_URL).toBeUndefined()
  })

  it.each([
    ['ALERT_WEBHOOK_URL', 'ftp://chat.example/hook'],
    ['ALERT_LOW_SHARE_PERCENT', '120'],
    ['ALERT_WEBHOOK_ATTEMPTS', '0'],
    ['ALERT_EVALUATE_MINUTES', 'often'],
  ])('refuse %s=%s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name)
  })
})
