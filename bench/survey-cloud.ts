/**
 * The local cloud of the survey figures, in a child process of `npm run bench` so that its memory
 * is measured apart from the bench's own (bench/survey-figures.ts forks it with IPC). It holds
 * the generated county, seeds answers when asked (with their tallies), and times the raw-answers
 * aggregation in its own process.
 */
import { benchAnswers, buildBenchCounty, talliesFor } from './survey-county'
import type { SurveyTallyDoc } from '../src/core/survey/survey.docs'
import { buildSubtreeDashboard, type OverallTally, type RoundMeta } from '../src/core/survey/survey.figures'
import { sumTallies } from '../src/core/survey/survey.tally'
import { emptyCounts, type Choice } from '../src/core/survey/survey.types'
import { startTestCloud } from '../tests/support/local-cloud'

/** What the bench asks of the child. */
export type CloudRequest = { type: 'seed'; from: number; count: number } | { type: 'raw' } | { type: 'memory' } | { type: 'cpu' } | { type: 'close' }
/** What the child answers: `ready` once listening, then one reply per request. */
export type CloudReply = { type: 'ready'; url: string } | { type: 'seeded'; answers: number } | { type: 'raw'; ms: number } | { type: 'memory'; rssMb: number } | { type: 'cpu'; ms: number } | { type: 'error'; message: string }

const BLOCK = 15_000

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function main(): Promise<void> {
  const send = (reply: CloudReply): void => void process.send?.(reply)
  const today = process.argv[2]
  const county = buildBenchCounty(today)
  const cloud = await startTestCloud({
    functions: ['survey', 'surveyReconcile'],
    seed: { collections: { orgs: county.orgs, members: [], accounts: county.accounts, surveyRounds: county.rounds }, villagers: [] },
  })
  const db = cloud.emulator.db
  // Running shard tallies, added to block by block, so no answer is held outside the store.
  const shards = new Map<string, SurveyTallyDoc>()

  const seed = (from: number, count: number): number => {
    for (let start = from; start < from + count; start += BLOCK) {
      const block = benchAnswers(county.rounds, start, Math.min(BLOCK, from + count - start))
      db.insertMany('surveyAnswers', block)
      for (const tally of talliesFor(county.rounds, block)) {
        const before = shards.get(tally._id)
        shards.set(tally._id, before ? { ...before, ...sumTallies([before, tally]) } : tally)
      }
    }
    db.removeMany('surveyTallies', {})
    db.insertMany('surveyTallies', [...shards.values()])
    return db.count('surveyAnswers')
  }

  // What the deployment's timer (surveyReconcile, every 30 minutes) leaves: tallies checked against the answers, closed rounds' shards folded into one.
  const afterTimer = async (): Promise<void> => {
    const reply = (await cloud.runner.call('surveyReconcile', { Type: 'Timer', TriggerName: 'reconcileTallies', Time: new Date().toISOString() })) as { ok: boolean; data?: { repaired: unknown[]; compacted: unknown[] } }
    if (!reply.ok || reply.data?.repaired.length !== 0) throw new Error(`the timer did not leave the seeded tallies as they were: ${JSON.stringify(reply).slice(0, 300)}`)
  }

  // The same figures from raw answers: one aggregation over every answer of the county, in the store's own process (no HTTP, which favours it).
  const raw = (): number => {
    const metas: RoundMeta[] = county.rounds.map(({ _id, orgId, orgName, batchId, title, opensAt, closesAt, minimumAnswers }) => ({ _id, orgId, orgName, batchId, title, opensAt, closesAt, minimumAnswers }))
    const samples: number[] = []
    // Three samples: one takes 10–60 s on this machine, and the figure only has to show the order of magnitude.
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      const rows = db.aggregate('surveyAnswers', [
        { $match: { orgPath: county.orgs[0]._id } },
        { $unwind: '$choices' },
        { $match: { 'choices.q': 'overall' } },
        { $group: { _id: { r: '$roundId', c: '$choices.c' }, n: { $sum: 1 } } },
      ]) as { _id: { r: string; c: Choice }; n: number }[]
      const tallies = new Map<string, OverallTally>()
      for (const row of rows) {
        const tally = tallies.get(row._id.r) ?? { respondents: 0, overall: emptyCounts() }
        tally.respondents += row.n
        tally.overall[row._id.c] += row.n
        tallies.set(row._id.r, tally)
      }
      buildSubtreeDashboard({ root: county.orgs[0], orgs: county.orgs.slice(1), rounds: metas, tallies, now: new Date() })
      samples.push(performance.now() - started)
    }
    return median(samples)
  }

  process.on('message', (request: CloudRequest) => {
    void answer(request)
  })
  const answer = async (request: CloudRequest): Promise<void> => {
    try {
      if (request.type === 'seed') {
        const answers = seed(request.from, request.count)
        await afterTimer()
        send({ type: 'seeded', answers })
      }
      else if (request.type === 'raw') send({ type: 'raw', ms: raw() })
      else if (request.type === 'memory') {
        // The generator's blocks are garbage by now; a cloud started over the same store would not hold them.
        const gc = (globalThis as { gc?: () => void }).gc
        gc?.()
        gc?.()
        send({ type: 'memory', rssMb: process.memoryUsage().rss / (1024 * 1024) })
      } else if (request.type === 'cpu') {
        // User + system time of every thread (gateway, store, function instances) so far.
        const { user, system } = process.cpuUsage()
        send({ type: 'cpu', ms: (user + system) / 1000 })
      } else if (request.type === 'close') void cloud.close().then(() => process.exit(0))
    } catch (error) {
      send({ type: 'error', message: (error as Error).stack ?? String(error) })
    }
  }
  send({ type: 'ready', url: cloud.url })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
