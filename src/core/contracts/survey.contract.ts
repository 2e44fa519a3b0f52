import { z } from 'zod'
import { defineAction, defineContract } from '../contract'
import { ORG_TYPES } from '../org/org.types'
import { MAX_EXTRA_QUESTIONS } from '../survey/survey.questionnaire'
import { isCalendarDate, ROUND_ID } from '../survey/survey.round'
import { CHOICES } from '../survey/survey.types'

const roundIdSchema = z.string().regex(ROUND_ID, '调查编号格式不对')
const orgIdSchema = z.string().min(1).max(64)
const dateSchema = z.string().refine(isCalendarDate, '日期应为 YYYY-MM-DD 格式的真实日期')
const choiceSchema = z.enum(CHOICES)

/** How many people gave each answer. */
export const choiceCountsSchema = z.object({
  satisfied: z.number().int().nonnegative(),
  fairly: z.number().int().nonnegative(),
  dissatisfied: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
})

/** A rate with its Wilson 95 % interval; `rate`, `interval` and `band` are null when n = 0. */
export const rateSummarySchema = z.object({
  /** Everyone who answered the question, 不了解 included. */
  answers: z.number().int().nonnegative(),
  /** answers − 不了解: the n of the rate. */
  n: z.number().int().nonnegative(),
  /** 满意 + 基本满意. */
  positive: z.number().int().nonnegative(),
  rate: z.number().min(0).max(1).nullable(),
  interval: z.object({ lower: z.number().min(0).max(1), upper: z.number().min(0).max(1) }).nullable(),
  /** good ≥ 85 %, passable ≥ 70 %, rectify below (thresholds from settings). */
  band: z.enum(['good', 'passable', 'rectify']).nullable(),
})

const orgRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ORG_TYPES),
  typeLabel: z.string(),
})

/** A round as lists and headers show it. */
export const roundSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  batchId: z.string(),
  title: z.string(),
  /** China-time days, YYYY-MM-DD, inclusive. */
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['upcoming', 'open', 'closed']),
  /** 未开始 / 进行中 / 已结束. */
  statusLabel: z.string(),
  minimumAnswers: z.number().int().positive(),
})

const questionSchema = z.object({ id: z.string(), text: z.string(), topic: z.enum(['fairness', 'integrity', 'service', 'hotIssues', 'overall', 'custom']) })

/** One round's figures for one organisation. Everything but the count is null while `visible` is false. */
export const roundResultSchema = z.object({
  round: roundSummarySchema,
  /** People who answered so far; shown even while results are hidden, so the secretary sees progress. */
  respondents: z.number().int().nonnegative(),
  /** respondents ≥ the round's minimum: results show to everyone, or to no one. */
  visible: z.boolean(),
  /** Why results are hidden, in Chinese (e.g. “满 10 份后显示结果，目前 7 份”); null when visible. */
  hiddenNote: z.string().nullable(),
  /** The headline: the 总体评价 question. */
  overall: rateSummarySchema.nullable(),
  /** Percentage points against the previous visible round of the same organisation (0.05 = +5 points). */
  change: z.number().nullable(),
  questions: z.array(questionSchema.extend({ counts: choiceCountsSchema, summary: rateSummarySchema })).nullable(),
})

const trendPointSchema = z.object({
  roundId: z.string(),
  title: z.string(),
  closesOn: z.string(),
  /** Null while the round is hidden or has no rate. */
  rate: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
})

const settingsSchema = z.object({ goodThreshold: z.number(), passableThreshold: z.number() })

/** The figures of one organisation's latest round, as the organiser's table shows them. */
export const roundFigureSchema = z.object({
  roundId: z.string(),
  title: z.string(),
  status: z.enum(['upcoming', 'open', 'closed']),
  closesOn: z.string(),
  respondents: z.number().int().nonnegative(),
  minimumAnswers: z.number().int().positive(),
  visible: z.boolean(),
  overall: rateSummarySchema.nullable(),
})

/** A rollup over many organisations (a township, the county): latest visible rounds only. */
export const rollupSchema = z.object({
  org: orgRefSchema,
  /** Organisations of measured types under it (itself included when measured). */
  organisations: z.number().int().nonnegative(),
  /** Of those, how many have a latest round with visible results, and how many are flagged. */
  reporting: z.number().int().nonnegative(),
  flagged: z.number().int().nonnegative(),
  respondents: z.number().int().nonnegative(),
  overall: rateSummarySchema.nullable(),
})

export type ChoiceCountsOut = z.infer<typeof choiceCountsSchema>
export type RateSummaryOut = z.infer<typeof rateSummarySchema>
export type RoundSummary = z.infer<typeof roundSummarySchema>
export type RoundResult = z.infer<typeof roundResultSchema>
export type RoundFigure = z.infer<typeof roundFigureSchema>
export type Rollup = z.infer<typeof rollupSchema>
export type TrendPoint = z.infer<typeof trendPointSchema>

export const openRoundsInput = z
  .object({
    /** One organisation (a secretary: their own), or many of an organiser's subtree at once. */
    orgIds: z.array(orgIdSchema).min(1).max(500),
    title: z.string().trim().min(2).max(40),
    opensOn: dateSchema,
    closesOn: dateSchema,
    /** Results stay hidden below this many answers (default 10, at least 5). */
    minimumAnswers: z.number().int().min(5).max(10_000).optional(),
    /** Added after the default questions, before 总体评价. */
    extraQuestions: z.array(z.string().trim().min(4).max(60)).max(MAX_EXTRA_QUESTIONS).optional(),
  })
  .strict()

export const pollSchema = z.object({
  round: roundSummarySchema.extend({ orgTypeLabel: z.string() }),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  /** The four answers, in the order to show them: 满意 / 基本满意 / 不满意 / 不了解. */
  choices: z.array(z.object({ value: choiceSchema, label: z.string() })).length(4),
  /** This WeChat identity has already answered this round. */
  alreadyAnswered: z.boolean(),
  /** For a round not open: what to tell the villager (e.g. “本次调查已于 2026年3月31日 结束”); null when open. */
  notice: z.string().nullable(),
})

export const submitInput = z
  .object({
    roundId: roundIdSchema,
    /** One answer for every question of the round (不了解 is an answer). */
    choices: z.array(z.object({ questionId: z.string().min(1).max(24), choice: choiceSchema }).strict()).min(1).max(30),
    /** Optional; checked by security.msgSecCheck before it is stored; shown without identity. */
    comment: z.string().trim().max(300).optional(),
  })
  .strict()

export const orgDashboardSchema = z.object({
  org: orgRefSchema,
  settings: settingsSchema,
  /** Newest first, at most 12. */
  rounds: z.array(roundResultSchema),
  /** Oldest first, for the trend chart. */
  trend: z.array(trendPointSchema),
  /** Comments of the newest visible round, newest first (at most 50), without identity. */
  comments: z.object({ roundId: z.string(), total: z.number().int().nonnegative(), items: z.array(z.object({ text: z.string(), submittedOn: z.string() })) }).nullable(),
})

export const subtreeRowSchema = z.object({
  org: orgRefSchema.extend({ parentId: z.string().nullable(), parentName: z.string() }),
  /** The latest round that has opened; null when the organisation has had none. */
  latest: roundFigureSchema.nullable(),
  /** latest − the round before it, percentage points, when both are visible (that round's figures are in `trend` and the drill-down). */
  change: z.number().nullable(),
  /** The latest visible rate is in the 整改 band (below 70 % by default). */
  flagged: z.boolean(),
  /** Oldest first, up to the last 6 rounds: the bar of each (its interval is in the drill-down). */
  trend: z.array(trendPointSchema.pick({ roundId: true, title: true, rate: true })),
})

export const subtreeDashboardSchema = z.object({
  root: orgRefSchema,
  settings: settingsSchema,
  /** The root first, then each township under it. */
  rollups: z.array(rollupSchema),
  /** Sorted by rate (lowest first by default); hidden results, then organisations with no round, last. The page asked for (`shownOrgIds`, `limit`), or all. */
  organisations: z.array(subtreeRowSchema),
  /** Rows of the whole table, of which `organisations` is a page. */
  total: z.number().int().nonnegative(),
  flaggedCount: z.number().int().nonnegative(),
})

export type Poll = z.infer<typeof pollSchema>
export type OrgDashboard = z.infer<typeof orgDashboardSchema>
export type SubtreeDashboard = z.infer<typeof subtreeDashboardSchema>
export type SubtreeRow = z.infer<typeof subtreeRowSchema>

/** The `survey` cloud function: villagers' satisfaction rounds, the poll, and the figures of the fifth criterion. */
export const surveyContract = defineContract('survey', '群众满意度调查', {
  openRounds: defineAction({
    summary: '开启满意度调查：书记为本组织开一轮，组织委员可为辖区多个组织同时开',
    input: openRoundsInput,
    output: z.object({
      batchId: z.string(),
      rounds: z.array(z.object({ roundId: z.string(), orgId: z.string(), orgName: z.string(), scene: z.string(), pollPath: z.string() })),
      questions: z.array(questionSchema),
    }),
    access: { secretary: 'own-org', organiser: 'subtree', admin: 'all' },
  }),
  close: defineAction({
    summary: '提前结束一轮进行中的调查：开启的书记，或其上级组织委员；结束后答题页显示已结束',
    input: z.object({ roundId: roundIdSchema }).strict(),
    output: z.object({ round: roundSummarySchema }),
    access: { secretary: 'own-org', organiser: 'subtree', admin: 'all' },
  }),
  getPollCode: defineAction({
    summary: '取得一轮调查的小程序码（海报用），扫码进入答题页',
    input: z.object({ roundId: roundIdSchema }).strict(),
    output: z.object({
      round: roundSummarySchema,
      /** The page the code opens and the scene it carries (pollScene). */
      page: z.string(),
      scene: z.string(),
      pollPath: z.string(),
      /** The PNG in cloud storage, and a temporary URL to draw or download it. */
      qrFileID: z.string(),
      qrUrl: z.string(),
    }),
    access: { secretary: 'own-org', organiser: 'subtree', admin: 'all' },
  }),
  getPoll: defineAction({
    summary: '读取答题页：调查的题目、四个选项，以及本人是否已答',
    input: z.object({ roundId: roundIdSchema }).strict(),
    output: pollSchema,
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
  submit: defineAction({
    summary: '匿名提交答卷（每个微信每轮只计一次），可附留言',
    input: submitInput,
    output: z.object({
      /** False when this identity had already answered: thanked, not counted again. */
      counted: z.boolean(),
      message: z.string(),
    }),
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
  getOrgDashboard: defineAction({
    summary: '一个组织的满意度：满意率、置信区间、样本数、各题分布、历次趋势和留言',
    input: z.object({ orgId: orgIdSchema.optional() }).strict(),
    output: orgDashboardSchema,
    access: { secretary: 'own-org', organiser: 'subtree', admin: 'all' },
  }),
  getSubtreeDashboard: defineAction({
    summary: '辖区满意度总览：各组织按满意率排序、需整改标记、趋势、乡镇与全县汇总',
    input: z
      .object({
        rootOrgId: orgIdSchema.optional(),
        order: z.enum(['rate-asc', 'rate-desc']).optional(),
        /**
         * A page of the rows (the screen shows the lowest rates first and loads more on request): the first
         * `limit` rows of the current order that are not among `shownOrgIds`, the rows the screen already
         * shows. Answers arriving between two pages can reorder the table; leaving out what is shown, rather
         * than counting an offset, means no row is skipped or repeated. Without `limit`, every row. Rollups
         * and counts always cover the whole subtree.
         */
        shownOrgIds: z.array(orgIdSchema).max(5000).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: subtreeDashboardSchema,
    access: { organiser: 'subtree', admin: 'all' },
  }),
  exportXlsx: defineAction({
    summary: '导出辖区满意度汇总表（xlsx），答复下载地址',
    input: z.object({ rootOrgId: orgIdSchema.optional() }).strict(),
    output: z.object({ fileID: z.string(), downloadUrl: z.string(), fileName: z.string(), rows: z.number().int().nonnegative() }),
    access: { organiser: 'subtree', admin: 'all' },
  }),
})

/** The `surveyReconcile` cloud function: a timer recounts raw answers and repairs drifted tallies; an admin may run it at once. */
export const surveyReconcileContract = defineContract('surveyReconcile', '满意度计数核对', {
  reconcile: defineAction({
    summary: '按原始答卷重新计数，修复与计数不一致的统计（定时触发器每 30 分钟运行一次）',
    input: z.object({ roundIds: z.array(roundIdSchema).min(1).max(200).optional() }).strict(),
    output: z.object({
      roundsChecked: z.number().int().nonnegative(),
      /** Rounds whose tallies differed from the recount, and how many cells were corrected. */
      repaired: z.array(z.object({ roundId: z.string(), cells: z.number().int().positive() })),
      /** Rounds skipped because answers arrived during the check; the next run takes them. */
      busy: z.array(z.string()),
    }),
    access: { admin: 'all' },
  }),
})
