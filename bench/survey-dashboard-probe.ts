/**
 * `tsx bench/survey-dashboard-probe.ts [answers] [all]`: the county dashboard alone (its first page as
 * the screen asks for it, or with `all` every row) (wall median and the
 * local cloud's CPU per call) at one size, without the raw aggregation and the submits, for quick
 * before/after comparisons while working on it. `npm run bench -- survey` prints the real figures.
 */
import { fork } from 'node:child_process'
import path from 'node:path'
import { chinaDate } from '../src/core/china-time'
import { SUBTREE_TABLE_PAGE } from '../src/core/survey/survey.types'
import type { CloudReply, CloudRequest } from './survey-cloud'
import { BENCH_ORGANISER } from './survey-county'

function ask(child: ReturnType<typeof fork>, request: CloudRequest): Promise<CloudReply> {
  return new Promise((resolve) => {
    child.once('message', (reply: CloudReply) => resolve(reply))
    child.send(request)
  })
}

async function main(): Promise<void> {
  const answers = Number(process.argv[2] ?? 150_000)
  const child = fork(path.join(__dirname, 'survey-cloud.ts'), [chinaDate(new Date())], { execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.PROBE_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.PROBE_PROF] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const ready = await new Promise<CloudReply>((resolve) => child.once('message', resolve))
  if (ready.type !== 'ready') throw new Error('not ready')
  await ask(child, { type: 'seed', from: 0, count: answers })
  const call = async (): Promise<{ ms: number; bytes: number }> => {
    const started = performance.now()
    const response = await fetch(`${ready.url}/api/fn/survey`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': BENCH_ORGANISER }, body: JSON.stringify({ action: 'getSubtreeDashboard', ...(process.argv[3] === 'all' ? {} : { limit: SUBTREE_TABLE_PAGE }) }) })
    const text = await response.text()
    const ms = performance.now() - started
    const body = JSON.parse(text) as { ok: boolean; message?: string }
    if (!body.ok) throw new Error(body.message)
    return { ms, bytes: text.length }
  }
  for (let i = 0; i < 5; i++) await call()
  const before = await ask(child, { type: 'cpu' })
  const samples: number[] = []
  let bytes = 0
  for (let i = 0; i < 30; i++) {
    const result = await call()
    samples.push(result.ms)
    bytes = result.bytes
  }
  const after = await ask(child, { type: 'cpu' })
  samples.sort((a, b) => a - b)
  const cpu = before.type === 'cpu' && after.type === 'cpu' ? (after.ms - before.ms) / 30 : Number.NaN
  console.log(`probe@${answers}: median ${samples[15].toFixed(2)} ms, cpu ${cpu.toFixed(2)} ms/call, answer ${(bytes / 1024).toFixed(0)} KB`)
  child.send({ type: 'close' } satisfies CloudRequest)
}

void main()
