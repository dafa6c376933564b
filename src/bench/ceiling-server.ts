/**
 * The two ceilings the benchmark compares against, as the issue defines them:
 * a bare Hono app returning a 2 KB static page, and a bare Hono POST that
 * parses a form and inserts one row with a prepared statement into SQLite
 * (WAL, synchronous=NORMAL). Started as its own process by run.ts.
 */
import { serve } from '@hono/node-server'
import Database from 'better-sqlite3'
import { Hono } from 'hono'

const page =
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ceiling</title></head><body>${'<p>ร่วมประเมินความพึงพอใจการให้บริการ</p>'.repeat(20)}</body></html>`.slice(
    0,
    2048,
  )
const db = new Database(process.env.CEILING_DB ?? ':memory:')
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.exec('create table if not exists rows (id integer primary key, token text, answer text, at integer)')
const insert = db.prepare('insert into rows (token, answer, at) values (?, ?, ?)')

const app = new Hono()
app.get('/healthz', (c) => c.text('ok'))
app.get('/static-page', (c) => c.html(page))
app.post('/insert', async (c) => {
  const form = await c.req.parseBody()
  insert.run(String(form._token ?? ''), String(form.overall ?? ''), Date.now())
  return c.redirect('/thanks', 303)
})
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })
