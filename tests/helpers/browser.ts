import fs from 'fs'

import { chromium, type Browser, type BrowserContext } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Debian's Chromium, headless; Playwright's own browser download is not available here. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  })
}

/**
 * The office's intranet has no way out: every request of `target` (a context or a page) not
 * from `origin` (nor data:/blob:) is refused and its URL pushed onto `outside`, for the test to
 * assert empty.
 */
export async function closeNetwork(target: Pick<BrowserContext, 'route'>, origin: string, outside: string[]): Promise<void> {
  await target.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    outside.push(url)
    return route.abort()
  })
}
