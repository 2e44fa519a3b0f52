/**
 * Offline compile check of the built mini-program with WeChat's own miniprogram-ci: every minify
 * flag on (so WXML/WXSS/JS syntax errors surface), no network. Fails on any compile error or any
 * package over WeChat's 2 MB limit, which miniprogram-ci only enforces on upload.
 *
 *   npx tsx scripts/check-weapp.ts [dist/weapp]
 */
import path from 'node:path'
import { existsSync, readFileSync } from 'node:fs'
import { formatSizes, sizePackages, subpackageRoots } from './weapp-size'

// Set before miniprogram-ci loads: its few remaining requests then fail at once instead of hanging.
process.env.HTTPS_PROXY = 'http://127.0.0.1:9'
process.env.HTTP_PROXY = 'http://127.0.0.1:9'

const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024

/** The project attributes getCompiledResult would fetch from WeChat; given here so it stays offline. */
const OFFLINE_ATTR = {
  setting: {
    MaxCodeSize: 2,
    MaxSubpackageSubCodeSize: 2,
    MaxSubpackageFullCodeSize: 20,
    NavigateMiniprogramLimit: 10,
    MinTabbarCount: 2,
    MaxTabbarCount: 5,
    MaxTabbarIconSize: 40,
  },
  platform: false,
  appType: 0,
  gameApp: false,
  isSandbox: false,
  released: false,
}

interface MiniprogramCi {
  Project: new (options: Record<string, unknown>) => unknown
  getCompiledResult: (options: Record<string, unknown>, savePath?: string) => Promise<Record<string, string | Buffer>>
}

async function check(projectPath: string): Promise<string[]> {
  if (!existsSync(path.join(projectPath, 'app.json'))) return [`${projectPath} has no app.json: build the weapp first (npx taro build --type weapp).`]
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the proxy variables above are set.
  const ci = require('miniprogram-ci') as MiniprogramCi
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath,
    // Offline compilation never checks the key; upload would.
    privateKey: 'offline-check-only',
    ignores: ['node_modules/**/*'],
    attr: async () => OFFLINE_ATTR,
  })
  const problems: string[] = []
  const started = Date.now()
  let compiled: Record<string, string | Buffer>
  try {
    compiled = await ci.getCompiledResult({
      project,
      version: '0.0.0',
      setting: { es6: true, minify: true, minifyJS: true, minifyWXML: true, minifyWXSS: true, autoPrefixWXSS: true },
      onProgressUpdate: (task: unknown) => {
        if (typeof task === 'object' && task !== null && (task as { status?: string }).status === 'fail') problems.push(String((task as { message?: string }).message))
      },
    })
  } catch (error) {
    // Its errors carry the file (`path`) and a code beside the message.
    const { message, path: file, code } = error as { message?: string; path?: string; code?: unknown }
    return [...problems, `miniprogram-ci refused the build${file ? ` at ${file}` : ''}: ${message ?? String(error)}${code ? ` (code ${String(code)})` : ''}`]
  }
  const roots = subpackageRoots(readFileSync(path.join(projectPath, 'app.json'), 'utf8'))
  const files = Object.entries(compiled).map(([file, content]) => [file.replace(/^\/+/, ''), Buffer.byteLength(content)] as const)
  const sizes = sizePackages(files, roots)
  process.stdout.write(`miniprogram-ci compiled ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s\n${formatSizes(sizes)}\n`)
  for (const p of [sizes.main, ...sizes.subpackages]) {
    if (p.bytes > PACKAGE_LIMIT_BYTES) problems.push(`${p.root || 'main package'} is ${(p.bytes / 1024).toFixed(1)} KB compiled, over WeChat's 2 MB limit`)
  }
  return problems
}

check(path.resolve(process.argv[2] ?? 'dist/weapp')).then(
  (problems) => {
    for (const problem of problems) process.stderr.write(`✗ ${problem}\n`)
    if (problems.length === 0) process.stdout.write('✓ weapp build passes the offline miniprogram-ci compile check\n')
    // miniprogram-ci leaves a child process running: end explicitly.
    process.exit(problems.length === 0 ? 0 : 1)
  },
  (error: unknown) => {
    process.stderr.write(`✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
