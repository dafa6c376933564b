import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { createRequire } from 'node:module'
import { projectPath } from '../project-files.js'

/** `/static/*` from the repo's static/ folder, and htmx from its npm package: never from a CDN. */
export function staticFiles() {
  const app = new Hono()
  const cache = serveStatic({
    root: projectPath('static'),
    rewriteRequestPath: (path) => path.replace(/^\/static/, ''),
    onFound: (_path, c) => {
      c.header('Cache-Control', 'public, max-age=3600')
    },
  })
  app.get('/static/htmx.min.js', (c, next) =>
    serveStatic({ path: createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js') })(c, next),
  )
  app.get('/static/*', cache)
  return app
}
