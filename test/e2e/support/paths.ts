import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Git-ignored (test-results/ is in .gitignore); emptied at the start of every run. */
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results/screenshots')

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const MISSING_CHROMIUM =
  `Chromium was not found at ${CHROMIUM_PATH}. The browser tests use Debian's Chromium and never download one: ` +
  'install it with `apt-get install chromium fonts-thai-tlwg fonts-noto-color-emoji` (as root), then run `npm run test:e2e` again.'
