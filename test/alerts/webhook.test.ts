/**
 * The outgoing webhook against a real local receiver (node:http on an ephemeral port):
 * retries with growing waits, gives up after the allowed attempts with a log line, never
 * throws, and the evaluation does not wait for it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAlertWebhook } from '../../src/alerts/webhook.js'
import { DEFAULT_NOW, HOUR } from '../helpers/survey-fixture.js'
import { arrangeAlerts } from '../http/staff/alerts/arrange.js'

type Received = { at: number; body: string; contentType: string | undefined }

const servers: ReturnType<typeof createServer>[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

/** A receiver answering each request with the next status of `statuses` (the last one repeats). */
async function receiver(statuses: number[]) {
  const received: Received[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      received.push({ at: Date.now(), body, contentType: req.headers['content-type'] })
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]!
      res.end()
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received }
}

describe('alert webhook', () => {
  it('retries a receiver that fails twice, waiting longer each time, and delivers the third time', async () => {
    const { url, received } = await receiver([500, 503, 204])
    const log = vi.fn()
    const hook = createAlertWebhook({ url, attempts: 5, firstDelayMs: 40, log })
    hook.send({ alert: { id: 1 } })
    await hook.idle()
    expect(received.map((r) => r.body)).toEqual(Array(3).fill('{"alert":{"id":1}}'))
    expect(received[0]!.contentType).toBe('application/json; charset=utf-8')
    // Waits of 40 ms, then 80 ms.
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(35)
    expect(received[2]!.at - received[1]!.at).toBeGreaterThanOrEqual(75)
    expect(log).not.toHaveBeenCalled()
  })

  it('gives up after the allowed attempts and logs it, without throwing', async () => {
    const { url, received } = await receiver([500])
    const log = vi.fn()
    const hook = createAlertWebhook({ url, attempts: 3, firstDelayMs: 5, log })
    expect(() => hook.send({ alert: { id: 2 } })).not.toThrow()
    await hook.idle()
    expect(received).toHaveLength(3)
    expect(log.mock.calls).toEqual([['alert webhook: not delivered after 3 attempts (HTTP 500)']])
  })

  it('logs a receiver that cannot be reached', async () => {
    const { url } = await receiver([200])
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
    const log = vi.fn()
    const hook = createAlertWebhook({ url, attempts: 2, firstDelayMs: 5, log })
    hook.send({ alert: { id: 3 } })
    await hook.idle()
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]![0]).toMatch(/^alert webhook: not delivered after 2 attempts \(/)
  })

  it('is sent for each newly opened alert, with the point, the organisation, the rule, the figure and a link', async () => {
    const { url, received } = await receiver([200])
    const s = await arrangeAlerts({ ALERT_WEBHOOK_URL: url, PUBLIC_BASE_URL: 'https://survey.example.go.th' })
    for (const value of ['1', '1', '2', '5', '5', '5', '5', '5', '5', '5']) s.respond(s.points.main, DEFAULT_NOW - HOUR, value)
    const [opened] = s.app.alerts.evaluate().opened
    // The evaluation returned before the receiver had anything.
    expect(received).toHaveLength(0)
    await s.app.alerts.idle()
    expect(received).toHaveLength(1)
    expect(JSON.parse(received[0]!.body)).toEqual({
      alert: {
        id: opened,
        rule: 'low_share',
        status: 'open',
        openedAt: new Date(DEFAULT_NOW).toISOString(),
        figure: 30,
        basis: 10,
      },
      rule: 'low_share',
      figure: 30,
      servicePoint: { code: 'KRB1001', nameTh: 'กองคลัง – งานจัดเก็บภาษี', nameEn: 'Finance Division – Local Taxes' },
      organisation: { dlaCode: '4810102', name: 'เทศบาลเมืองกระบี่', nameEn: 'Town Municipality กระบี่', provinceCode: '81' },
      summary: {
        th: 'ความพึงพอใจโดยรวมต่ำ: ร้อยละ 30.0 ของคำตอบความพึงพอใจโดยรวม 10 คำตอบ อยู่ในสองระดับต่ำสุด (แจ้งเตือนเมื่อเกินร้อยละ 20)',
        en: 'Low overall satisfaction: 30.0 % of 10 overall-satisfaction answers are at the two lowest levels (alert above 20 %)',
      },
      link: `https://survey.example.go.th/staff/alerts/${opened}`,
    })
    // A live alert is not sent again.
    s.app.alerts.evaluate()
    await s.app.alerts.idle()
    expect(received).toHaveLength(1)
  })
})
