import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'
import { createRequire } from 'node:module'
import { projectPath } from '../project-files.js'
import { SARABUN_PATHS, SARABUN_WEIGHTS, sarabunFile } from '../posters/sarabun.js'

/** A font changes only with its npm package, and a stale copy still prints the same words: kept a year. */
const FONT_CACHE = 'public, max-age=31536000, immutable'
const STATIC_CACHE = 'public, max-age=3600'

/** serveStatic's own `onFound` runs once its response is made, too late for a header: it goes on the response. */
const cachedFor =
  (cacheControl: string, serve: MiddlewareHandler): MiddlewareHandler =>
  async (c, next) => {
    const res = await serve(c, next)
    if (res?.ok) res.headers.set('Cache-Control', cacheControl)
    return res
  }

/** `/static/*` from the repo's static/ folder; htmx and the poster font from their npm packages: never from a CDN. */
export function staticFiles() {
  const app = new Hono()
  const files = serveStatic({ root: projectPath('static'), rewriteRequestPath: (path) => path.replace(/^\/static/, '') })
  app.get('/static/htmx.min.js', (c, next) =>
    serveStatic({ path: createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js') })(c, next),
  )
  for (const weight of SARABUN_WEIGHTS)
    app.get(SARABUN_PATHS[weight], cachedFor(FONT_CACHE, serveStatic({ path: sarabunFile(weight) })))
  app.get('/static/*', cachedFor(STATIC_CACHE, files))
  return app
}
