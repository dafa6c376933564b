/**
 * 4. Nothing doubled: a resident who taps "send" twice, on a quick or a slow connection, with or
 * without JavaScript, has one response stored. Counted in the server's SQLite file itself.
 */
import type { Page, Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { countResponses } from './support/database.js'
import { usePhones, type Phone } from './support/phone.js'
import { TH, answerAll, expectHeading, submitButton } from './support/survey.js'

const phones = usePhones()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A slow mobile connection, through DevTools: 1.5 s of latency each way, ~400 kbit/s down. */
async function throttle(phone: Phone) {
  const cdp = await phone.context.newCDPSession(phone.page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 1500,
    downloadThroughput: 50_000,
    uploadThroughput: 20_000,
  })
}

/** Every survey POST the browser sends, and when each has finished (answered or given up). */
function watchPosts(page: Page) {
  const sent: Request[] = []
  const settled = new Set<Request>()
  page.on('request', (r) => r.method() === 'POST' && sent.push(r))
  page.on('requestfinished', (r) => settled.add(r))
  page.on('requestfailed', (r) => settled.add(r))
  return {
    sent,
    async allSettled() {
      const deadline = Date.now() + 30_000
      while (sent.some((r) => !settled.has(r))) {
        if (Date.now() > deadline) throw new Error('a POST never finished')
        await sleep(50)
      }
    },
  }
}

/** Two taps on the send button, `gapMs` apart, with a finger (touch events), as on a phone. */
async function doubleTap(page: Page, gapMs: number) {
  const button = submitButton(page)
  await button.scrollIntoViewIfNeeded()
  const box = await button.boundingBox()
  if (!box) throw new Error('the send button is not on screen')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.touchscreen.tap(x, y)
  await sleep(gapMs)
  await page.touchscreen.tap(x, y)
}

/** The stored count reaches `expected` and stays there (a late duplicate would show up). */
async function expectStoredCount(expected: number) {
  await sleep(500)
  for (let i = 0; i < 5; i++) {
    expect(countResponses(), 'responses stored in SQLite').toBe(expected)
    await sleep(100)
  }
}

describe('4. a double tap on "send" stores one response', () => {
  it.each([
    { name: 'js-on-quick', point: 'CNX1001', javaScript: true, slow: false, gapMs: 60 },
    { name: 'js-off-quick', point: 'CNX1002', javaScript: false, slow: false, gapMs: 60 },
    { name: 'js-on-slow', point: 'CNX2001', javaScript: true, slow: true, gapMs: 400 },
    { name: 'js-off-slow', point: 'KRB3001', javaScript: false, slow: true, gapMs: 400 },
  ])('$name: two taps $gapMs ms apart at $point', async ({ name, point, javaScript, slow, gapMs }) => {
    const phone = await phones.open(`4-double-tap-${name}`, { javaScript })
    const { page } = phone
    if (slow) await throttle(phone)

    await phone.goto(`/s/${point}`)
    await expectHeading(page, TH.surveyHeading)
    await answerAll(page)
    await phone.look('answered')

    const before = countResponses()
    const posts = watchPosts(page)
    const thanks = page.waitForEvent('load')
    await doubleTap(page, gapMs)
    await thanks
    await expectHeading(page, TH.thanksHeading)
    expect(new URL(page.url()).pathname).toBe(`/s/${point}/thanks`)
    await phone.look('thank-you')
    await posts.allSettled()

    if (javaScript) expect(posts.sent.length, 'the disabled button sends once').toBe(1)
    // Without JavaScript, on a slow line the first POST is still waiting when the second tap
    // comes, so the browser sends both: the server must see the same submission twice.
    if (!javaScript && slow) expect(posts.sent.length, 'both taps reached the network').toBe(2)
    await expectStoredCount(before + 1)
    console.info(`${name}: the browser sent ${posts.sent.length} POST(s); 1 response stored`)
    await phone.done()
  })
})
