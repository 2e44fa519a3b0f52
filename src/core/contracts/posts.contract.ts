import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { CADENCES } from '../member-work/duty-coverage'
import { ASSIGNMENT_STATUSES, POST_RATINGS } from '../member-work/posts.catalogue'
import { dateSchema, idSchema, phoneSchema, STAFF_ACCESS } from './members.contract'
import { photosSchema, PUBLIC_ACCESS } from './pledges.contract'

const cadenceSchema = z.enum(CADENCES)

const householdSchema = z.object({
  name: z.string().trim().min(1, { message: '请写户主姓名' }).max(20),
  addressNote: z.string().trim().max(60).default(''),
  phone: phoneSchema.optional(),
})

/** The area of 定岗 and of 调整责任区: one shape and one set of refusals, whatever the household rows accept. */
function areaSchemaOf<H extends z.ZodType>(household: H) {
  return z
    .object({
      name: z.string().trim().min(2, { message: '请给责任区起个名字，例如“三组东片”' }).max(30),
      kind: z.enum(['households', 'place']),
      households: z.array(household).max(30, { message: '一个责任区最多 30 户' }).default([]),
      place: z.string().trim().max(100).optional(),
    })
    .strict()
    .refine((area) => (area.kind === 'households' ? area.households.length > 0 : Boolean(area.place)), { message: '联系户责任区至少要有一户；地点责任区要写明是什么地方' })
}

const areaInputSchema = areaSchemaOf(householdSchema)

/**
 * 调整责任区: a phone may come back exactly as the caller was shown it (138****5678, to staff who
 * only see masked phones): it keeps the number stored for the household of that name.
 */
export const KEPT_PHONE_PATTERN = /^1\d{2}\*{4}\d{4}$/
const adjustAreaSchema = areaSchemaOf(householdSchema.extend({ phone: z.union([phoneSchema, z.string().trim().regex(KEPT_PHONE_PATTERN)]).optional() }))

const dutyInputSchema = z.object({ title: z.string().trim().min(2).max(40), cadence: cadenceSchema }).strict()

/** The duties of 定岗 and of 调整责任区: at least one, at most ten. */
function dutyListOf<D extends z.ZodType>(duty: D) {
  return z.array(duty).min(1, { message: '至少要有一项职责' }).max(10)
}

/** 调整责任区: a duty kept names its `id`; one without an id is new. */
const adjustDutySchema = dutyInputSchema.extend({ id: idSchema.optional() })

/** Consent given in the client (the platform's privacy flow) before it sends a place. */
const placeSchema = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), name: z.string().trim().max(60).optional() }).strict()

const periodSchema = z.object({ start: z.string(), end: z.string() })
const totalsSchema = z.object({ due: z.number().int(), doneOnTime: z.number().int(), overdue: z.number().int(), dueNow: z.number().int(), onTimeRate: z.number().nullable() })

export const dutyViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  cadence: cadenceSchema,
  cadenceLabel: z.string(),
  since: z.string(),
  due: z.number().int(),
  doneOnTime: z.number().int(),
  overdue: z.number().int(),
  overduePeriods: z.array(periodSchema),
  /** This week / month / quarter: done yet or not. */
  current: periodSchema.extend({ done: z.boolean() }).nullable(),
  lastDoneOn: z.string().nullable(),
})

export const assignmentViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  postId: z.string(),
  postName: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  statusLabel: z.string(),
  area: z
    .object({
      name: z.string(),
      kind: z.enum(['households', 'place']),
      /** Phones are always masked here (138****5678). */
      households: z.array(z.object({ name: z.string(), addressNote: z.string(), phone: z.string().nullable() })),
      place: z.string().nullable(),
    })
    .nullable(),
  /** The duties that run now. */
  duties: z.array(dutyViewSchema),
  /** Duties stopped by 调整责任区 (removed, or replaced when their cadence changed): their records and figures stay, and count in `totals`. */
  endedDuties: z.array(dutyViewSchema.extend({ until: z.string() })).default([]),
  totals: totalsSchema,
  /** 调整责任区, oldest first: who, when, what changed (names only, no phones). */
  adjustments: z.array(z.object({ at: z.string(), by: z.string(), changes: z.array(z.string()) })).default([]),
  reviews: z.array(z.object({ period: z.string(), rating: z.enum(POST_RATINGS), ratingLabel: z.string(), comment: z.string(), by: z.string(), at: z.string() })),
})

export type AssignmentView = z.infer<typeof assignmentViewSchema>
export type AdjustmentView = AssignmentView['adjustments'][number]

export const dutyRecordViewSchema = z.object({
  id: z.string(),
  assignmentId: z.string(),
  dutyId: z.string(),
  doneOn: z.string(),
  note: z.string(),
  photos: z.array(z.object({ fileID: z.string(), check: z.enum(['pending', 'passed', 'rejected']), reason: z.string().nullable().optional() })),
  place: placeSchema.nullable(),
})

/** A duty record with what it belongs to, for the history of a member or of an area (履岗记录). */
export const dutyHistoryEntrySchema = dutyRecordViewSchema.extend({ postName: z.string(), areaName: z.string(), dutyTitle: z.string(), memberName: z.string() })

/** One published post on the public board (明岗): who holds it, their area, their duties; phones masked, no records, no reviews. */
export const boardPostSchema = z.object({
  id: z.string(),
  postName: z.string(),
  memberName: z.string(),
  area: z.object({
    name: z.string(),
    kind: z.enum(['households', 'place']),
    households: z.array(z.object({ name: z.string(), addressNote: z.string(), phone: z.string().nullable() })),
    place: z.string().nullable(),
  }),
  duties: z.array(z.object({ title: z.string(), cadenceLabel: z.string() })),
  since: z.string().nullable(),
})

const postViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  custom: z.boolean(),
  duties: z.array(z.object({ title: z.string(), cadence: cadenceSchema })),
})

/** A member may read their organisation's catalogue and volunteer; staff run the rest. */
const MEMBER_IN_ORG_ACCESS = { member: 'own-org', ...STAFF_ACCESS } as const satisfies AccessPolicy
/** Whoever holds an area records in it: the member (or a secretary who holds a post too). */
const HOLDER_ACCESS = { member: 'own-org', secretary: 'own-org' } as const satisfies AccessPolicy

/**
 * The `posts` cloud function: 设岗定责 and 党员责任区 in six steps — 设岗 (catalogue, definePost),
 * 认岗 (volunteer), 定岗 (assign; 调整责任区 adjust), 明岗 (publish), 履岗 (recordDuty), 评岗 (review) — and the
 * coverage of duties (due, done on time, overdue). docs/member-work.md.
 */
export const postsContract = defineContract('posts', '设岗定责', {
  catalogue: defineAction({
    summary: '本支部可认领的岗位：常用岗位和自设岗位',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ posts: z.array(postViewSchema) }),
    access: MEMBER_IN_ORG_ACCESS,
  }),
  definePost: defineAction({
    summary: '设岗：增加一个自设岗位',
    input: z.object({ orgId: idSchema, name: z.string().trim().min(2).max(20), description: z.string().trim().max(100).default('') }).strict(),
    output: postViewSchema,
    access: STAFF_ACCESS,
  }),
  volunteer: defineAction({
    summary: '认岗：党员认领一个岗位，等支部定岗',
    input: z.object({ memberId: idSchema, postId: idSchema }).strict(),
    output: assignmentViewSchema,
    access: { member: 'self', ...STAFF_ACCESS },
  }),
  assign: defineAction({
    summary: '定岗：确定岗位、责任区和职责（党员已认岗的就用那条记录）',
    input: z.object({ memberId: idSchema, postId: idSchema, area: areaInputSchema, duties: dutyListOf(dutyInputSchema), since: dateSchema }).strict(),
    output: assignmentViewSchema,
    access: STAFF_ACCESS,
  }),
  adjust: defineAction({
    summary: '调整责任区：改已定岗或已明岗岗位的责任区和职责；记过的履岗和完成情况不变',
    input: z
      .object({ id: idSchema, area: adjustAreaSchema, duties: dutyListOf(adjustDutySchema) })
      .strict()
      .refine((input) => new Set(input.duties.flatMap((duty) => (duty.id ? [duty.id] : []))).size === input.duties.filter((duty) => duty.id).length, { message: '同一项职责只能出现一次' }),
    output: assignmentViewSchema,
    access: STAFF_ACCESS,
  }),
  publish: defineAction({ summary: '明岗：公示岗位、责任区和职责', input: z.object({ id: idSchema }).strict(), output: assignmentViewSchema, access: STAFF_ACCESS }),
  recordDuty: defineAction({
    summary: '履岗：在自己的责任区记一次做了什么（可附照片；位置只在本人同意后提供）',
    input: z.object({ assignmentId: idSchema, dutyId: idSchema, doneOn: dateSchema, note: z.string().trim().min(2, { message: '请写一句做了什么' }).max(300), photos: photosSchema.default([]), place: placeSchema.optional() }).strict(),
    output: z.object({ record: dutyRecordViewSchema, assignment: assignmentViewSchema }),
    access: HOLDER_ACCESS,
  }),
  listRecords: defineAction({
    summary: '一个责任区的履岗记录',
    input: z.object({ assignmentId: idSchema }).strict(),
    output: z.object({ records: z.array(dutyRecordViewSchema) }),
    access: { member: 'self', ...STAFF_ACCESS },
  }),
  review: defineAction({
    summary: '评岗：书记对党员履岗情况的阶段评价',
    input: z.object({ id: idSchema, period: z.string().trim().min(2).max(20), rating: z.enum(POST_RATINGS), comment: z.string().trim().max(200).default('') }).strict(),
    output: assignmentViewSchema,
    access: STAFF_ACCESS,
  }),
  myTasks: defineAction({
    summary: '“我的任务”：一名党员的岗位、责任区和本周期该做的职责',
    input: z.object({ memberId: idSchema }).strict(),
    output: z.object({ asOf: z.string(), assignments: z.array(assignmentViewSchema), totals: totalsSchema }),
    access: { member: 'self', ...STAFF_ACCESS },
  }),
  coverage: defineAction({
    summary: '支部履岗覆盖：每名党员、每个责任区的应履职、按时完成、逾期，和逾期清单',
    input: z.object({ orgId: idSchema, from: dateSchema.optional() }).strict(),
    output: z.object({
      org: z.object({ id: z.string(), name: z.string() }),
      asOf: z.string(),
      from: z.string(),
      branch: totalsSchema,
      members: z.array(z.object({ memberId: z.string(), memberName: z.string(), totals: totalsSchema })),
      areas: z.array(z.object({ assignmentId: z.string(), memberName: z.string(), postName: z.string(), areaName: z.string(), totals: totalsSchema })),
      overdue: z.array(z.object({ assignmentId: z.string(), memberName: z.string(), areaName: z.string(), dutyTitle: z.string(), period: periodSchema })),
      /** 认岗 waiting for 定岗, and 定岗 waiting for 明岗. */
      waiting: z.array(z.object({ assignmentId: z.string(), memberName: z.string(), postName: z.string(), statusLabel: z.string() })),
    }),
    access: STAFF_ACCESS,
  }),
  listForOrg: defineAction({
    summary: '支部的全部岗位记录：认岗待定岗、定岗待明岗、已明岗（本支部书记能看到联系户的完整电话）',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), assignments: z.array(assignmentViewSchema) }),
    access: STAFF_ACCESS,
  }),
  history: defineAction({
    summary: '履岗记录：一名党员的（memberId），或一个责任区的（assignmentId），新的在前',
    input: z
      .object({ memberId: idSchema.optional(), assignmentId: idSchema.optional() })
      .strict()
      .refine((input) => (input.memberId === undefined) !== (input.assignmentId === undefined), { message: '请指明看哪名党员（memberId）或哪个责任区（assignmentId）的记录，二者选一' }),
    output: z.object({ title: z.string(), records: z.array(dutyHistoryEntrySchema) }),
    access: { member: 'self', ...STAFF_ACCESS },
  }),
  board: defineAction({
    summary: '明岗公示栏（公开：群众也能看）：谁在什么岗位、联系哪些户、做什么',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), posts: z.array(boardPostSchema) }),
    access: PUBLIC_ACCESS,
  }),
})
