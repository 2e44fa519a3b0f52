/**
 * Survey figures for `npm run bench` (docs/surveys.md): submit p95, the county dashboard at 15k
 * and 150k answers through the gateway, the same figures computed from raw answers, and memory.
 */
import { surveyContract } from '../src/core/contracts/survey.contract'
import type { SurveyRoundDoc } from '../src/core/survey/survey.docs'
import { buildSubtreeDashboard, type OverallTally, type RoundMeta } from '../src/core/survey/survey.figures'
import { chinaDate } from '../src/core/survey/survey.round'
import { emptyCounts, type Choice } from '../src/core/survey/survey.types'
import { startTestCloud, type TestCloud } from '../tests/support/local-cloud'
import { benchAnswers, BENCH_ORGANISER, buildBenchCounty, talliesFor } from './survey-county'

export interface SurveyBench {
  submitP95: number
  dashboard15k: number
  dashboard150k: number
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

async function dashboardMs(cloud: TestCloud): Promise<number> {
  await settle()
  for (let i = 0; i < 5; i++) await cloud.call(BENCH_ORGANISER, surveyContract, 'getSubtreeDashboard', {})
  const samples: number[] = []
  for (let i = 0; i < 30; i++) {
    const started = performance.now()
    const result = await cloud.call(BENCH_ORGANISER, surveyContract, 'getSubtreeDashboard', {})
    samples.push(performance.now() - started)
    if (!result.ok || result.data.organisations.length !== 299) throw new Error(`county dashboard failed: ${result.ok ? result.data.organisations.length : result.message}`)
  }
  return median(samples)
}

/** The same figures from raw answers: one aggregation over every answer of the county, in the store's own process (no HTTP, which favours it). */
function rawMs(cloud: TestCloud, rounds: readonly SurveyRoundDoc[], orgs: Parameters<typeof buildSubtreeDashboard>[0]['orgs'], now: Date): number {
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const rows = cloud.emulator.db.aggregate('surveyAnswers', [
      { $match: { orgPath: 'b-county' } },
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
    const metas: RoundMeta[] = rounds.map(({ _id, orgId, orgName, batchId, title, opensAt, closesAt, minimumAnswers }) => ({ _id, orgId, orgName, batchId, title, opensAt, closesAt, minimumAnswers }))
    buildSubtreeDashboard({ root: orgs[0], orgs: orgs.slice(1), rounds: metas, tallies, now })
    samples.push(performance.now() - started)
  }
  return median(samples)
}

export async function benchSurveys(): Promise<SurveyBench> {
  const today = chinaDate(new Date())
  const county = buildBenchCounty(today)
  const cloud = await startTestCloud({
    functions: ['survey'],
    seed: { collections: { orgs: county.orgs, members: [], accounts: county.accounts, surveyRounds: county.rounds }, villagers: [] },
  })
  try {
    const db = cloud.emulator.db
    // Generated in blocks and dropped once stored, so the figure below is the store's memory, not the generator's.
    const answerCount = (): number => db.count('surveyAnswers')
    const seedAnswers = (from: number, count: number): void => {
      for (let start = from; start < from + count; start += 15_000) db.insertMany('surveyAnswers', benchAnswers(county.rounds, start, Math.min(15_000, from + count - start)))
      db.removeMany('surveyTallies', {})
      db.insertMany('surveyTallies', talliesFor(county.rounds, db.find('surveyAnswers', {}, { limit: 1_000_000 })))
    }
    seedAnswers(0, 15_000)
    const dashboard15k = await dashboardMs(cloud)
    seedAnswers(15_000, 135_000)
    if (answerCount() !== 150_000) throw new Error(`expected 150,000 answers, found ${answerCount()}`)
    const dashboard150k = await dashboardMs(cloud)
    const rssMb150k = process.memoryUsage().rss / (1024 * 1024)
    const raw150k = rawMs(cloud, county.rounds, county.orgs, new Date())

    const choices = county.rounds[1].questions.map((question) => ({ questionId: question.id, choice: 'satisfied' as const }))
    const samples: number[] = []
    await settle()
    for (let i = 0; i < 220; i++) {
      const roundId = county.openRoundIds[i % county.openRoundIds.length]
      const started = performance.now()
      const result = await cloud.call(`bench-villager-${i}`, surveyContract, 'submit', { roundId, choices })
      if (i >= 20) samples.push(performance.now() - started)
      if (!result.ok || !result.data.counted) throw new Error(`submit failed: ${result.ok ? 'not counted' : result.message}`)
    }
    return { submitP95: p95(samples), dashboard15k, dashboard150k, raw150k, rssMb150k }
  } finally {
    await cloud.close()
  }
}
