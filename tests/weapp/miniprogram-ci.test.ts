import { execFile } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { assertWeappBuilt, WEAPP_ROOT } from '../support/weapp-paths'

const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')

/** Runs scripts/check-weapp.ts in its own process (miniprogram-ci keeps a child alive; the script exits explicitly). */
function checkWeapp(dir: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, 'scripts/check-weapp.ts', dir], { cwd: ROOT, timeout: 170_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, out: `${stdout}\n${stderr}` })
    })
  })
}

describe('weapp build under WeChat’s own compiler (miniprogram-ci, offline)', () => {
  beforeAll(() => assertWeappBuilt())

  it('compiles with every minify flag on and every package under 2 MB', async () => {
    const { code, out } = await checkWeapp(WEAPP_ROOT)
    expect(out).toContain('✓ weapp build passes')
    expect(code).toBe(0)
  }, 180_000)

  it('fails, naming the problem, when a page’s WXML is broken', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'weapp-broken-'))
    try {
      cpSync(WEAPP_ROOT, broken, { recursive: true })
      appendFileSync(path.join(broken, 'pages/me/index.wxml'), '\n<view class="x"><text>未闭合</view>\n')
      const { code, out } = await checkWeapp(broken)
      expect(code).toBe(1)
      expect(out).toMatch(/pages\/me\/index\.wxml/)
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  }, 180_000)
})
