/**
 * Actions that take more than a second say they are working: each such form's submit button
 * carries `data-working` (static/staff.js swaps its words and disables it; without JavaScript it
 * is a plain button), and slow downloads carry a note. No inline script or handler does it: the
 * Content-Security-Policy allows none.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { parseHtml, textOf, type El } from '../html.js'
import { arrangeWorld, copyOf, send, type AccountName, type World } from './matrix/world.js'

let world: World
let app: ReturnType<typeof copyOf>['app']
beforeAll(async () => {
  world = await arrangeWorld()
  app = copyOf(world).app
})

const get = (account: AccountName, path: string) => send(app, 'GET', path, world.agents[account])

function* walk(el: El): Generator<El> {
  yield el
  for (const child of el.children) if (typeof child !== 'string') yield* walk(child)
}

/** Each POST form's action → its submit buttons' words and `data-working`. */
function submitButtons(html: string): Map<string, { label: string; working: string | undefined }[]> {
  const forms = new Map<string, { label: string; working: string | undefined }[]>()
  for (const form of walk(parseHtml(html))) {
    if (form.tag !== 'form' || form.attrs.method !== 'post') continue
    const buttons = [...walk(form)].filter((el) => el.tag === 'button' && el.attrs.type === 'submit')
    forms.set(
      form.attrs.action!,
      buttons.map((b) => ({ label: textOf(b).trim(), working: b.attrs['data-working'] })),
    )
  }
  return forms
}

const WORKING = 'กำลังดำเนินการ…'

describe('forms that take more than a second', () => {
  // prettier-ignore
  const cases: [string, AccountName, () => string, () => string][] = [
    ['bulk onboarding',            'DLA',         () => '/staff/onboarding',                                     () => '/staff/onboarding'],
    ['re-issuing letters in bulk', 'province 81', () => '/staff/onboarding',                                     () => '/staff/onboarding/reissue'],
    ['a registry upload',          'DLA',         () => '/staff/registry',                                       () => '/staff/registry'],
    ['importing the registry',     'DLA',         () => `/staff/registry/uploads/${world.registryUploadId}`,    () => `/staff/registry/uploads/${world.registryUploadId}/import`],
    ['a service-point CSV',        'LGU 4810102', () => '/staff/service-points/upload',                          () => '/staff/service-points/upload'],
    ['confirming the CSV',         'LGU 4810102', () => `/staff/service-points/uploads/${world.pointUploadIds['LGU 4810102']}`, () => `/staff/service-points/uploads/${world.pointUploadIds['LGU 4810102']}/confirm`],
    ['a poster bundle',            'DLA',         () => '/staff/posters/bundle',                                 () => '/staff/posters/bundle'],
    ['an annual report',           'province 81', () => '/staff/reports/annual',                                 () => '/staff/reports/annual'],
  ]

  it.each(cases)('%s says it is working once sent', async (_, account, page, action) => {
    const res = await get(account, page())
    expect(res.status).toBe(200)
    const buttons = submitButtons(await res.text()).get(action())
    expect(buttons, `no form posting to ${action()} on ${page()}`).toHaveLength(1)
    expect(buttons![0]!.working).toBe(WORKING)
    expect(buttons![0]!.label).not.toBe(WORKING)
  })

  it('says it in English on English pages', async () => {
    const buttons = submitButtons(await (await get('DLA', '/staff/posters/bundle?lang=en')).text())
    expect(buttons.get('/staff/posters/bundle')).toEqual([{ label: 'Make the file', working: 'Working…' }])
  })

  it('needs no inline script: the policy allows none, and the page has none', async () => {
    const res = await get('DLA', '/staff/onboarding')
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self'/)
    expect(policy).not.toContain('unsafe-inline')
    const elements = [...walk(parseHtml(await res.text()))]
    expect(elements.filter((el) => el.tag === 'script' && !el.attrs.src)).toEqual([])
    expect(elements.flatMap((el) => Object.keys(el.attrs).filter((name) => name.startsWith('on')))).toEqual([])
    const script = await (await app.request('/static/staff.js')).text()
    expect(script).toContain("'button[data-working]'")
    expect(script).toContain("addEventListener('pageshow'")
  })
})

describe('slow downloads', () => {
  const notes = async (account: AccountName, scope: string) => {
    const html = await (await get(account, `/staff/exports?round=${world.roundId}&scope=${scope}`)).text()
    return Object.fromEntries(
      [...walk(parseHtml(html))]
        .filter((el) => el.tag === 'li' && el.attrs['data-format'])
        .map((li) => [li.attrs['data-format'], [...walk(li)].find((el) => 'data-slow' in el.attrs)?.children.join('')]),
    )
  }

  it('note beside the national exports and every raw export that they may take a minute', async () => {
    const slow = '(อาจใช้เวลาประมาณหนึ่งนาที)'
    expect(await notes('DLA', 'national')).toEqual({
      xlsx: slow,
      csv: slow,
      'csv-machines': slow,
      json: slow,
      'raw-people': slow,
      'raw-machines': slow,
    })
    // One province's results are quick; its raw answers still are every answer.
    expect(await notes('province 81', 'province:81')).toEqual({
      xlsx: undefined,
      csv: undefined,
      'csv-machines': undefined,
      json: undefined,
      'raw-people': slow,
      'raw-machines': slow,
    })
  })
})
