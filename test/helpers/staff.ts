/**
 * Signing staff in for tests, through the real sign-in form, and sending
 * their requests with the session cookie and CSRF token.
 */
import type { Hono } from 'hono'
import { createAccount, type NewAccount } from '../../src/accounts/create-account.js'
import type { Db } from '../../src/db/client.js'

export const TEST_PASSWORD = 'correct horse battery'

/** scrypt at 1/32 of the real work: tests make hundreds of accounts and sign in to each; the scheme is the same. */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 }

type AnyApp = Pick<Hono, 'request'>

export type StaffAgent = {
  cookie: string
  csrf: string
  get(path: string): Promise<Response>
  /** A form POST with the CSRF token added (unless `csrf: false`). */
  post(
    path: string,
    fields?: Record<string, string | string[]>,
    options?: { csrf?: boolean; headers?: Record<string, string> },
  ): Promise<Response>
}

export async function createStaff(db: Db, account: Omit<NewAccount, 'password' | 'displayName'> & { displayName?: string }) {
  const result = await createAccount(db, { displayName: account.username, ...account, password: TEST_PASSWORD }, new Date(), {
    passwordCost: TEST_PASSWORD_COST,
  })
  if (!result.ok) throw new Error(`createStaff: ${JSON.stringify(result.errors)}`)
  return result.user
}

export function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
  return body
}

/** Signs in through POST /staff/sign-in and reads the CSRF token from a page. */
export async function signIn(app: AnyApp, username: string, password = TEST_PASSWORD): Promise<StaffAgent> {
  const res = await app.request('/staff/sign-in', { method: 'POST', body: formBody({ username, password }) })
  if (res.status !== 303) throw new Error(`sign-in as ${username} failed: ${res.status}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const page = await (await app.request('/staff/password', { headers: { cookie } })).text()
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1]
  if (!csrf) throw new Error('no CSRF token on /staff/password')
  return {
    cookie,
    csrf,
    get: async (path) => app.request(path, { headers: { cookie } }),
    post: async (path, fields = {}, options = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { cookie, ...options.headers },
        body: formBody(options.csrf === false ? fields : { _csrf: csrf, ...fields }),
      }),
  }
}
