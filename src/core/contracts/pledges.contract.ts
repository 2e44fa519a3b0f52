import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { PLEDGE_EVENTS, PLEDGE_STATUSES, PLEDGE_VERDICTS } from '../member-work/pledge.rules'
import { dateSchema, idSchema, STAFF_ACCESS } from './members.contract'

/** A cloud storage fileID the client got from Taro.cloud.uploadFile. */
export const fileIdSchema = z.string().trim().regex(/^cloud:\/\/\S+$/, { message: '照片应先上传到云存储（cloud:// 开头的文件 ID）' }).max(300)
/** At most nine photos, as chooseMedia allows. */
export const photosSchema = z.array(fileIdSchema).max(9, { message: '最多 9 张照片' })

const yearSchema = z.number().int().min(2000).max(2100)
const titleSchema = z.string().trim().min(2, { message: '承诺事项至少 2 个字' }).max(40, { message: '承诺事项最多 40 个字' })
const contentSchema = z.string().trim().min(2, { message: '请写清楚承诺做什么' }).max(500, { message: '最多 500 个字' })
const statusSchema = z.enum(PLEDGE_STATUSES)
const verdictSchema = z.enum(PLEDGE_VERDICTS)

/** A photo as answered: only passed photos reach others; the author also sees pending and rejected ones, with the reason (docs/media-check.md). */
export const photoViewSchema = z.object({ fileID: z.string(), check: z.enum(['pending', 'passed', 'rejected']), reason: z.string().nullable().optional() })

export const pledgeViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  owner: z.enum(['member', 'branch']),
  memberId: z.string().nullable(),
  ownerName: z.string(),
  year: z.number().int(),
  title: z.string(),
  content: z.string(),
  status: statusSchema,
  statusLabel: z.string(),
  returnReason: z.string().nullable(),
  progress: z.array(z.object({ id: z.string(), date: z.string(), text: z.string(), photos: z.array(photoViewSchema) })),
  selfAssessment: z.string().nullable(),
  verdict: verdictSchema.nullable(),
  verdictLabel: z.string().nullable(),
  verdictComment: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), event: z.string(), by: z.string(), note: z.string().optional() })),
  /** What the caller may do next (the screens show only these): events of the life cycle. */
  can: z.array(z.enum(PLEDGE_EVENTS)),
})

export type PledgeView = z.infer<typeof pledgeViewSchema>

/** A pledge on the public board: no history, no return reasons, only checked photos. */
export const boardPledgeSchema = z.object({
  id: z.string(),
  owner: z.enum(['member', 'branch']),
  ownerName: z.string(),
  title: z.string(),
  content: z.string(),
  statusLabel: z.string(),
  progress: z.array(z.object({ date: z.string(), text: z.string(), photos: z.array(z.string()) })),
  /** Shown once published. */
  verdictLabel: z.string().nullable(),
})

/** The author of a pledge: the member themself, or the branch's secretary (who may also write one for a member, 代填). */
const AUTHOR_ACCESS = { member: 'self', secretary: 'own-org' } as const satisfies AccessPolicy
/** Anyone who may read a member's pledges: the member and the staff over them. */
const READER_ACCESS = { member: 'self', ...STAFF_ACCESS } as const satisfies AccessPolicy
/** Everyone, villagers included: the public pledge board. */
export const PUBLIC_ACCESS = { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' } as const satisfies AccessPolicy

const byId = z.object({ id: idSchema }).strict()

/**
 * The `pledges` cloud function: 党员承诺制 (承诺践诺). The life cycle is the pure state machine in
 * src/core/member-work/pledge.rules.ts; each illegal step answers its own code. docs/member-work.md.
 */
export const pledgesContract = defineContract('pledges', '承诺践诺', {
  create: defineAction({
    summary: '写一条承诺（草稿）：党员自己的（memberId），或支部的（orgId，由支部书记写）',
    input: z
      .object({ memberId: idSchema.optional(), orgId: idSchema.optional(), year: yearSchema, title: titleSchema, content: contentSchema })
      .strict()
      .refine((input) => (input.memberId === undefined) !== (input.orgId === undefined), { message: '请指明是党员的承诺（memberId）还是支部的承诺（orgId），二者选一' }),
    output: pledgeViewSchema,
    access: AUTHOR_ACCESS,
  }),
  edit: defineAction({
    summary: '修改草稿或被退回的承诺',
    input: z.object({ id: idSchema, title: titleSchema.optional(), content: contentSchema.optional() }).strict().refine((input) => input.title !== undefined || input.content !== undefined, { message: '至少要修改一项' }),
    output: pledgeViewSchema,
    access: AUTHOR_ACCESS,
  }),
  submit: defineAction({ summary: '提交承诺，等支部审核', input: byId, output: pledgeViewSchema, access: AUTHOR_ACCESS }),
  approve: defineAction({ summary: '审核通过，承诺在支部承诺公示栏公示', input: byId, output: pledgeViewSchema, access: STAFF_ACCESS }),
  return: defineAction({
    summary: '退回承诺，写明原因，党员修改后再提交',
    input: z.object({ id: idSchema, reason: z.string().trim().min(2, { message: '请写明退回的原因' }).max(200) }).strict(),
    output: pledgeViewSchema,
    access: STAFF_ACCESS,
  }),
  withdraw: defineAction({
    summary: '把公示中的承诺撤下公示栏，写明原因；承诺退回党员修改后再提交',
    input: z.object({ id: idSchema, reason: z.string().trim().min(2, { message: '请写明撤下公示的原因' }).max(200) }).strict(),
    output: pledgeViewSchema,
    access: STAFF_ACCESS,
  }),
  addProgress: defineAction({
    summary: '记录承诺的进展：做了什么、哪天、可附照片',
    input: z.object({ id: idSchema, date: dateSchema, text: z.string().trim().min(2, { message: '请写一句做了什么' }).max(300), photos: photosSchema.default([]) }).strict(),
    output: pledgeViewSchema,
    access: AUTHOR_ACCESS,
  }),
  selfAssess: defineAction({
    summary: '年终自评：承诺兑现得怎么样',
    input: z.object({ id: idSchema, text: z.string().trim().min(2, { message: '请写几句自评' }).max(500) }).strict(),
    output: pledgeViewSchema,
    access: AUTHOR_ACCESS,
  }),
  judge: defineAction({
    summary: '支部评定兑现情况：已兑现 / 部分兑现 / 未兑现',
    input: z.object({ id: idSchema, verdict: verdictSchema, comment: z.string().trim().max(200).default('') }).strict(),
    output: pledgeViewSchema,
    access: STAFF_ACCESS,
  }),
  publish: defineAction({ summary: '公布评定结果', input: byId, output: pledgeViewSchema, access: STAFF_ACCESS }),
  get: defineAction({ summary: '查看一条承诺及其进展', input: byId, output: pledgeViewSchema, access: READER_ACCESS }),
  listForMember: defineAction({
    summary: '一名党员某年的承诺（“我的任务”里的“我的承诺”）',
    input: z.object({ memberId: idSchema, year: yearSchema }).strict(),
    output: z.object({
      year: z.number().int(),
      pledges: z.array(pledgeViewSchema),
      minimum: z.number().int(),
      made: z.number().int(),
      /** The subscription template the pledgeReminder function sends with (its environment's PLEDGE_REMINDER_TEMPLATE_ID, else the default): the one 我的任务 asks consent for. */
      reminderTemplateId: z.string(),
    }),
    access: READER_ACCESS,
  }),
  listForOrg: defineAction({
    summary: '支部某年的承诺：待审核队列、各状态、没有承诺的党员、兑现率',
    input: z.object({ orgId: idSchema, year: yearSchema, status: statusSchema.optional() }).strict(),
    output: z.object({
      org: z.object({ id: z.string(), name: z.string() }),
      year: z.number().int(),
      pledges: z.array(pledgeViewSchema),
      counts: z.record(statusSchema, z.number().int()),
      /** Active members with no submitted (or later) pledge this year. */
      membersWithout: z.array(z.object({ memberId: z.string(), name: z.string() })),
      branchPledges: z.object({ made: z.number().int(), minimum: z.number().int() }),
      /** Over pledges with a verdict: 已兑现 1, 部分兑现 ½; null when none is judged. */
      fulfilmentRate: z.number().nullable(),
      /**
       * Whether the caller may write a pledge in the branch's name: `create`'s access rule for a
       * branch pledge (the branch's own secretary). An organiser over the branch reads its pledges
       * here and reviews them, but is not offered 写一条支部承诺.
       */
      canWriteBranchPledge: z.boolean(),
    }),
    access: STAFF_ACCESS,
  }),
  board: defineAction({
    summary: '支部承诺公示栏（公开：群众也能看）',
    input: z.object({ orgId: idSchema, year: yearSchema }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), year: z.number().int(), pledges: z.array(boardPledgeSchema) }),
    access: PUBLIC_ACCESS,
  }),
})

/** The `pledgeReminder` cloud function: the timer sends the one-time reminder; an admin may run it by hand. */
export const pledgeReminderContract = defineContract('pledgeReminder', '承诺提醒', {
  run: defineAction({
    summary: '给到期仍没有承诺的党员发一次订阅消息提醒（每人每年一次）',
    input: z.object({ year: yearSchema.optional() }).strict(),
    output: z.object({ year: z.number().int(), due: z.boolean(), sent: z.number().int(), failed: z.number().int(), skipped: z.number().int() }),
    access: { admin: 'all' },
  }),
})
