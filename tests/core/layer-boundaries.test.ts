import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

// The lint config is what keeps the layers apart; prove it refuses what ARCHITECTURE.md forbids.
// ESLint loads its flat config by dynamic import, which jest's VM cannot do, so it runs in a child process.
const lintInChild = `
  const { ESLint } = require('eslint')
  const { code, filePath } = JSON.parse(process.argv[1])
  new ESLint().lintText(code, { filePath }).then(([r]) => console.log(JSON.stringify(r.messages.map((m) => m.ruleId ?? m.message))))
`

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const out = execFileSync(process.execPath, ['-e', lintInChild, JSON.stringify({ code, filePath })], { cwd: join(__dirname, '../..'), encoding: 'utf8' })
  return JSON.parse(out) as string[]
}

describe('layer boundaries', () => {
  it('refuses Taro, the server SDK and I/O in src/core', async () => {
    expect(await ruleIdsFor("import Taro from '@tarojs/taro'\nexport const x = Taro\n", 'src/core/example.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import cloud from 'wx-server-sdk'\nexport const x = cloud\n", 'src/core/example.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", 'src/core/example.ts')).toContain('no-restricted-imports')
  })

  it('refuses direct cloud calls from pages', async () => {
    const page = 'src/pages/home/index.tsx'
    expect(await ruleIdsFor("import Taro from '@tarojs/taro'\nexport const x = () => Taro.cloud.callFunction({ name: 'org' })\n", page)).toContain('no-restricted-properties')
    expect(await ruleIdsFor("export const x = () => fetch('/api/fn/org')\n", page)).toContain('no-restricted-globals')
    expect(await ruleIdsFor("import { createHandler } from '../../cloud/handler'\nexport const x = createHandler\n", page)).toContain('no-restricted-imports')
  })

  it('lets pages import core and services', async () => {
    const code = "import { orgContract } from '../../core/contracts'\nimport { callCloud } from '../../services/cloud'\nexport const x = [orgContract, callCloud]\n"
    expect(await ruleIdsFor(code, 'src/pages/home/index.tsx')).toEqual([])
  })
})
