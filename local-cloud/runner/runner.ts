/**
 * The local function runner: each function instance is a worker thread with its own process.env,
 * so WX_OPENID set for one call is never seen by another (one process.env switched per request
 * gave the wrong OPENID in 20 of 40 concurrent calls; see notes/local-cloud-facts.md).
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { fail, type Result } from '../../src/core/result'

/** Who is calling, as the platform would inject it. */
export interface CallIdentity {
  openid?: string
  appid?: string
  unionid?: string
}

/** What happened to one call, before it is turned into a Result. */
export type RunOutcome =
  /** `cold`: the call waited for a new instance to start (about 0.6 s to load the SDK). */
  /** `json`: the answer as the function's worker serialised it; `value` is parsed from it on first read. */
  | { status: 'returned'; value: unknown; json: string; durationMs: number; cold: boolean }
  | { status: 'threw'; error: { name: string; message: string; stack?: string }; durationMs: number; cold: boolean }
  | { status: 'timeout'; timeoutSeconds: number; durationMs: number; cold: boolean }
  | { status: 'crashed'; error: { name: string; message: string; stack?: string }; durationMs: number; cold: boolean }
  | { status: 'unknown-function'; durationMs: 0; cold: false }

export interface RunnerOptions {
  /** Folder holding `<name>/index.js` and `<name>/config.json` (cloudfunctions/ or a test build). */
  functionsDir: string
  /** The emulator's admin URL, e.g. http://127.0.0.1:10086/admin; becomes TCB_CONTEXT_CNFG. */
  adminUrl: string
  envId?: string
  appId?: string
  /** Warm instances per function at most; further calls queue. */
  maxInstances?: number
  /** An idle instance is stopped after this long. */
  idleMillis?: number
  /** Used when config.json has no `timeout` (the cloud's default is 3 s). */
  defaultTimeoutSeconds?: number
  /** Environment variables every function gets, as set in the cloud console (e.g. SURVEY_ANSWER_KEY). */
  environment?: Readonly<Record<string, string>>
}

export interface RunnerStats {
  /** Instances per function: running a call, and idle (warm). */
  instances: Record<string, { busy: number; idle: number; queued: number }>
  started: number
  timedOut: number
  crashed: number
}

/** Runs cloud functions in worker threads; see createRunner. */
export interface Runner {
  /** Runs one call and reports exactly what happened. */
  run(name: string, event: unknown, identity?: CallIdentity): Promise<RunOutcome>
  /** Runs one call and answers a Result, as the gateway does: a throw, crash or timeout becomes a Fail. */
  call(name: string, event: unknown, identity?: CallIdentity): Promise<Result<unknown>>
  /** The same as call, as JSON text: an answer that returned is passed on as the worker wrote it, never parsed and stringified again. */
  callJson(name: string, event: unknown, identity?: CallIdentity): Promise<string>
  /** Starts one instance of each named function ahead of its first call, if none is running. */
  warm(names: readonly string[]): void
  /** Whether `<functionsDir>/<name>/index.js` exists. */
  has(name: string): boolean
  /** Names of the built functions. */
  functions(): string[]
  stats(): RunnerStats
  /** Stops every instance; pending calls answer crashed. */
  close(): Promise<void>
}

interface Instance {
  worker: Worker
  version: number
  calls: number
  /** Started by warm(), so its first call did not wait for a start. */
  prewarmed: boolean
  /** The bundle is loaded; until then a dispatched call waits without its clock running. */
  ready: boolean
  startTimer: NodeJS.Timeout | null
  idleTimer: NodeJS.Timeout | null
  current: PendingCall | null
}

interface PendingCall {
  id: string
  event: unknown
  identity: CallIdentity
  enqueuedAt: number
  resolve(outcome: RunOutcome): void
}

interface Pool {
  name: string
  dir: string
  version: number
  timeoutSeconds: number
  idle: Instance[]
  busy: Set<Instance>
  queue: PendingCall[]
}

type WorkerReply = { id: string; status: 'returned'; json: string } | { id: string; status: 'threw'; error: { name: string; message: string; stack?: string } }

const WORKER_SCRIPT = path.join(__dirname, 'worker.cjs')
/** The admin URL's query parameter that tells the emulator which user a function acts for (emulator CALLER_OPENID_PARAM). */
export const CALLER_OPENID_PARAM = 'local_openid'
/** How long an instance may take to load its bundle (the SDK alone takes ~0.6 s; more on a busy machine). */
const START_TIMEOUT_SECONDS = 30
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

function readTimeoutSeconds(dir: string, fallback: number): number {
  try {
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as { timeout?: unknown }
    return typeof config.timeout === 'number' && config.timeout > 0 ? config.timeout : fallback
  } catch {
    return fallback
  }
}

/** A returned outcome whose value is parsed from the worker's JSON only when someone reads it (the gateway passes the text on). */
function returned(json: string, durationMs: number, cold: boolean): RunOutcome {
  let parsed: { value: unknown } | null = null
  return {
    status: 'returned',
    json,
    get value(): unknown {
      parsed ??= { value: JSON.parse(json) as unknown }
      return parsed.value
    },
    durationMs,
    cold,
  }
}

/**
 * Creates a runner. Instances start on demand (cold), are reused (warm), grow to `maxInstances`
 * per function under concurrency, then calls queue. A call longer than the function's
 * config.json `timeout` terminates its instance and answers a timeout.
 */
export function createRunner(options: RunnerOptions): Runner {
  const functionsDir = path.resolve(options.functionsDir)
  const envId = options.envId ?? 'local-dev'
  const appId = options.appId ?? 'wx0000000000local'
  const maxInstances = options.maxInstances ?? 4
  const idleMillis = options.idleMillis ?? 5 * 60_000
  const defaultTimeoutSeconds = options.defaultTimeoutSeconds ?? 3
  const pools = new Map<string, Pool>()
  const counters = { started: 0, timedOut: 0, crashed: 0 }
  let closed = false

  // The SDK appends "env=..&seqId=.." straight after a URL that already has "?", hence the trailing "&".
  function adminUrlFor(openid: string | undefined): string {
    return openid ? `${options.adminUrl}?${CALLER_OPENID_PARAM}=${encodeURIComponent(openid)}&` : options.adminUrl
  }

  // The environment the cloud platform would inject, pointing the unmodified SDK at the local /admin.
  function baseEnvironment(name: string): Record<string, string> {
    return {
      ...options.environment,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrlFor(undefined) }),
      TENCENTCLOUD_RUNENV: 'SCF',
      SCF_NAMESPACE: envId,
      TCB_ENV: envId,
      SCF_FUNCTIONNAME: name,
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'local-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-secret-key',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    }
  }

  function bundleVersion(dir: string): number | null {
    try {
      return statSync(path.join(dir, 'index.js')).mtimeMs
    } catch {
      return null
    }
  }

  function poolFor(name: string): Pool | null {
    if (!FUNCTION_NAME.test(name)) return null
    const dir = path.join(functionsDir, name)
    const version = bundleVersion(dir)
    if (version === null) return null
    let pool = pools.get(name)
    if (!pool) {
      pool = { name, dir, version, timeoutSeconds: readTimeoutSeconds(dir, defaultTimeoutSeconds), idle: [], busy: new Set(), queue: [] }
      pools.set(name, pool)
    } else if (pool.version !== version) {
      // Rebuilt since the instances started (npm run dev): retire the warm ones, pick up the new config.
      pool.version = version
      pool.timeoutSeconds = readTimeoutSeconds(dir, defaultTimeoutSeconds)
      for (const instance of pool.idle.splice(0)) stop(instance)
    }
    return pool
  }

  function stop(instance: Instance): void {
    if (instance.idleTimer) clearTimeout(instance.idleTimer)
    if (instance.startTimer) clearTimeout(instance.startTimer)
    instance.worker.removeAllListeners()
    // A worker that is already gone rejects terminate(); nothing is left to stop.
    instance.worker.terminate().catch(() => undefined)
  }

  function spawn(pool: Pool): Instance {
    counters.started += 1
    const worker = new Worker(WORKER_SCRIPT, {
      env: baseEnvironment(pool.name),
      workerData: { name: pool.name, functionDir: pool.dir },
      // Not the parent's flags: under tsx they would load a TypeScript loader the bundle does not need.
      execArgv: [],
    })
    const instance: Instance = { worker, version: pool.version, calls: 0, prewarmed: false, ready: false, startTimer: null, idleTimer: null, current: null }
    // A start that never finishes (a bundle stuck at load) must not hold its calls forever.
    instance.startTimer = setTimeout(() => crash({ name: 'StartTimeout', message: `实例 ${START_TIMEOUT_SECONDS} 秒内没有启动完成` }), START_TIMEOUT_SECONDS * 1000)
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) {
        instance.ready = true
        if (instance.startTimer) clearTimeout(instance.startTimer)
        if (instance.current) startCallClock(pool, instance, instance.current)
        return
      }
      const call = instance.current
      if (!call || reply.id !== call.id) return
      clearCallTimer(call.id)
      const durationMs = Date.now() - call.enqueuedAt
      const cold = instance.calls === 1 && !instance.prewarmed
      call.resolve(reply.status === 'returned' ? returned(reply.json, durationMs, cold) : { status: 'threw', error: reply.error, durationMs, cold })
      release(pool, instance)
    })
    const crash = (error: { name: string; message: string; stack?: string }): void => {
      pool.busy.delete(instance)
      pool.idle = pool.idle.filter((other) => other !== instance)
      const call = instance.current
      instance.current = null
      stop(instance)
      if (call) {
        counters.crashed += 1
        clearCallTimer(call.id)
        console.error(`[runner] 云函数 ${pool.name} 的实例异常退出：${error.message}`)
        call.resolve({ status: 'crashed', error, durationMs: Date.now() - call.enqueuedAt, cold: instance.calls === 1 })
      }
      pump(pool)
    }
    worker.on('error', (error: Error) => crash({ name: error.name, message: error.message, stack: error.stack }))
    worker.on('exit', (code) => crash({ name: 'Exit', message: `实例以退出码 ${code} 结束` }))
    return instance
  }

  const callTimers = new Map<string, NodeJS.Timeout>()
  function clearCallTimer(id: string): void {
    const timer = callTimers.get(id)
    if (timer) clearTimeout(timer)
    callTimers.delete(id)
  }

  function startCallClock(pool: Pool, instance: Instance, call: PendingCall): void {
    const timeoutSeconds = pool.timeoutSeconds
    callTimers.set(
      call.id,
      setTimeout(() => {
        callTimers.delete(call.id)
        counters.timedOut += 1
        pool.busy.delete(instance)
        instance.current = null
        stop(instance)
        call.resolve({ status: 'timeout', timeoutSeconds, durationMs: Date.now() - call.enqueuedAt, cold: instance.calls === 1 && !instance.prewarmed })
        pump(pool)
      }, timeoutSeconds * 1000),
    )
  }

  function dispatch(pool: Pool, instance: Instance, call: PendingCall): void {
    if (instance.idleTimer) clearTimeout(instance.idleTimer)
    instance.idleTimer = null
    instance.current = call
    instance.calls += 1
    pool.busy.add(instance)
    const timeoutSeconds = pool.timeoutSeconds
    if (instance.ready) startCallClock(pool, instance, call)
    const appIdOfCall = call.identity.openid ? (call.identity.appid ?? appId) : undefined
    const callEnvironment: Record<string, string | undefined> = {
      WX_OPENID: call.identity.openid,
      WX_APPID: appIdOfCall,
      WX_UNIONID: call.identity.unionid,
      WX_CLIENTIP: '127.0.0.1',
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrlFor(call.identity.openid) }),
    }
    // The platform appends the caller to a client's event; createHandler ignores it for identity.
    const event =
      call.identity.openid && typeof call.event === 'object' && call.event !== null && !Array.isArray(call.event)
        ? { ...call.event, userInfo: { appId: appIdOfCall, openId: call.identity.openid } }
        : call.event
    const context = {
      request_id: call.id,
      function_name: pool.name,
      function_version: '$LATEST',
      namespace: envId,
      time_limit_in_ms: timeoutSeconds * 1000,
      memory_limit_in_mb: 256,
      callbackWaitsForEmptyEventLoop: false,
    }
    instance.worker.postMessage({ id: call.id, event, context, callEnvironment })
  }

  function release(pool: Pool, instance: Instance): void {
    pool.busy.delete(instance)
    instance.current = null
    if (closed || instance.version !== pool.version) return stop(instance)
    const next = pool.queue.shift()
    if (next) return dispatch(pool, instance, next)
    instance.idleTimer = setTimeout(() => {
      pool.idle = pool.idle.filter((other) => other !== instance)
      stop(instance)
    }, idleMillis)
    instance.idleTimer.unref()
    pool.idle.push(instance)
  }

  function pump(pool: Pool): void {
    while (pool.queue.length > 0 && !closed) {
      const instance = pool.idle.pop() ?? (pool.busy.size < maxInstances ? spawn(pool) : null)
      if (!instance) return
      const call = pool.queue.shift()
      if (call) dispatch(pool, instance, call)
    }
  }

  async function run(name: string, event: unknown, identity: CallIdentity = {}): Promise<RunOutcome> {
    if (closed) throw new Error('函数运行器已关闭')
    const pool = poolFor(name)
    if (!pool) return { status: 'unknown-function', durationMs: 0, cold: false }
    return new Promise<RunOutcome>((resolve) => {
      pool.queue.push({ id: randomUUID(), event, identity, enqueuedAt: Date.now(), resolve })
      pump(pool)
    })
  }

  async function call(name: string, event: unknown, identity: CallIdentity = {}): Promise<Result<unknown>> {
    const outcome = await run(name, event, identity)
    return outcome.status === 'returned' ? (outcome.value as Result<unknown>) : failureOf(name, outcome)
  }

  async function callJson(name: string, event: unknown, identity: CallIdentity = {}): Promise<string> {
    const outcome = await run(name, event, identity)
    return outcome.status === 'returned' ? outcome.json : JSON.stringify(failureOf(name, outcome))
  }

  function failureOf(name: string, outcome: Exclude<RunOutcome, { status: 'returned' }>): Result<unknown> {
    switch (outcome.status) {
      case 'threw':
        console.error(`[runner] 云函数 ${name} 抛出了错误：${outcome.error.stack ?? outcome.error.message}`)
        return fail('COMMON.INTERNAL')
      case 'crashed':
        return fail('COMMON.INTERNAL')
      case 'timeout':
        return fail('COMMON.TIMEOUT', `云函数 ${name} 运行超过 ${outcome.timeoutSeconds} 秒，已被终止。请稍后再试；如果一再出现，请联系管理员。`)
      case 'unknown-function':
        return fail('COMMON.UNKNOWN_FUNCTION', `没有名为“${name}”的云函数，请更新小程序后再试。`)
    }
  }

  return {
    run,
    call,
    callJson,
    warm(names) {
      for (const name of names) {
        const pool = poolFor(name)
        if (!pool || closed || pool.idle.length + pool.busy.size > 0) continue
        const instance = spawn(pool)
        instance.prewarmed = true
        release(pool, instance)
      }
    },
    has: (name) => FUNCTION_NAME.test(name) && existsSync(path.join(functionsDir, name, 'index.js')),
    functions: () =>
      readdirSync(functionsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && FUNCTION_NAME.test(entry.name) && existsSync(path.join(functionsDir, entry.name, 'index.js')))
        .map((entry) => entry.name)
        .sort(),
    stats: () => ({
      ...counters,
      instances: Object.fromEntries([...pools].map(([name, pool]) => [name, { busy: pool.busy.size, idle: pool.idle.length, queued: pool.queue.length }])),
    }),
    async close() {
      closed = true
      const stopping: Promise<unknown>[] = []
      for (const pool of pools.values()) {
        for (const pending of pool.queue.splice(0)) pending.resolve({ status: 'crashed', error: { name: 'Closed', message: '函数运行器已关闭' }, durationMs: Date.now() - pending.enqueuedAt, cold: false })
        for (const instance of [...pool.idle.splice(0), ...pool.busy]) {
          if (instance.idleTimer) clearTimeout(instance.idleTimer)
          const current = instance.current
          instance.worker.removeAllListeners()
          if (current) {
            clearCallTimer(current.id)
            current.resolve({ status: 'crashed', error: { name: 'Closed', message: '函数运行器已关闭' }, durationMs: Date.now() - current.enqueuedAt, cold: false })
          }
          stopping.push(instance.worker.terminate().catch(() => undefined))
        }
        pool.busy.clear()
      }
      await Promise.all(stopping)
    },
  }
}
