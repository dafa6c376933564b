/**
 * P9: onboarding the whole country by activation letter, as a DLA officer does it: the form
 * posted for every province, which makes an LGU officer account and a one-time activation code
 * for each organisation without one, until the batch page is on screen. P9b: one province's
 * letters PDF from its batch page, the province with the most organisations, onboarded on its
 * own on a fresh copy of the dataset (a national batch holds every letter of the country): a
 * download, or for a batch over LETTERS_PDF_DIRECT_MAX its background job, from the press to the file.
 */
import Database from 'better-sqlite3'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { csrfOf, download, postForm, signIn, startApp, untilJobEnds, type Measure } from './bench-app.js'
import type { Dataset } from './dataset.js'
import { timeGet } from './load.js'

type Counts = { officers: number; awaiting: number; points: number }

function counts(path: string): Counts {
  const db = new Database(path, { readonly: true })
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number
    return {
      officers: count("select count(*) from users where role = 'lgu'"),
      awaiting: count(
        "select count(*) from users where role = 'lgu' and awaiting_activation = 1 and activation_code_hash is not null",
      ),
      points: count('select count(*) from service_points'),
    }
  } finally {
    db.close()
  }
}

function largestProvince(path: string): { code: string; organisations: number } {
  const db = new Database(path, { readonly: true })
  try {
    return db
      .prepare(
        'select province_code as code, count(*) as organisations from organisations group by province_code order by organisations desc, code limit 1',
      )
      .get() as { code: string; organisations: number }
  } finally {
    db.close()
  }
}

/** Onboards LGU officers with these form fields; how long the post and the batch page took, and the batch page's address. */
async function onboardLgus(data: Dataset, fields: Record<string, string>) {
  const app = await startApp(data)
  try {
    const staff = await signIn(app)
    const csrf = await csrfOf(app, staff, '/staff/onboarding')
    const started = performance.now()
    const res = await postForm(app, staff, '/staff/onboarding', csrf, { target: 'lgu', ...fields })
    const batch = res.headers.get('location')
    const page = batch ? await fetch(`${app.url}${batch}`, { headers: staff }) : undefined
    const html = page ? await page.text() : ''
    const ms = performance.now() - started
    const status = `${res.status}${page ? ` → ${page.status}` : ''}`
    const pdf = /href="(\/staff\/onboarding\/letters\.pdf\?batch=[^"]+)"/.exec(html)?.[1]
    return { app, staff, ms, status, pdf, html }
  } catch (error) {
    await app.stop()
    throw error
  }
}

type Onboarded = Awaited<ReturnType<typeof onboardLgus>>

/** The batch page's PDF: its link, timed as downloads are, or its job (one per batch), from the press to the whole file. */
async function lettersPdf(one: Onboarded) {
  if (one.pdf) {
    const got = await timeGet(`${one.app.url}${one.pdf}`, one.staff, 3, 1)
    return { ms: got.ms.median, status: String(got.status), bytes: got.bytes, via: 'download' }
  }
  const batch = /name="batch" value="([^"]+)"/.exec(one.html)?.[1]
  const csrf = /name="_csrf" value="([^"]+)"/.exec(one.html)?.[1]
  if (!batch || !csrf) return undefined
  const started = performance.now()
  const res = await postForm(one.app, one.staff, '/staff/onboarding/letters/job', csrf, { batch })
  const job = res.headers.get('location')
  const status = job ? await untilJobEnds(one.app, one.staff, job) : `not started (${res.status})`
  const file = status === 'done' ? await fetch(`${one.app.url}${job}/file`, { headers: one.staff }) : undefined
  const bytes = file ? (await download(file)).bytes : 0
  return { ms: performance.now() - started, status: file ? String(file.status) : status, bytes, via: 'background job' }
}

export async function measureOnboarding({ data, dir }: { data: Dataset; dir: string }): Promise<Measure[]> {
  // The dataset's only account is bench-dla; a copy for the one province is taken before any onboarding.
  const copy = { ...data, path: join(dir, 'onboarding-province.db') }
  const checkpoint = new Database(data.path)
  checkpoint.pragma('wal_checkpoint(TRUNCATE)')
  checkpoint.close()
  copyFileSync(data.path, copy.path)
  try {
    const before = counts(data.path)
    const national = await onboardLgus(data, { scope: 'all' })
    await national.app.stop()
    const after = counts(data.path)
    const created = after.officers - before.officers
    const rows: Measure[] = [
      {
        id: 'P9',
        name: 'Onboarding every organisation in one action (LGU accounts + activation codes)',
        value:
          `${(national.ms / 1000).toFixed(1)} s (${national.status}): ${created.toLocaleString('en')} accounts, ` +
          `${(after.awaiting - before.awaiting).toLocaleString('en')} awaiting activation with a code, ` +
          `${(after.points - before.points).toLocaleString('en')} default points` +
          (before.officers > 0 ? `; the dataset held ${before.officers} LGU accounts before` : ''),
        ceiling: '',
        ratio: null,
        target: '≤ 60 s',
        met: before.officers === 0 && created > 0 && national.ms <= 60_000,
      },
    ]

    const province = largestProvince(copy.path)
    const one = await onboardLgus(copy, { scope: 'chosen', provinces: province.code })
    const letters = counts(copy.path).officers
    const pdf = await lettersPdf(one).finally(one.app.stop)
    rows.push({
      id: 'P9b',
      name: `Letters PDF of the largest province (${province.code}, ${province.organisations} organisations) from its batch page`,
      value: pdf
        ? `${(pdf.ms / 1000).toFixed(2)} s (${pdf.via}, status ${pdf.status}, ${letters} letters, ${(pdf.bytes / 1024).toFixed(0)} KB); onboarding it ${(one.ms / 1000).toFixed(1)} s`
        : `no PDF link or job form on the batch page (${one.status})`,
      ceiling: '',
      ratio: null,
      target: '≤ 5 s',
      met: pdf !== undefined && pdf.status === '200' && pdf.ms <= 5000,
    })
    return rows
  } finally {
    rmSync(copy.path, { force: true })
    rmSync(`${copy.path}-wal`, { force: true })
    rmSync(`${copy.path}-shm`, { force: true })
  }
}
