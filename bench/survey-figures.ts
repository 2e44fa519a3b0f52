/**
 * Survey figures for `npm run bench` (docs/surveys.md): submit p95, the county dashboard at 15k
 * and 150k answers through the gateway, the same figures computed from raw answers, and the local
 * cloud's memory (measured on its own process).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ActionInput, ActionName, ActionOutput } from '../src/core/contract'
import { surveyContract } from '../src/core/contracts/survey.contract'
import type { Result } from '../src/core/result'
import { chinaDate } from '../src/core/china-time'
import { SUBTREE_TABLE_PAGE } from '../src/core/survey/survey.types'
import type { CloudReply, CloudRequest } from './survey-cloud'
import { BENCH_ORGANISER, buildBenchCounty } from './survey-county'

export interface SurveyBench {
  submitP95: number
  dashboard15k: number
  /** The first page (30 rows) with every rollup, as the organiser's screen opens it. */
  dashboard150k: number
  /** Every row of the county in one answer. */
  dashboardAll150k: number
  /** CPU time the local cloud spends per county dashboard at 150k (all its threads): what a quiet machine's wall time approaches. */
  dashboardCpu150k: number
  raw150k: number
  rssMb150k: number
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]
}

/** Bulk inserts and raw aggregations hold the event loop; let the server close keep-alive sockets that timed out meanwhile before reusing any. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200))
}

/** Calls the survey function through the child's gateway, as a phone would (x-dev-openid for the identity). */
class GatewayClient {
  constructor(private readonly url: string) {}

  async call<A extends ActionName<typeof surveyContract>>(openid: string, action: A, input: ActionInput<typeof surveyContract, A>): Promise<Result<ActionOutput<typeof surveyContract, A>>> {
    const response = await fetch(`${this.url}/api/fn/survey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
      body: JSON.stringify({ ...(input as object), action }),
    })
    return (await response.json()) as Result<ActionOutput<typeof surveyContract, A>>
  }
}

const DASHBOARD_SAMPLES = 30
const COUNTY_ROWS = 299

/** How the table is asked for: its first page, as the organiser's screen opens it, or every row at once (what 为辖区组织开启调查 lists). */
type TableRequest = 'first-page' | 'all'

async function dashboardMs(cloud: GatewayClient, request: TableRequest): Promise<number> {
  await settle()
  const input = request === 'first-page' ? { limit: SUBTREE_TABLE_PAGE } : {}
  const rows = request === 'first-page' ? SUBTREE_TABLE_PAGE : COUNTY_ROWS
  for (let i = 0; i < 5; i++) await cloud.call(BENCH_ORGANISER, 'getSubtreeDashboard', input)
  const samples: number[] = []
  for (let i = 0; i < DASHBOARD_SAMPLES; i++) {
    const started = performance.now()
    const result = await cloud.call(BENCH_ORGANISER, 'getSubtreeDashboard', input)
    samples.push(performance.now() - started)
    if (!result.ok || result.data.organisations.length !== rows || result.data.total !== COUNTY_ROWS) throw new Error(`county dashboard failed: ${result.ok ? `${result.data.organisations.length} of ${result.data.total}` : result.message}`)
  }
  return median(samples)
}

/** A request to the child and its reply, one at a time. */
function ask(child: ChildProcess, request: CloudRequest): Promise<CloudReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`the bench's local cloud exited (${code})`))
    child.once('exit', onExit)
    child.once('message', (reply: CloudReply) => {
      child.off('exit', onExit)
      if (reply.type === 'error') reject(new Error(reply.message))
      else resolve(reply)
    })
    child.send(request)
  })
}

/** The child's resident memory as the kernel counts it (VmRSS), or its own report where /proc is missing. */
function residentMb(pid: number | undefined, reported: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)
    return kb ? Number(kb[1]) / 1024 : reported
  } catch {
    return reported
  }
}

/**
 * The local cloud runs in a child process (bench/survey-cloud.ts), so its memory figure is the
 * store, the gateway and the function instance, not this process's generator or HTTP client.
 */
export async function benchSurveys(): Promise<SurveyBench> {
  const today = chinaDate(new Date())
  const county = buildBenchCounty(today)
  const child = fork(path.join(__dirname, 'survey-cloud.ts'), [today], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  try {
    const ready = await new Promise<CloudReply>((resolve, reject) => {
      child.once('message', resolve)
      child.once('exit', (code) => reject(new Error(`the bench's local cloud exited before it was ready (${code})`)))
    })
    if (ready.type !== 'ready') throw new Error(`unexpected reply ${ready.type}`)
    const cloud = new GatewayClient(ready.url)
    const seeded = async (from: number, count: number): Promise<number> => {
      const reply = await ask(child, { type: 'seed', from, count })
      return reply.type === 'seeded' ? reply.answers : -1
    }
    await seeded(0, 15_000)
    const dashboard15k = await dashboardMs(cloud, 'first-page')
    const answers = await seeded(15_000, 135_000)
    if (answers !== 150_000) throw new Error(`expected 150,000 answers, found ${answers}`)
    const cpuBefore = await ask(child, { type: 'cpu' })
    const dashboard150k = await dashboardMs(cloud, 'first-page')
    const cpuAfter = await ask(child, { type: 'cpu' })
    const dashboardAll150k = await dashboardMs(cloud, 'all')
    // The five warm-up calls count too: 35 dashboards in all.
    const dashboardCpu150k = cpuBefore.type === 'cpu' && cpuAfter.type === 'cpu' ? (cpuAfter.ms - cpuBefore.ms) / (DASHBOARD_SAMPLES + 5) : Number.NaN
    const memory = await ask(child, { type: 'memory' })
    const rssMb150k = residentMb(child.pid, memory.type === 'memory' ? memory.rssMb : Number.NaN)
    const raw = await ask(child, { type: 'raw' })
    const raw150k = raw.type === 'raw' ? raw.ms : Number.NaN

    const choices = county.rounds[1].questions.map((question) => ({ questionId: question.id, choice: 'satisfied' as const }))
    const samples: number[] = []
    await settle()
    for (let i = 0; i < 220; i++) {
      const roundId = county.openRoundIds[i % county.openRoundIds.length]
      const started = performance.now()
      const result = await cloud.call(`bench-villager-${i}`, 'submit', { roundId, choices })
      if (i >= 20) samples.push(performance.now() - started)
      if (!result.ok || !result.data.counted) throw new Error(`submit failed: ${result.ok ? 'not counted' : result.message}`)
    }
    return { submitP95: p95(samples), dashboard15k, dashboard150k, dashboardAll150k, dashboardCpu150k, raw150k, rssMb150k }
  } finally {
    if (child.connected) child.send({ type: 'close' } satisfies CloudRequest)
    await new Promise((resolve) => {
      const timer = setTimeout(() => child.kill('SIGTERM'), 10_000)
      child.once('exit', () => resolve(clearTimeout(timer)))
      if (child.exitCode !== null) resolve(clearTimeout(timer))
    })
  }
}
