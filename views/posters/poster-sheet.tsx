import { raw } from 'hono/html'
import type { PosterContent } from '../../src/posters/poster-content.js'
import type { PosterSize } from '../../src/posters/poster-pdf.js'

export type PosterSheetProps = {
  posters: { content: PosterContent; qrSvg: string }[]
  size: PosterSize
  title: string
  /** Links shown on screen only, never printed. */
  toolbar: {
    pdfHref: string
    otherSizeHref: string
    otherSizeLabel: string
    backHref: string
    printLabel: string
    pdfLabel: string
    backLabel: string
  }
}

function Poster({ content: p, qrSvg }: PosterSheetProps['posters'][number]) {
  return (
    <article class="poster">
      <header class="poster__band">
        <p class="poster__org">{p.organisation.th}</p>
        <p class="poster__point">จุดให้บริการ: {p.servicePoint.th}</p>
      </header>
      <h1 class="poster__headline">{p.headline.th}</h1>
      <p class="poster__en" lang="en">
        {p.headline.en}
      </p>
      <div class="poster__qr" role="img" aria-label={`QR code: ${p.url}`}>
        {raw(qrSvg)}
      </div>
      <p class="poster__small">
        {p.codeLabel.th} / <span lang="en">{p.codeLabel.en}</span>
      </p>
      <p class="poster__url">{p.shortUrl}</p>
      <p class="poster__code">
        รหัสจุดให้บริการ / <span lang="en">Code</span>: {p.code}
      </p>
      <ol class="poster__steps">
        {p.steps.map((s) => (
          <li>
            <strong>{s.th}</strong>
            <span lang="en">{s.en}</span>
          </li>
        ))}
      </ol>
      <footer class="poster__privacy">
        <p>{p.privacy.th}</p>
        <p lang="en">{p.privacy.en}</p>
      </footer>
    </article>
  )
}

/** Print-ready posters: `@page` sets the paper, so no browser header or margin settings are needed. */
export function PosterSheet({ posters, size, title, toolbar }: PosterSheetProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="th">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          <link rel="stylesheet" href="/static/poster.css" />
          <link rel="stylesheet" href={`/static/poster-${size}.css`} />
          <script src="/static/poster.js" defer />
        </head>
        <body>
          <nav class="toolbar" aria-label="Poster">
            <a href={toolbar.backHref}>{toolbar.backLabel}</a>
            <button type="button" data-print hidden>
              {toolbar.printLabel}
            </button>
            <a href={toolbar.pdfHref}>{toolbar.pdfLabel}</a>
            <a href={toolbar.otherSizeHref}>{toolbar.otherSizeLabel}</a>
          </nav>
          <main>
            {posters.map((p) => (
              <Poster {...p} />
            ))}
          </main>
        </body>
      </html>
    </>
  )
}
