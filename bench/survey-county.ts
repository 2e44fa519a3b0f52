/**
 * The generated county for the survey figures of `npm run bench`: 300 organisations (a county,
 * 15 townships, 284 villages and enterprises), two rounds each, and answers seeded straight into
 * the emulator's store with tallies counted from them, so 150,000 answers take seconds, not hours.
 */
import type { AccountDoc, OrgDoc } from '../src/core/org/org.docs'
import type { SurveyAnswerDoc, SurveyRoundDoc, SurveyTallyDoc } from '../src/core/survey/survey.docs'
import { buildQuestionnaire } from '../src/core/survey/survey.questionnaire'
import { periodOf } from '../src/core/survey/survey.round'
import { DEFAULT_SURVEY_SETTINGS } from '../src/core/survey/survey.settings'
import { shardOf, sumTallies, tallyId, tallyMetaOf, tallyOfAnswer, zeroCounts } from '../src/core/survey/survey.tally'
import { CHOICES, type SurveyOrgType } from '../src/core/survey/survey.types'

export const BENCH_ORGANISER = 'bench-organiser-county'
const CREATED = '2026-01-01T00:00:00.000Z'

function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface BenchCounty {
  orgs: OrgDoc[]
  accounts: AccountDoc[]
  rounds: SurveyRoundDoc[]
  /** The rounds open on `today`, where the submit figure answers. */
  openRoundIds: string[]
}

export function buildBenchCounty(today: string): BenchCounty {
  const county: OrgDoc = { _id: 'b-county', name: '基准县委', type: 'county', parentId: null, ancestorIds: [], createdAt: CREATED }
  const orgs: OrgDoc[] = [county]
  for (let t = 0; t < 15; t++) {
    const township: OrgDoc = { _id: `b-t${t}`, name: `基准乡镇${t + 1}`, type: 'township', parentId: county._id, ancestorIds: [county._id], createdAt: CREATED }
    orgs.push(township)
  }
  for (let v = 0; orgs.length < 300; v++) {
    const township = orgs[1 + (v % 15)]
    orgs.push({ _id: `b-v${v}`, name: `基准村${v + 1}`, type: v % 20 === 19 ? 'enterprise' : 'village', parentId: township._id, ancestorIds: [county._id, township._id], createdAt: CREATED })
  }
  const accounts: AccountDoc[] = [{ _id: BENCH_ORGANISER, role: 'organiser', orgId: county._id, displayName: '基准组织员', boundAt: CREATED }]
  const day = (offset: number): string => new Date(new Date(`${today}T00:00:00.000Z`).getTime() + offset * 86_400_000).toISOString().slice(0, 10)
  const rounds: SurveyRoundDoc[] = []
  const openRoundIds: string[] = []
  orgs
    .filter((org) => org.type !== 'county')
    .forEach((org, index) => {
      for (const [key, opensOn, closesOn] of [
        ['p', day(-200), day(-110)],
        ['c', day(-10), day(20)],
      ] as const) {
        const id = `r${key}${String(index).padStart(11, '0')}`
        rounds.push({
          _id: id,
          orgId: org._id,
          orgName: org.name,
          orgType: org.type as SurveyOrgType,
          orgPath: [...org.ancestorIds, org._id],
          batchId: `bbench${key}`,
          title: key === 'p' ? '上一轮' : '本轮',
          ...periodOf(opensOn, closesOn),
          minimumAnswers: DEFAULT_SURVEY_SETTINGS.minimumAnswers,
          questions: buildQuestionnaire(org.type as SurveyOrgType),
          shards: DEFAULT_SURVEY_SETTINGS.tallyShards,
          openedBy: { memberId: null, displayName: '基准组织员', role: 'organiser' },
          createdAt: CREATED,
        })
        if (key === 'c') openRoundIds.push(id)
      }
    })
  return { orgs, accounts, rounds, openRoundIds }
}

/** `count` answers spread over the rounds (each organisation with its own leaning), numbered from `from`. */
export function benchAnswers(rounds: readonly SurveyRoundDoc[], from: number, count: number): SurveyAnswerDoc[] {
  const random = seeded(7 + from)
  const answers: SurveyAnswerDoc[] = []
  for (let i = from; i < from + count; i++) {
    const round = rounds[i % rounds.length]
    const leaning = 0.55 + ((i % rounds.length) % 40) / 100
    const choices = round.questions.map((question) => {
      const draw = random()
      const c = draw < 0.08 ? 'unknown' : draw < 0.08 + leaning * 0.92 * 0.6 ? 'satisfied' : draw < 0.08 + leaning * 0.92 ? 'fairly' : 'dissatisfied'
      return { q: question.id, c: CHOICES.includes(c) ? c : 'unknown' }
    })
    answers.push({ _id: i.toString(16).padStart(8, '0') + Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0').repeat(7), roundId: round._id, orgId: round.orgId, orgPath: round.orgPath, choices, submittedOn: '2026-01-01' })
  }
  return answers
}

/** The tally shards of every round, counted from `answers`, as submit would have left them. */
export function talliesFor(rounds: readonly SurveyRoundDoc[], answers: readonly SurveyAnswerDoc[]): SurveyTallyDoc[] {
  const byShard = new Map<string, SurveyAnswerDoc[]>()
  const roundOf = new Map(rounds.map((round) => [round._id, round]))
  for (const answer of answers) {
    const round = roundOf.get(answer.roundId)
    if (!round) continue
    const id = tallyId(round._id, shardOf(answer._id, round.shards))
    const list = byShard.get(id)
    if (list) list.push(answer)
    else byShard.set(id, [answer])
  }
  return rounds.flatMap((round) =>
    Array.from({ length: round.shards }, (_unused, shard) => {
      const id = tallyId(round._id, shard)
      const sum = sumTallies([{ respondents: 0, counts: zeroCounts(round.questions.map((question) => question.id)) }, ...(byShard.get(id) ?? []).map((answer) => tallyOfAnswer(answer.choices))])
      return { _id: id, roundId: round._id, orgId: round.orgId, orgPath: round.orgPath, shard, respondents: sum.respondents, counts: sum.counts, meta: tallyMetaOf(round) }
    }),
  )
}
