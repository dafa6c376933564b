/**
 * "How to use this page" on every staff page: each role walks every page it can reach by links from its
 * home page, and each page's help link must open a guide that has the section it names.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { StaffRole } from '../../../src/domain/staff-roles.js'
import type { StaffAgent } from '../../helpers/staff.js'
import { readPage, type El } from '../html.js'
import { demoApp } from './demo-app.js'

let world: Awaited<ReturnType<typeof demoApp>>
beforeAll(async () => {
  world = await demoApp()
})

const HELP = /<a href="([^"]*)" rel="help"/
const helpLinkOf = (body: string) => HELP.exec(body)?.[1]?.replace(/&amp;/g, '&')

const linksIn = (el: El): string[] =>
  el.children.flatMap((child) =>
    typeof child === 'string' ? [] : [...(child.tag === 'a' && child.attrs.href ? [child.attrs.href] : []), ...linksIn(child)],
  )

/** Pages, not files: downloads, QR images and the sign-out form are not walked. */
const isPage = (href: string) =>
  href.startsWith('/staff/') && !/\.(pdf|csv|png|svg|xlsx|json|zip)(\?|$)/.test(href) && !/\/file(\?|$)/.test(href)

async function walk(agent: StaffAgent, start: string, limit = 80) {
  const queue = [start]
  const seen = new Set<string>()
  const pages: { path: string; help: string | undefined }[] = []
  while (queue.length > 0 && pages.length < limit) {
    const href = queue.shift()!
    const path = href.split(/[?#]/)[0]!
    if (seen.has(path)) continue
    seen.add(path)
    const res = await agent.get(href)
    const location = res.headers.get('location')
    if (res.status === 303 && location && isPage(location)) queue.push(location)
    if (res.status !== 200 || !res.headers.get('content-type')?.includes('text/html')) continue
    const body = await res.text()
    if (!body.includes('staff-header')) continue
    pages.push({ path, help: helpLinkOf(body) })
    for (const link of linksIn(readPage(body).root)) if (isPage(link)) queue.push(link)
  }
  return pages
}

const homes: Record<StaffRole, RegExp> = {
  lgu: /^\/staff\/organisations\/\d+$/,
  province: /^\/staff\/provinces\/81$/,
  dla: /^\/staff\/national$/,
}

describe('“How to use this page”', () => {
  it('points the LGU officer’s home page to its section, and other roles’ pages to theirs', async () => {
    const home = await world.staff.lgu.get('/staff')
    const lguHome = home.headers.get('location')!
    expect(lguHome).toMatch(homes.lgu)
    const page = readPage(await (await world.staff.lgu.get(lguHome)).text())
    expect(page.getByRole('link', { name: 'วิธีใช้หน้านี้' }).attrs.href).toBe('/staff/guide/lgu#lgu-collection')

    const expectations: [StaffRole, string, string][] = [
      ['dla', '/staff/rounds', '/staff/guide/dla#dla-open-round'],
      ['dla', '/staff/exports', '/staff/guide/dla#dla-export'],
      ['province', '/staff/exports', '/staff/guide/province#province-export'],
      ['province', '/staff/onboarding', '/staff/guide/province#province-letters'],
      ['lgu', '/staff/password', '/staff/guide/lgu#lgu-account'],
      ['dla', `${lguHome}/results`, '/staff/guide/lgu#lgu-results'],
    ]
    for (const [role, path, help] of expectations) {
      const res = await world.staff[role].get(path)
      expect(res.status, `${role} ${path}`).toBe(200)
      expect(helpLinkOf(await res.text()), `${role} ${path}`).toBe(help)
    }
    const en = readPage(await (await world.staff.dla.get('/staff/audit?lang=en')).text())
    expect(en.getByRole('link', { name: 'How to use this page' }).attrs.href).toBe('/staff/guide/dla#dla-audit')
  })

  for (const role of ['lgu', 'province', 'dla'] as const) {
    it(`on every page a ${role} officer reaches, opens an existing section of a guide`, async () => {
      const pages = await walk(world.staff[role], '/staff')
      expect(pages.length).toBeGreaterThan(role === 'lgu' ? 8 : 12)
      const guides = new Map<string, string>()
      for (const { path, help } of pages) {
        expect(help, `${path} has a help link`).toBeDefined()
        const [guide = '', section] = help!.split('#')
        if (path.startsWith('/staff/guide')) continue
        expect(section, `${path} leads to a section of its own, not just the guide’s index`).toBeTruthy()
        if (!guides.has(guide)) {
          const res = await world.staff[role].get(guide)
          expect(res.status, `${path} → ${guide}`).toBe(200)
          guides.set(guide, await res.text())
        }
        expect(guides.get(guide), `${path} → ${help}`).toContain(`<section class="guide__section" id="${section}"`)
      }
    })
  }
})
