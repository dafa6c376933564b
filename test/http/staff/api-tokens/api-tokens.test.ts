/**
 * Issuing and revoking API tokens on the staff pages: DLA officers only, the
 * token shown once on the page after issuing and stored only as a hash, every
 * change in the audit log as a change to the user's account.
 */
import { describe, expect, it } from 'vitest'
import { hashApiToken } from '../../../../src/db/queries/api-tokens.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { readPage } from '../../html.js'

const TOKEN = /lgusat_[A-Za-z0-9_-]{43}/

async function arrange() {
  const s = arrangeSurvey()
  const dla = await createStaff(s.db, { username: 'tokens-dla', role: 'dla' })
  const province = await createStaff(s.db, { username: 'tokens-province', role: 'province', provinceCode: '81' })
  const lgu = await createStaff(s.db, { username: 'tokens-lgu', role: 'lgu', dlaCode: '4810102' })
  return { ...s, users: { dla, province, lgu }, agent: await signIn(s.app, 'tokens-dla') }
}

const auditOf = (s: Awaited<ReturnType<typeof arrange>>) =>
  (
    s.db.$client
      .prepare(
        "select action, actor_username as actor, target_type as targetType, target_id as targetId, province_code as provinceCode, detail from audit_log where detail like '%apiToken%' order by id",
      )
      .all() as { detail: string }[]
  ).map((r) => ({ ...r, detail: JSON.parse(r.detail) }))

describe('issuing a token', () => {
  it('shows the token once on the next page, stores only its hash, and the token works on the API', async () => {
    const s = await arrange()
    const res = await s.agent.post('/staff/api-tokens/new', { username: 'tokens-province', name: 'แดชบอร์ดจังหวัด' })
    expect(res.status).toBe(303)
    const next = res.headers.get('location')!
    expect(next).toMatch(/^\/staff\/api-tokens\/issued\?/)

    const first = await (await s.agent.get(next)).text()
    const token = TOKEN.exec(first)?.[0]
    expect(token, 'the token on the page after issuing').toBeDefined()
    expect(readPage(first).text(readPage(first).getByRole('heading', { level: 1 }))).toBe('ออกโทเคนแล้ว')

    const again = await s.agent.get(next)
    expect(again.status).toBe(200)
    const second = await again.text()
    expect(second).not.toMatch(TOKEN)
    expect(second).toContain('แสดงได้เพียงครั้งเดียว')
    expect(await (await s.agent.get('/staff/api-tokens')).text()).not.toMatch(TOKEN)

    // Only the SHA-256 is kept: the token is nowhere in the database file, the audit log included.
    const stored = s.db.$client.prepare('select user_id as userId, name, token_hash as hash from api_tokens').all()
    expect(stored).toEqual([{ userId: s.users.province.id, name: 'แดชบอร์ดจังหวัด', hash: hashApiToken(token!) }])
    expect(s.db.$client.serialize().includes(Buffer.from(token!))).toBe(false)

    const api = await s.app.request('/api/v1/organisations', { headers: { authorization: `Bearer ${token}` } })
    expect(api.status).toBe(200)
    expect(((await api.json()) as { organisations: { dlaCode: string }[] }).organisations.map((o) => o.dlaCode)).toEqual([
      '4810102',
    ])

    expect(auditOf(s)).toEqual([
      {
        action: 'user_updated',
        actor: 'tokens-dla',
        targetType: 'user',
        targetId: String(s.users.province.id),
        provinceCode: '81',
        detail: { apiToken: 'created', name: 'แดชบอร์ดจังหวัด' },
      },
    ])
  })

  it('does not show the token to another session holding the link', async () => {
    const s = await arrange()
    await createStaff(s.db, { username: 'tokens-dla-2', role: 'dla' })
    const other = await signIn(s.app, 'tokens-dla-2')
    const res = await s.agent.post('/staff/api-tokens/new', { username: 'tokens-lgu', name: 'nightly sync' })
    const page = await (await other.get(res.headers.get('location')!)).text()
    expect(page).not.toMatch(TOKEN)
  })

  it('re-shows the form with every problem when a field is missing or the user does not exist', async () => {
    const s = await arrange()
    const empty = await s.agent.post('/staff/api-tokens/new', { username: '', name: '' })
    expect(empty.status).toBe(422)
    const page = readPage(await empty.text())
    const alert = page.text(page.getByRole('alert'))
    expect(alert).toContain('กรุณากรอกชื่อผู้ใช้ที่จะได้รับโทเคน')
    expect(alert).toContain('กรุณากรอกชื่อโทเคน')

    const unknown = await s.agent.post('/staff/api-tokens/new', { username: 'nobody', name: 'x' })
    expect(unknown.status).toBe(422)
    const html = await unknown.text()
    expect(html).toContain('ไม่พบบัญชีผู้ใช้ที่ใช้งานอยู่ชื่อนี้')
    expect(html).toContain('value="x"')
    expect(s.db.$client.prepare('select count(*) as n from api_tokens').get()).toEqual({ n: 0 })
  })

  it('refuses a form without the CSRF token', async () => {
    const s = await arrange()
    const res = await s.agent.post('/staff/api-tokens/new', { username: 'tokens-lgu', name: 'x' }, { csrf: false })
    expect(res.status).toBe(403)
    expect(s.db.$client.prepare('select count(*) as n from api_tokens').get()).toEqual({ n: 0 })
  })
})

describe('the token list and revoking', () => {
  it('lists tokens with user, issue time, last use and status; revoking stops the token at once', async () => {
    const s = await arrange()
    const issued = await s.agent.post('/staff/api-tokens/new', { username: 'tokens-lgu', name: 'nightly sync' })
    const token = TOKEN.exec(await (await s.agent.get(issued.headers.get('location')!)).text())![0]
    await s.app.request('/api/v1/rounds', { headers: { authorization: `Bearer ${token}` } })

    const list = await (await s.agent.get('/staff/api-tokens')).text()
    expect(list).toContain('nightly sync')
    expect(list).toContain('tokens-lgu')
    expect(list).not.toContain('ยังไม่เคยใช้') // it has been used
    expect(list).toContain('ใช้งานได้')

    const id = (s.db.$client.prepare('select id from api_tokens').get() as { id: number }).id
    const revoke = await s.agent.post(`/staff/api-tokens/${id}/revoke`)
    expect(revoke.status).toBe(303)
    expect(revoke.headers.get('location')).toBe(`/staff/api-tokens?revoked=${id}`)
    const after = await (await s.agent.get(revoke.headers.get('location')!)).text()
    expect(after).toContain('ยกเลิกโทเคน “nightly sync” แล้ว')
    expect(after).toContain('ยกเลิกแล้ว')

    const api = await s.app.request('/api/v1/rounds', { headers: { authorization: `Bearer ${token}` } })
    expect(api.status).toBe(401)
    expect(auditOf(s).map((e) => e.detail)).toEqual([
      { apiToken: 'created', name: 'nightly sync' },
      { apiToken: 'revoked', name: 'nightly sync' },
    ])
    // Revoking again changes nothing and records nothing.
    expect((await s.agent.post(`/staff/api-tokens/${id}/revoke`)).status).toBe(303)
    expect(auditOf(s)).toHaveLength(2)
    expect((await s.agent.post('/staff/api-tokens/999/revoke')).status).toBe(404)
  })

  it('shows the menu link to DLA officers', async () => {
    const s = await arrange()
    expect(await (await s.agent.get('/staff/api-tokens')).text()).toContain('href="/staff/api-tokens" aria-current="page"')
  })
})

describe('officers other than DLA', () => {
  it.each(['tokens-province', 'tokens-lgu'])('%s gets 404 on every token page, and no menu link', async (username) => {
    const s = await arrange()
    const dlaIssued = await s.agent.post('/staff/api-tokens/new', { username: 'tokens-lgu', name: 'x' })
    const id = (s.db.$client.prepare('select id from api_tokens').get() as { id: number }).id
    const agent = await signIn(s.app, username)
    for (const path of ['/staff/api-tokens', '/staff/api-tokens/new', dlaIssued.headers.get('location')!])
      expect((await agent.get(path)).status, path).toBe(404)
    expect((await agent.post('/staff/api-tokens/new', { username, name: 'mine' })).status).toBe(404)
    expect((await agent.post(`/staff/api-tokens/${id}/revoke`)).status).toBe(404)
    expect(s.db.$client.prepare('select count(*) as n, max(revoked_at) as revoked from api_tokens').get()).toEqual({
      n: 1,
      revoked: null,
    })
    expect(await (await agent.get('/staff/password')).text()).not.toContain('/staff/api-tokens')
  })
})
