/**
 * Debian's Chromium, driven by playwright-core, as a phone: 375×667 at 2× with touch.
 * Playwright's own browser download does not work here, so the system binary is used.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps dialling hosts this closed network refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

export interface PhoneBrowser {
  browser: Browser
  /** A fresh phone-sized context; `openid` presets the h5 dev identity before any page script runs. */
  newPhone(options?: { openid?: string; fontScale?: number }): Promise<{ context: BrowserContext; page: Page }>
  close(): Promise<void>
}

export async function launchPhoneBrowser(): Promise<PhoneBrowser> {
  // Playwright gives each launch a fresh, temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
  return {
    browser,
    async newPhone(options = {}) {
      // A phone in the county: Chinese, and on China time whatever the machine running the test is on.
      const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      if (options.openid) {
        await context.addInitScript((openid: string) => window.localStorage.setItem('zcwh.dev-openid', openid), options.openid)
      }
      const page = await context.newPage()
      return { context, page }
    },
    async close() {
      await browser.close()
    },
  }
}
