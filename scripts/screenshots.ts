/**
 * `npm run screenshots`: phone-size screenshots of the H5 build on the local cloud, for the README
 * and for looking at screens as a person would. Needs `npm run build` first.
 */
import path from 'node:path'
import { launchPhoneBrowser } from '../tests/support/browser'
import { startTestCloud } from '../tests/support/local-cloud'

const ROOT = path.resolve(__dirname, '..')
const OUT = path.join(ROOT, 'docs/screenshots')

interface Shot {
  file: string
  openid: string
  route: string
  /** Text that shows the page has its data. */
  waitFor: string
  fullPage?: boolean
}

const SHOTS: readonly Shot[] = [
  { file: 'home-village-secretary.png', openid: 'demo-secretary-taohua', route: '/#/pages/home/index', waitFor: '有一个群众满意的好形象' },
  { file: 'home-villager.png', openid: 'demo-villager-1', route: '/#/pages/home/index', waitFor: '群众' },
  { file: 'me-member.png', openid: 'demo-member-taohua', route: '/#/pages/me/index', waitFor: '桃花村党支部' },
]

async function main(): Promise<void> {
  const cloud = await startTestCloud({ h5Dir: path.join(ROOT, 'dist/h5') })
  const phones = await launchPhoneBrowser()
  try {
    for (const shot of SHOTS) {
      const { page, context } = await phones.newPhone({ openid: shot.openid })
      await page.goto(cloud.url + shot.route)
      await page.getByText(shot.waitFor).first().waitFor({ timeout: 15_000 })
      await page.waitForTimeout(300)
      await page.screenshot({ path: path.join(OUT, shot.file), fullPage: shot.fullPage ?? false })
      console.log(`docs/screenshots/${shot.file}`)
      await context.close()
    }
  } finally {
    await phones.close()
    await cloud.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
