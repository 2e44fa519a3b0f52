/**
 * What every e2e file starts from: the built H5 app served by a local cloud (demo county unless
 * told otherwise) and Debian's Chromium ready to open phones on it.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { SeedData } from '../../local-cloud/seed/demo-county'
import { launchPhoneBrowser, type PhoneBrowser } from './browser'
import { startTestCloud, type TestCloud } from './local-cloud'

// E2E_H5_DIR: a copy of a finished build, so a rebuild by someone else cannot empty dist/h5 under a running test.
const H5_DIR = process.env.E2E_H5_DIR ?? path.resolve(__dirname, '../../dist/h5')

export interface PhoneCloud {
  cloud: TestCloud
  phones: PhoneBrowser
}

export async function startPhoneCloud(options: { seed?: SeedData } = {}): Promise<PhoneCloud> {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test builds it first).')
  const cloud = await startTestCloud({ h5Dir: H5_DIR, ...options })
  const phones = await launchPhoneBrowser()
  return { cloud, phones }
}

/** Closes what startPhoneCloud opened, even when it failed half way. */
export async function stopPhoneCloud(started: Partial<PhoneCloud>): Promise<void> {
  await started.phones?.close()
  await started.cloud?.close()
}
