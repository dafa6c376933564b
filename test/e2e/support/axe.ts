/**
 * axe-core in the page: WCAG 2.0 and 2.1, levels A and AA. The app's Content-Security-Policy
 * refuses inline scripts, so the resident's browser context has `bypassCSP: true` and nothing
 * else changed; pages without JavaScript get it switched on only while axe runs.
 */
import axe from 'axe-core'
import type { CDPSession, Page } from 'playwright-core'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export type Violation = {
  id: string
  impact: string
  help: string
  helpUrl: string
  targets: { selector: string; summary: string }[]
}

export type Injection = 'script-tag' | 'devtools'

/**
 * Runs axe on the page as it is now. `script-tag` is the normal way (a context with bypassCSP);
 * `devtools` evaluates the source through the DevTools protocol, which page CSP does not govern,
 * for the one test that keeps the CSP enforced.
 */
export async function runAxe(page: Page, injection: Injection): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis)
  if (!loaded) {
    if (injection === 'script-tag') await page.addScriptTag({ content: axe.source })
    else await page.evaluate(axe.source)
  }
  return page.evaluate(async (tags) => {
    // Runs in the page (the project's tsconfig has no DOM types, hence the cast).
    const inPage = globalThis as unknown as { axe: typeof axe; document: axe.ElementContext }
    const results = await inPage.axe.run(inPage.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => ({
        selector: n.target.join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }))
  }, TAGS)
}

/**
 * For a context with JavaScript off: turns script execution on through our own DevTools session
 * while `run` goes, then off again. Emulation is per page, so the next page loads with it off.
 */
export async function withScriptsBriefly<T>(cdp: CDPSession, run: () => Promise<T>): Promise<T> {
  // The session starts with "not disabled": set it first, so that switching it off is a change.
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false })
  try {
    return await run()
  } finally {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  }
}

export function formatViolations(where: string, violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `axe ${v.id} (${v.impact}) on ${where}: ${v.help} <${v.helpUrl}>`,
        ...v.targets.map((t) => `    ${t.selector} — ${t.summary}`),
      ].join('\n'),
    )
    .join('\n')
}
