/**
 * Survey rounds of the demo county with answers and tallies that agree: a past round (2025年第四季度)
 * for every village and the enterprise, and a current round (open on the day the seed is built)
 * for six villages — one below 70 % (上湾村, flagged for 整改), one below its minimum of answers
 * (刘家坪村, results hidden). Answer ids are random-looking hex, as the real HMAC ids are; no
 * identity lies behind them, so every demo villager can still answer the current round.
 */
import type { OrgDoc } from '../../src/core/org/org.docs'
import type { SurveyAnswerDoc, SurveyCommentDoc, SurveyRoundDoc, SurveyTallyDoc } from '../../src/core/survey/survey.docs'
import { buildQuestionnaire } from '../../src/core/survey/survey.questionnaire'
import { periodOf } from '../../src/core/survey/survey.round'
import { DEFAULT_SURVEY_SETTINGS } from '../../src/core/survey/survey.settings'
import { shardOf, sumTallies, tallyId, tallyMetaOf, tallyOfAnswer, zeroCounts } from '../../src/core/survey/survey.tally'
import { CHOICES, type Choice, type SurveyOrgType } from '../../src/core/survey/survey.types'

export interface DemoSurveys {
  surveyRounds: SurveyRoundDoc[]
  surveyAnswers: SurveyAnswerDoc[]
  surveyTallies: SurveyTallyDoc[]
  surveyComments: SurveyCommentDoc[]
}

interface RoundPlan {
  slug: string
  /** Share of 满意 + 基本满意 among answers other than 不了解, in the overall question. */
  rate: number
  answers: number
  comments?: string[]
}

const PAST: readonly RoundPlan[] = [
  { slug: 'taohua', rate: 0.83, answers: 30 },
  { slug: 'shangwan', rate: 0.76, answers: 25 },
  { slug: 'shiqiao', rate: 0.9, answers: 28 },
  { slug: 'liujia', rate: 0.8, answers: 12 },
  { slug: 'lvyuan', rate: 0.87, answers: 16 },
  { slug: 'hexi', rate: 0.88, answers: 20 },
  { slug: 'baiyang', rate: 0.72, answers: 18 },
  { slug: 'dazhai', rate: 0.85, answers: 15 },
  { slug: 'nanshan', rate: 0.79, answers: 14 },
]

const CURRENT: readonly RoundPlan[] = [
  { slug: 'taohua', rate: 0.9, answers: 24, comments: ['村里的路灯修好了，晚上出门方便多了，谢谢村干部。', '希望多组织几次农技培训。'] },
  { slug: 'shangwan', rate: 0.6, answers: 20, comments: ['低保评定希望更公开一些。', '村务公开栏很久没有更新了。'] },
  { slug: 'shiqiao', rate: 0.92, answers: 26 },
  { slug: 'liujia', rate: 0.83, answers: 6 },
  { slug: 'hexi', rate: 0.8, answers: 15 },
  { slug: 'baiyang', rate: 0.66, answers: 12 },
]

function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** The overall answers of a round: ~1 in 10 不了解, the rest split so the rate comes out as planned. */
function overallChoices(plan: RoundPlan, random: () => number): Choice[] {
  const unknown = Math.floor(plan.answers / 10)
  const counted = plan.answers - unknown
  const positive = Math.round(plan.rate * counted)
  const satisfied = Math.round(positive * 0.6)
  const choices: Choice[] = [
    ...Array<Choice>(satisfied).fill('satisfied'),
    ...Array<Choice>(positive - satisfied).fill('fairly'),
    ...Array<Choice>(counted - positive).fill('dissatisfied'),
    ...Array<Choice>(unknown).fill('unknown'),
  ]
  for (let i = choices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[choices[i], choices[j]] = [choices[j], choices[i]]
  }
  return choices
}

function hexId(random: () => number): string {
  let out = ''
  while (out.length < 64) out += Math.floor(random() * 0x100000000).toString(16).padStart(8, '0')
  return out
}

export function buildDemoSurveys(orgs: readonly OrgDoc[], random: () => number, today: string, seededAt: string): DemoSurveys {
  const out: DemoSurveys = { surveyRounds: [], surveyAnswers: [], surveyTallies: [], surveyComments: [] }
  const bySlug = new Map(orgs.map((org) => [org._id.replace(/^org-/, ''), org]))
  const shards = DEFAULT_SURVEY_SETTINGS.tallyShards

  const addRound = (plan: RoundPlan, key: string, title: string, opensOn: string, closesOn: string, answeredUntil: string): void => {
    const org = bySlug.get(plan.slug)
    if (!org) throw new Error(`demo survey for unknown organisation ${plan.slug}`)
    const questions = buildQuestionnaire(org.type as SurveyOrgType)
    const round: SurveyRoundDoc = {
      _id: `r${key}${plan.slug.padEnd(10, '0').slice(0, 10)}`,
      orgId: org._id,
      orgName: org.name,
      orgType: org.type as SurveyOrgType,
      orgPath: [...org.ancestorIds, org._id],
      batchId: `bdemo${key}`,
      title,
      ...periodOf(opensOn, closesOn),
      minimumAnswers: DEFAULT_SURVEY_SETTINGS.minimumAnswers,
      questions,
      shards,
      openedBy: { memberId: null, displayName: '县委组织部', role: 'organiser' },
      createdAt: seededAt,
    }
    out.surveyRounds.push(round)
    const spanDays = Math.max(1, Math.round((new Date(answeredUntil).getTime() - new Date(opensOn).getTime()) / 86_400_000))
    const byShard = new Map<number, SurveyAnswerDoc[]>()
    for (const overall of overallChoices(plan, random)) {
      // Details mostly follow the overall view, with some spread.
      const choices = questions.map((question) => ({ q: question.id, c: question.id === 'overall' || random() < 0.7 ? overall : CHOICES[Math.floor(random() * CHOICES.length)] }))
      const answer: SurveyAnswerDoc = { _id: hexId(random), roundId: round._id, orgId: org._id, orgPath: round.orgPath, choices, submittedOn: addDays(opensOn, Math.floor(random() * spanDays)) }
      out.surveyAnswers.push(answer)
      const shard = shardOf(answer._id, shards)
      byShard.set(shard, [...(byShard.get(shard) ?? []), answer])
    }
    for (let shard = 0; shard < shards; shard++) {
      const answers = byShard.get(shard) ?? []
      const sum = sumTallies([{ respondents: 0, counts: zeroCounts(questions.map((question) => question.id)) }, ...answers.map((answer) => tallyOfAnswer(answer.choices))])
      out.surveyTallies.push({ _id: tallyId(round._id, shard), roundId: round._id, orgId: org._id, orgPath: round.orgPath, shard, respondents: sum.respondents, counts: sum.counts, meta: tallyMetaOf(round) })
    }
    for (const [index, text] of (plan.comments ?? []).entries()) {
      out.surveyComments.push({ _id: `c${key}${plan.slug}${index + 1}`, roundId: round._id, orgId: org._id, orgPath: round.orgPath, text, submittedOn: addDays(opensOn, index) })
    }
  }

  for (const plan of PAST) addRound(plan, 'p', '2025年第四季度群众满意度测评', '2025-10-01', '2025-12-31', '2025-12-31')
  // The current round opened ten days before the seed's day and runs twenty more, so it is open whenever the demo starts.
  for (const plan of CURRENT) addRound(plan, 'c', '2026年度群众满意度测评', addDays(today, -10), addDays(today, 20), today)
  return out
}
