import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { formatSizes, weappSizes } from '../../scripts/weapp-size'
import { assertWeappBuilt, WEAPP_ROOT } from '../support/weapp-paths'

/** Our own budget for the main package (WeChat allows 2 MB): tab pages load first on cheap phones. */
const MAIN_BUDGET_BYTES = 600 * 1024
const WECHAT_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024

describe('weapp package sizes', () => {
  it('counts every file, LICENSE files included, toward the package whose root holds it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'weapp-size-'))
    try {
      const put = (file: string, bytes: number) => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        writeFileSync(path.join(dir, file), 'x'.repeat(bytes))
      }
      writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/member' }, { root: '/packages/secretary/' }] }))
      const appJsonBytes = JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/member' }, { root: '/packages/secretary/' }] }).length
      put('app.js', 1000)
      put('app.js.LICENSE.txt', 10)
      put('pages/home/index.js', 200)
      put('packages/member/index/index.js', 300)
      put('packages/member2/index/index.js', 7)
      put('packages/secretary/index/index.wxml', 40)

      const sizes = weappSizes(dir)
      expect(sizes.main.bytes).toBe(appJsonBytes + 1000 + 10 + 200 + 7)
      expect(sizes.subpackages).toEqual([
        { root: 'packages/member', bytes: 300, files: 1 },
        { root: 'packages/secretary', bytes: 40, files: 1 },
      ])
      expect(sizes.totalBytes).toBe(sizes.main.bytes + 340)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it(`keeps the built main package within ${MAIN_BUDGET_BYTES / 1024} KB and every package under 2 MB`, () => {
    assertWeappBuilt()
    const sizes = weappSizes(WEAPP_ROOT)
    process.stdout.write(`\nweapp sizes (dist/weapp):\n${formatSizes(sizes)}\n`)
    expect(sizes.main.bytes).toBeLessThanOrEqual(MAIN_BUDGET_BYTES)
    for (const p of sizes.subpackages) expect(p.bytes).toBeLessThanOrEqual(WECHAT_PACKAGE_LIMIT_BYTES)
  })
})
