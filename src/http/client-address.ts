import type { Context } from 'hono'

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } }

/**
 * The client's address, used only to key in-memory rate limits (hashed, never
 * stored). Behind a reverse proxy, set TRUST_PROXY so the proxy's
 * X-Forwarded-For is used instead of the proxy's own address.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  return addressOf(c.req.header('x-forwarded-for'), remoteAddressOf(c), trustProxy)
}

/** The socket's peer address, when Hono runs on @hono/node-server (not under `app.request()`). */
export const remoteAddressOf = (c: Context): string | undefined =>
  (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress

/** The same from the raw values: the X-Forwarded-For header and the socket's address. */
export function addressOf(forwardedFor: string | undefined, remoteAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; anything to its left the client could have written.
    const forwarded = forwardedFor?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return remoteAddress ?? 'unknown'
}
