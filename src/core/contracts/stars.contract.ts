import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { CYCLE_STAGES, PERIOD_KINDS } from '../stars/stars.cycle'
import { MAX_STARS, rubricSchema, RUBRIC_KINDS } from '../stars/stars.rubric'
import { idSchema, STAFF_ACCESS } from './members.contract'
import { PUBLIC_ACCESS } from './pledges.contract'

/** The branch runs its own cycle: the secretary (支部书记) of that organisation. */
const BRANCH_ACCESS = { secretary: 'own-org' } as const satisfies AccessPolicy
/** A member of the branch acts in its cycle (a secretary is a member too). */
const MEMBER_ACCESS = { member: 'own-org', secretary: 'own-org' } as const satisfies AccessPolicy
/** A member's own stars; staff over them see them too. */
const MEMBER_RECORD_ACCESS = { member: 'self', secretary: 'own-org', organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy
/** The contest between branches is for the township and the county. */
const CONTEST_ACCESS = { organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy

const idsSchema = z.array(z.string().trim().min(1).max(40)).max(40)
const reasonSchema = z.string().trim().min(4, { message: '请写明评定理由，至少 4 个字' }).max(200, { message: '评定理由最多 200 个字' })

export const periodSchema = z
  .object({ kind: z.enum(PERIOD_KINDS), year: z.number().int().min(2020).max(2100), quarter: z.number().int().min(1).max(4).nullable().default(null) })
  .strict()
  .refine((period) => (period.kind === 'quarter') === (period.quarter !== null), { message: '季度评定要选第几季度；年度评定不选季度' })

const evidenceSchema = z.object({
  pledges: z.object({ total: z.number().int(), fulfilled: z.number().int(), partial: z.number().int(), unfulfilled: z.number().int(), titles: z.array(z.string()) }),
  duties: z.object({ due: z.number().int(), doneOnTime: z.number().int(), overdue: z.number().int() }),
  posts: z.array(z.string()),
  gatheredAt: z.string(),
})

const outcomeSchema = z.object({ ids: z.array(z.string()), score: z.number().nullable(), stars: z.number().int().min(0).max(MAX_STARS), reason: z.string(), at: z.string(), changedAfterObjection: z.boolean() })

const peerSummarySchema = z.object({ assigned: z.number().int(), done: z.number().int(), averageStars: z.number().nullable(), comments: z.array(z.string()) })

const objectionSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  authorKind: z.enum(['member', 'villager']),
  authorKindLabel: z.string(),
  text: z.string(),
  status: z.enum(['open', 'answered', 'rejected']),
  answer: z.object({ text: z.string(), changed: z.boolean(), at: z.string() }).nullable(),
  createdAt: z.string(),
})

const cycleSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  periodLabel: z.string(),
  stage: z.enum(CYCLE_STAGES),
  stageLabel: z.string(),
  rubricKind: z.enum(RUBRIC_KINDS),
  rubricName: z.string(),
  members: z.number().int(),
  publicityEndsAt: z.string().nullable(),
})

/** The committee's view of a cycle: each member's evidence, self-assessment, anonymous peer summary and outcome. */
export const cycleViewSchema = cycleSummarySchema.extend({
  rubric: rubricSchema,
  /** What the secretary does next (null when final). */
  nextStep: z.object({ to: z.enum(CYCLE_STAGES), label: z.string() }).nullable(),
  /**
   * Whether the caller runs this cycle (next step, committee decisions, answers to objections):
   * the branch's secretary, by the same access rule `advance`, `decide` and `answerObjection`
   * refuse by. An organiser over the branch reads the cycle without those controls.
   */
  canManage: z.boolean(),
  entries: z.array(
    z.object({
      memberId: z.string(),
      memberName: z.string(),
      evidence: evidenceSchema.nullable(),
      selfAssessment: z.object({ ids: z.array(z.string()), score: z.number().nullable(), stars: z.number().int(), text: z.string() }).nullable(),
      peers: peerSummarySchema,
      outcome: outcomeSchema.nullable(),
    }),
  ),
  objections: z.array(objectionSchema),
  /** How many objections wait for an answer. */
  openObjections: z.number().int(),
})

/** A member's own page: outcomes of publicised cycles, and what they have to do now. */
export const memberStarsSchema = z.object({
  memberId: z.string(),
  memberName: z.string(),
  results: z.array(z.object({ cycleId: z.string(), periodLabel: z.string(), stage: z.enum(CYCLE_STAGES), stageLabel: z.string(), stars: z.number().int(), score: z.number().nullable(), reason: z.string(), peers: peerSummarySchema })),
  /** Only to the member themself: self-assessments and peer reviews waiting. */
  todo: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('selfAssess'), cycleId: z.string(), periodLabel: z.string(), rubric: rubricSchema, evidence: evidenceSchema.nullable() }),
      z.object({ kind: z.literal('peerReview'), cycleId: z.string(), periodLabel: z.string(), revieweeId: z.string(), revieweeName: z.string() }),
    ]),
  ),
})

/** A publicised cycle as anyone may read it (the star board and the objection form). */
export const publicCycleSchema = z.object({
  cycleId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  periodLabel: z.string(),
  stage: z.enum(CYCLE_STAGES),
  stageLabel: z.string(),
  publicityEndsAt: z.string().nullable(),
  acceptsObjections: z.boolean(),
  rows: z.array(z.object({ memberId: z.string(), memberName: z.string(), stars: z.number().int(), starText: z.string(), reason: z.string() })),
})

export const contestRowSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  parentName: z.string(),
  cycleId: z.string().nullable(),
  periodLabel: z.string().nullable(),
  rated: z.number().int(),
  averageStars: z.number().nullable(),
  satisfaction: z.number().nullable(),
  score: z.number().nullable(),
  stars: z.number().int(),
  capped: z.boolean(),
  note: z.string(),
})

const objectionTextSchema = z.string().trim().min(5, { message: '请至少写 5 个字，说清楚哪里不符合实际' }).max(300, { message: '最多 300 个字' })

export type CycleView = z.infer<typeof cycleViewSchema>
export type MemberStars = z.infer<typeof memberStarsSchema>
export type PublicCycle = z.infer<typeof publicCycleSchema>
export type ContestRow = z.infer<typeof contestRowSchema>
export type StarObjection = z.infer<typeof objectionSchema>

/**
 * The `stars` cloud function: 党员星级评定 and the contest between branches (docs/stars.md).
 * Evidence for people's judgement, not quotas: no points for logging in, reading or time spent.
 */
export const starsContract = defineContract('stars', '党员星级评定', {
  getRubric: defineAction({
    summary: '一个组织适用的星级评定标准（县委组织部定的，没有定时用默认标准）',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ rubric: rubricSchema, source: z.enum(['county', 'default']) }),
    access: STAFF_ACCESS,
  }),
  setRubric: defineAction({
    summary: '县委组织部设定全县默认的星级评定标准（积分制或分项达标制）；进行中的评定不受影响',
    input: z.object({ orgId: idSchema, rubric: rubricSchema }).strict(),
    output: z.object({ rubric: rubricSchema, source: z.enum(['county', 'default']) }),
    access: { organiser: 'subtree', admin: 'all' },
  }),
  open: defineAction({
    summary: '支部开启一次星级评定（季度或年度），评定标准在开启时定下',
    input: z.object({ orgId: idSchema, period: periodSchema }).strict(),
    output: cycleViewSchema,
    access: BRANCH_ACCESS,
  }),
  list: defineAction({
    summary: '一个组织的星级评定，最新的在前',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({
      cycles: z.array(cycleSummarySchema),
      /**
       * Whether the caller may open a cycle for this organisation: `open`'s access rule (the
       * branch's own secretary) and a branch that rates members. The screen offers 开启星级评定
       * only then, so an organiser over the branch is never led to a refusal.
       */
      canOpen: z.boolean(),
    }),
    access: STAFF_ACCESS,
  }),
  get: defineAction({ summary: '一次星级评定的全部情况（实绩、自评、互评汇总、评定、异议）', input: z.object({ id: idSchema }).strict(), output: cycleViewSchema, access: STAFF_ACCESS }),
  advance: defineAction({
    summary: '进入下一步：汇总实绩 → 自评 → 互评 → 支委会评定 → 公示 → 确定',
    input: z.object({ id: idSchema, to: z.enum(CYCLE_STAGES), publicityDays: z.number().int().min(1, { message: '公示至少 1 天' }).max(30, { message: '公示最多 30 天' }).optional() }).strict(),
    output: cycleViewSchema,
    access: BRANCH_ACCESS,
  }),
  decide: defineAction({
    summary: '支委会评定一名党员：选定加减分条目或达标维度，写明理由',
    input: z.object({ id: idSchema, memberId: idSchema, ids: idsSchema, reason: reasonSchema }).strict(),
    output: cycleViewSchema,
    access: BRANCH_ACCESS,
  }),
  memberStars: defineAction({
    summary: '一名党员的星级（公示和确定的结果）以及本人待办的自评、互评',
    input: z.object({ memberId: idSchema }).strict(),
    output: memberStarsSchema,
    access: MEMBER_RECORD_ACCESS,
  }),
  selfAssess: defineAction({
    summary: '党员自评：选出自己做到的条目或维度，写几句话',
    input: z.object({ cycleId: idSchema, ids: idsSchema, text: z.string().trim().min(2, { message: '请写几句自评' }).max(300, { message: '自评最多 300 个字' }) }).strict(),
    output: memberStarsSchema,
    access: MEMBER_ACCESS,
  }),
  peerReview: defineAction({
    summary: '党员互评：给分到的一名党员评星（被评的人看不到是谁评的）',
    input: z.object({ cycleId: idSchema, revieweeId: idSchema, stars: z.number().int().min(0).max(MAX_STARS), comment: z.string().trim().max(100, { message: '评语最多 100 个字' }).default('') }).strict(),
    output: memberStarsSchema,
    access: MEMBER_ACCESS,
  }),
  publicStars: defineAction({
    summary: '一个组织公示中和已确定的星级（群众不用绑定也能看）',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ orgId: z.string(), orgName: z.string(), cycles: z.array(publicCycleSchema) }),
    access: PUBLIC_ACCESS,
  }),
  object: defineAction({
    summary: '公示期内对一名党员的评定结果提出异议（党员、群众都可以）；先过内容安全检查',
    input: z.object({ cycleId: idSchema, memberId: idSchema, text: objectionTextSchema }).strict(),
    output: z.object({ objection: objectionSchema, rejectedReason: z.string().nullable() }),
    access: PUBLIC_ACCESS,
  }),
  myObjections: defineAction({
    summary: '我提过的异议和支委会的答复（只有提的人自己看得到）',
    input: z.object({}).strict(),
    output: z.object({ objections: z.array(objectionSchema.extend({ orgName: z.string(), periodLabel: z.string() })) }),
    access: PUBLIC_ACCESS,
  }),
  answerObjection: defineAction({
    summary: '支委会答复一条异议；要改结果时同时重新评定（只有支委会的评定才改变结果）',
    input: z
      .object({
        objectionId: idSchema,
        text: z.string().trim().min(5, { message: '答复至少 5 个字' }).max(300, { message: '答复最多 300 个字' }),
        decision: z.object({ ids: idsSchema, reason: reasonSchema }).strict().optional(),
      })
      .strict(),
    output: cycleViewSchema,
    access: BRANCH_ACCESS,
  }),
  contest: defineAction({
    summary: '支部之间的比较：党员星级和群众满意度合成的支部星级（乡镇、县看）',
    input: z.object({ rootOrgId: idSchema, year: z.number().int().min(2020).max(2100).optional() }).strict(),
    output: z.object({
      root: z.object({ id: z.string(), name: z.string() }),
      settings: z.object({ membersWeight: z.number(), satisfactionWeight: z.number(), capBelowRate: z.number(), capStars: z.number().int() }),
      rows: z.array(contestRowSchema),
    }),
    access: CONTEST_ACCESS,
  }),
})
