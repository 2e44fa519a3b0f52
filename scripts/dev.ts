/**
 * `npm run dev`: daily work on one local cloud.
 *  - the cloud functions are rebundled when their sources, src/core or src/cloud change (the runner
 *    retires warm instances whose bundle changed, so the next call runs the new code);
 *  - the weapp build is rebuilt on change into dist/weapp for WeChat DevTools;
 *  - the H5 app is served with reload by Taro's dev server on DEV_PORT (default 10087), which
 *    forwards /api to the local cloud on PORT (default 10086).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { watch } from 'node:fs'
import path from 'node:path'
import { buildFunctions } from './build-functions'

const ROOT = path.resolve(__dirname, '..')
const cloudPort = process.env.PORT ?? '10086'
const devPort = process.env.DEV_PORT ?? '10087'
const children: ChildProcess[] = []

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const prefix = (chunk: Buffer): string =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${label}] ${line}`)
      .join('\n') + '\n'
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${label}] 已退出（${code ?? 'signal'}），npm run dev 随之停止。`)
      stop(code ?? 1)
    }
  })
  children.push(child)
}

let stopping = false
function stop(code: number): void {
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

/** Rebundles the functions at most once per burst of saves. */
function watchFunctions(): void {
  let timer: NodeJS.Timeout | undefined
  const rebuild = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const started = Date.now()
      buildFunctions().then(
        (built) => console.log(`[functions] 已重新打包 ${built.length} 个云函数（${Date.now() - started} ms）`),
        (error: unknown) => console.error(`[functions] ${error instanceof Error ? error.message : String(error)}`),
      )
    }, 150)
  }
  for (const dir of ['cloudfunctions', 'src/core', 'src/cloud']) {
    watch(path.join(ROOT, dir), { recursive: true }, (_event, file) => {
      if (file && !String(file).endsWith('index.js') && !String(file).endsWith('.map')) rebuild()
    })
  }
}

async function main(): Promise<void> {
  const built = await buildFunctions()
  console.log(`[functions] 已打包 ${built.length} 个云函数`)
  watchFunctions()
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx')
  const taro = path.join(ROOT, 'node_modules/.bin/taro')
  run('cloud', tsx, ['local-cloud/start.ts'], { PORT: cloudPort })
  run('weapp', taro, ['build', '--type', 'weapp', '--watch'], { NODE_ENV: 'development' })
  run('h5', taro, ['build', '--type', 'h5', '--watch'], { NODE_ENV: 'development', DEV_PORT: devPort, PORT: cloudPort })
  console.log(`\n开发模式：H5（热更新）http://127.0.0.1:${devPort}/  ·  本地云 http://127.0.0.1:${cloudPort}/  ·  微信开发者工具打开仓库根目录（dist/weapp）\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  stop(1)
})
