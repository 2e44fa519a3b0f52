/**
 * The local cloud on one port of 127.0.0.1: the admin-API emulator (/admin and storage paths),
 * the function runner behind the H5 gateway (/api/fn/<name>), dev endpoints, and the H5 build.
 * Development and tests only: it trusts an `x-dev-openid` header as the caller's identity.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { COLLECTIONS } from '../src/core/collections'
import { CONTRACTS } from '../src/core/contracts'
import type { AccountDoc, OrgDoc } from '../src/core/org/org.docs'
import { ROLE_LABELS, type Role } from '../src/core/org/org.types'
import { fail } from '../src/core/result'
import { createEmulator, createMemoryStore, createSqliteStore, type Emulator } from './emulator'
import { createRunner, type Runner } from './runner'
import { loadSecrets } from './secrets'
import { handleStorageGateway } from './storage-gateway'
import { readTimerTriggers, startTimers, type TimerTrigger } from './timers'
import { seedDemoPhotos } from './seed/demo-photos'
import type { SeedData } from './seed/demo-county'
import type { DevIdentity } from '../src/core/dev-identity'

export type { SeedData } from './seed/demo-county'

export interface LocalCloudOptions {
  /** 0 picks a free port (tests). */
  port?: number
  /** Loopback only: the gateway trusts a header for identity. */
  host?: '127.0.0.1' | 'localhost'
  /** SQLite file and storage folder on disk; absent = in memory, gone on close. */
  dataDir?: string
  /** Loaded when the store is empty (first start, or every start in memory). */
  seed?: SeedData
  /** A built H5 app (dist/h5) served at `/` with index.html as the fallback. */
  h5Dir?: string
  /** Folder of built functions (`<name>/index.js` + config.json); default cloudfunctions/. */
  functionsDir?: string
  envId?: string
  /** Start one instance of each function at once, so the first call is warm; default true. */
  warm?: boolean
  /** Warm instances per function at most (default 4). */
  maxInstances?: number
  /** Environment variables of every function (secrets); default: loadSecrets(dataDir), see local-cloud/secrets.ts. */
  functionEnvironment?: Readonly<Record<string, string>>
  /**
   * Run the functions' timer triggers on their schedules (local-cloud/timers.ts): `true` for those
   * of each config.json, or the triggers to run instead (a test's every-second schedule). Default
   * off, so tests send timer events themselves.
   */
  timers?: boolean | readonly TimerTrigger[]
}

export type { DevIdentity }

export interface LocalCloud {
  /** e.g. http://127.0.0.1:10086 */
  url: string
  port: number
  emulator: Emulator
  runner: Runner
  /** The identities /api/dev/identities answers. */
  identities(): DevIdentity[]
  close(): Promise<void>
}

const REPO_ROOT = path.resolve(__dirname, '..')
const DEFAULT_FUNCTIONS_DIR = path.join(REPO_ROOT, 'cloudfunctions')
const MAX_EVENT_BYTES = 1024 * 1024
const DEV_OPENID = /^[A-Za-z0-9_-]{1,64}$/
const ROLE_ORDER: readonly Role[] = ['admin', 'organiser', 'secretary', 'member', 'villager']

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`)
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body))
}

function sendJsonText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

// The H5 dev server (another localhost port) calls the gateway and reads storage cross-origin; only loopback origins are allowed.
function allowLoopbackOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (origin && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('vary', 'origin')
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
    res.setHeader('access-control-allow-headers', 'content-type, x-dev-openid')
  }
}

async function readEvent(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    size += buffer.length
    if (size > MAX_EVENT_BYTES) throw new HttpProblem(413, fail('COMMON.BAD_REQUEST', `提交的内容太大（超过 ${MAX_EVENT_BYTES / 1024} KB），请减少后再试。`))
    chunks.push(buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpProblem(400, fail('COMMON.BAD_REQUEST', '请求内容不是合法的 JSON，请检查后再试。'))
  }
}

function functionList(runner: Runner): unknown {
  const built = new Set(runner.functions())
  return {
    functions: CONTRACTS.map((contract) => ({
      name: contract.name,
      summary: contract.summary,
      built: built.has(contract.name),
      actions: Object.entries(contract.actions).map(([name, spec]) => ({ name, summary: spec.summary, access: spec.access })),
    })),
  }
}

const NO_H5_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>争创五好 · 本地云</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.7">
<h1>本地云已启动</h1><p>还没有 H5 构建。请先运行 <code>npm run build:h5</code>，再刷新本页。</p>
<p>云函数列表：<a href="/api/fn">/api/fn</a>；演示身份：<a href="/api/dev/identities">/api/dev/identities</a>。</p></body></html>`

async function serveStatic(h5Dir: string | undefined, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('COMMON.BAD_REQUEST', `不支持 ${req.method ?? ''} ${pathname}。`))
  const root = h5Dir ? path.resolve(h5Dir) : null
  let file: string | null = null
  if (root) {
    const candidate = path.resolve(root, `.${decodeURIComponent(pathname)}`)
    // Nothing outside the H5 folder is served, whatever the path says.
    if (candidate === root || candidate.startsWith(root + path.sep)) {
      const found = await stat(candidate).catch(() => null)
      if (found?.isFile()) file = candidate
    }
    // Client-side routes (no file extension) get the app shell; a missing asset stays a 404.
    if (!file && path.extname(pathname) === '') {
      const index = path.join(root, 'index.html')
      if ((await stat(index).catch(() => null))?.isFile()) file = index
    }
  }
  if (!file) {
    if (path.extname(pathname) === '') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : NO_H5_PAGE)
      return
    }
    return sendJson(res, 404, fail('COMMON.BAD_REQUEST', `没有找到 ${pathname}。`))
  }
  const body = await readFile(file)
  const isShell = path.basename(file) === 'index.html'
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': isShell ? 'no-cache' : 'public, max-age=300',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Declares every collection; loads the seed into an empty store and answers true when it did. */
function seedIfEmpty(emulator: Emulator, seed: SeedData | undefined): boolean {
  const declared = new Set<string>(COLLECTIONS)
  for (const name of COLLECTIONS) emulator.db.declareCollection(name)
  if (!seed) return false
  const empty = emulator.db.listCollections().every((name) => emulator.db.count(name) === 0)
  if (!empty) return false
  const undeclared = Object.keys(seed.collections).filter((name) => !declared.has(name))
  if (undeclared.length > 0) throw new Error(`种子数据含有未声明的集合：${undeclared.join(', ')}。请先在 src/core/collections.ts 中声明。`)
  for (const [name, documents] of Object.entries(seed.collections)) if (documents.length > 0) emulator.db.insertMany(name, documents)
  return true
}

function listIdentities(emulator: Emulator, seed: SeedData | undefined): DevIdentity[] {
  const orgs = new Map(emulator.db.find<OrgDoc>('orgs').map((org) => [org._id, org.name]))
  const accounts = emulator.db.find<AccountDoc>('accounts', {}, { limit: 10_000 })
  const bound: DevIdentity[] = accounts.map((account) => ({
    openid: account._id,
    role: account.role,
    roleLabel: ROLE_LABELS[account.role],
    displayName: account.displayName,
    orgId: account.orgId,
    orgName: orgs.get(account.orgId) ?? null,
  }))
  const boundIds = new Set(bound.map((identity) => identity.openid))
  const villagers: DevIdentity[] = (seed?.villagers ?? [])
    .filter((villager) => !boundIds.has(villager.openid))
    .map((villager) => ({ openid: villager.openid, role: 'villager', roleLabel: ROLE_LABELS.villager, displayName: villager.displayName, orgId: null, orgName: null }))
  return [...bound, ...villagers].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
}

/**
 * Starts the local cloud. Refuses under NODE_ENV=production and on any non-loopback host.
 * In memory unless `dataDir` is given; seeds an empty store from `seed`.
 */
export async function createLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('本地云只用于开发和测试（它按请求头 x-dev-openid 认人），不能在 NODE_ENV=production 下启动。生产环境请部署到微信云开发。')
  }
  const host = options.host ?? '127.0.0.1'
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`本地云只能绑定本机地址 127.0.0.1，不能绑定 ${String(host)}。`)

  const envId = options.envId ?? 'local-dev'
  const temporaryStorage = options.dataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'local-cloud-storage-'))
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true })
  const store = options.dataDir ? createSqliteStore(path.join(options.dataDir, 'cloud.sqlite')) : createMemoryStore()
  const storageDir = options.dataDir ? path.join(options.dataDir, 'storage') : (temporaryStorage as string)

  let baseUrl = ''
  let runner: Runner | null = null
  const emulator = createEmulator({
    store,
    storageDir,
    envId,
    publicBaseUrl: () => baseUrl,
    // cloud.callFunction inside a function: same runner, the caller's identity carried over.
    invokeFunction: async (name, event, caller) => {
      if (!runner) throw new Error('函数运行器尚未启动')
      const outcome = await runner.run(name, event, { openid: caller.openid })
      if (outcome.status === 'returned') return outcome.value
      const reason = outcome.status === 'unknown-function' ? `没有名为 ${name} 的云函数` : outcome.status === 'timeout' ? `运行超过 ${outcome.timeoutSeconds} 秒被终止` : `执行失败：${outcome.error.message}`
      throw Object.assign(new Error(`云函数 ${name} ${reason}`), { code: 'FUNCTIONS_EXECUTE_FAIL' })
    },
  })
  if (seedIfEmpty(emulator, options.seed)) await seedDemoPhotos(emulator.db, emulator.storage)

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpProblem) return sendJson(res, error.status, error.body)
      console.error('[local-cloud] 处理请求出错', req.method, req.url, error)
      if (!res.headersSent) sendJson(res, 500, fail('COMMON.INTERNAL'))
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const pathname = url.pathname
    // Every path, not only the gateway: the H5 dev server's pages also draw storage images (poster QR codes) on a canvas.
    allowLoopbackOrigin(req, res)
    if (pathname.startsWith('/api/')) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204)
        res.end()
        return
      }
    }
    const functionRoute = /^\/api\/fn\/([^/]+)$/.exec(pathname)
    if (functionRoute) {
      if (req.method !== 'POST') return sendJson(res, 405, fail('COMMON.BAD_REQUEST', '调用云函数请用 POST，正文为事件 JSON。'))
      const name = decodeURIComponent(functionRoute[1])
      if (!runner?.has(name)) return sendJson(res, 404, fail('COMMON.UNKNOWN_FUNCTION', `没有名为“${name}”的云函数（或它还没有打包：npm run build:functions）。`))
      const header = req.headers['x-dev-openid']
      const openid = typeof header === 'string' && header !== '' ? header : undefined
      if (openid !== undefined && !DEV_OPENID.test(openid)) return sendJson(res, 400, fail('COMMON.BAD_REQUEST', '请求头 x-dev-openid 只能包含字母、数字、下划线和连字符，最长 64 个字符。'))
      const event = await readEvent(req)
      // The function's answer as its worker wrote it (runner.callJson): not parsed and stringified again here.
      return sendJsonText(res, 200, await runner.callJson(name, event, { openid }))
    }
    if (pathname.startsWith('/api/storage/')) {
      // H5 photos: the bytes go into the emulator's storage under the weapp fileID (local-cloud/storage-gateway.ts).
      const header = req.headers['x-dev-openid']
      const openid = typeof header === 'string' && header !== '' ? header : undefined
      if (openid !== undefined && !DEV_OPENID.test(openid)) return sendJson(res, 400, fail('COMMON.BAD_REQUEST', '请求头 x-dev-openid 只能包含字母、数字、下划线和连字符，最长 64 个字符。'))
      if (await handleStorageGateway(req, res, url, emulator.storage, openid)) return
    }
    if (pathname === '/api/fn' && req.method === 'GET') return sendJson(res, 200, functionList(runner as Runner))
    if (pathname === '/api/dev/identities' && req.method === 'GET') return sendJson(res, 200, listIdentities(emulator, options.seed))
    if (pathname === '/api/dev/media-verdict' && req.method === 'POST') {
      // Test hook for security.mediaCheckAsync (local-cloud/emulator/README.md): the verdict the next check of this file gets.
      const body = (await readEvent(req)) as { fileID?: unknown; suggest?: unknown; label?: unknown }
      if (typeof body.fileID !== 'string' || !emulator.storage.cloudPathOf(body.fileID) || !['pass', 'risky', 'review'].includes(String(body.suggest))) {
        return sendJson(res, 400, fail('COMMON.BAD_REQUEST', '请给出本环境的 fileID 和 suggest（pass、risky 或 review），label 可选。'))
      }
      emulator.mediaCheck.preset(body.fileID, { suggest: body.suggest as 'pass' | 'risky' | 'review', label: typeof body.label === 'number' ? body.label : body.suggest === 'pass' ? 100 : 20002 })
      return sendJson(res, 200, { ok: true, data: { fileID: body.fileID, suggest: body.suggest } })
    }
    if (pathname.startsWith('/api/')) return sendJson(res, 404, fail('COMMON.BAD_REQUEST', `没有这个接口：${req.method ?? ''} ${pathname}。`))
    if (await emulator.handle(req, res)) return
    await serveStatic(options.h5Dir, req, res, pathname)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  // Keep-alive connections from the SDK (one per worker) would otherwise hold close() open.
  server.keepAliveTimeout = 5_000
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`
  runner = createRunner({
    functionsDir: options.functionsDir ?? DEFAULT_FUNCTIONS_DIR,
    adminUrl: `${baseUrl}/admin`,
    envId,
    maxInstances: options.maxInstances,
    environment: options.functionEnvironment ?? loadSecrets(options.dataDir),
  })
  if (options.warm ?? true) runner.warm(runner.functions())
  const activeRunner = runner
  const triggers = options.timers === true ? readTimerTriggers(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR, activeRunner.functions()) : options.timers || []
  const timers = triggers.length > 0 ? startTimers(triggers, (name, event) => activeRunner.call(name, event)) : null

  let closing: Promise<void> | null = null
  return {
    url: baseUrl,
    port,
    emulator,
    runner: activeRunner,
    identities: () => listIdentities(emulator, options.seed),
    close() {
      closing ??= (async () => {
        // Before the runner goes: a photo check or a timer still waiting must not call into a closed runner.
        emulator.mediaCheck.stop()
        timers?.stop()
        await activeRunner.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await emulator.close()
        if (temporaryStorage) rmSync(temporaryStorage, { recursive: true, force: true })
      })()
      return closing
    },
  }
}
