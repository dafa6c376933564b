import type { Context } from 'hono'
import type { Config } from '../config.js'

/** The address residents and tablets reach: PUBLIC_BASE_URL when set, else this request's origin; never a trailing slash. */
export function publicBaseUrl(config: Pick<Config, 'PUBLIC_BASE_URL'>, c: Context): string {
  return (config.PUBLIC_BASE_URL ?? new URL(c.req.url).origin).replace(/\/+$/, '')
}

/** Cookies are Secure whenever the site is served over HTTPS. */
export const servedOverHttps = (config: Pick<Config, 'PUBLIC_BASE_URL'>) =>
  config.PUBLIC_BASE_URL?.startsWith('https://') ?? false
