import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { isCalendarDate } from '../development/development.rules'
import { MOBILE_PATTERN } from '../members/phone'
import { ROLES } from '../org/org.types'

/** An id of a stored document, as the client received it. */
export const idSchema = z.string().trim().min(1).max(64)

/** A calendar day, YYYY-MM-DD. */
export const dateSchema = z.string().refine(isCalendarDate, { message: '日期应为“年-月-日”，例如 2025-07-01' })

export const personNameSchema = z.string().trim().min(2).max(20)
export const genderSchema = z.enum(['男', '女'])
export const birthYearSchema = z.number().int().min(1900).max(2100)
export const committeeRoleSchema = z.enum(['书记', '副书记', '组织委员', '宣传委员', '纪检委员'])
export const phoneSchema = z.string().trim().regex(MOBILE_PATTERN, { message: '手机号应为 11 位数字，以 1 开头' })

/** The staff of an organisation: its secretary and committee, the organisers above it, the admin. */
export const STAFF_ACCESS = { secretary: 'own-org', organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy

const historyEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(['added', 'edited', 'transferred', 'archived', 'bound', 'unbound']),
  by: z.string(),
  detail: z.string(),
})

/**
 * A member as staff (or the member themself) sees them. `phone` is masked (138****5678) for
 * everyone but the member themself. No ID-card number exists anywhere in the product.
 */
export const memberViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
  gender: genderSchema,
  birthYear: z.number().int(),
  joinedAt: z.string(),
  phone: z.string().nullable(),
  duty: z.string().nullable(),
  committeeRole: committeeRoleSchema.nullable(),
  status: z.enum(['active', 'archived']),
  /** Whether a WeChat identity is bound (never which one). */
  bound: z.boolean(),
  history: z.array(historyEntrySchema),
})

export type MemberView = z.infer<typeof memberViewSchema>

const memberFieldsSchema = z.object({
  name: personNameSchema,
  gender: genderSchema,
  birthYear: birthYearSchema,
  /** 入党时间. */
  joinedAt: dateSchema,
  phone: phoneSchema.optional(),
  /** 职务, e.g. 村委会副主任. */
  duty: z.string().trim().min(1).max(30).optional(),
  committeeRole: committeeRoleSchema.optional(),
})

const editableFieldsSchema = z
  .object({
    id: idSchema,
    name: personNameSchema.optional(),
    gender: genderSchema.optional(),
    birthYear: birthYearSchema.optional(),
    joinedAt: dateSchema.optional(),
    /** null removes the phone. */
    phone: phoneSchema.nullable().optional(),
    duty: z.string().trim().min(1).max(30).nullable().optional(),
    /** null: no committee seat. */
    committeeRole: committeeRoleSchema.nullable().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== 'id'), { message: '至少要修改一项' })

/** Everything stored about the caller ("我的"): their account and, when bound to one, their member record with the full phone. */
export const myRecordSchema = z.object({
  account: z
    .object({
      role: z.enum(ROLES),
      roleLabel: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      displayName: z.string(),
      nickname: z.string().nullable(),
      avatarFileID: z.string().nullable(),
      boundAt: z.string(),
    })
    .nullable(),
  member: memberViewSchema.nullable(),
})

export type MyRecord = z.infer<typeof myRecordSchema>

/** The `members` cloud function: the members of an organisation, kept by its secretary. */
export const membersContract = defineContract('members', '党员名册', {
  list: defineAction({
    summary: '列出一个组织的党员（手机号打码）',
    input: z.object({ orgId: idSchema, includeArchived: z.boolean().default(false) }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), members: z.array(memberViewSchema) }),
    access: STAFF_ACCESS,
  }),
  get: defineAction({
    summary: '查看一名党员的档案',
    input: z.object({ id: idSchema }).strict(),
    output: memberViewSchema,
    access: { member: 'self', ...STAFF_ACCESS },
  }),
  add: defineAction({
    summary: '新增党员',
    input: memberFieldsSchema
      .extend({ orgId: idSchema })
      .strict()
      .refine((input) => Number(input.joinedAt.slice(0, 4)) - input.birthYear >= 18, { message: '入党时应年满十八岁，请检查出生年份和入党时间', path: ['joinedAt'] }),
    output: memberViewSchema,
    access: STAFF_ACCESS,
  }),
  edit: defineAction({
    summary: '修改党员信息、职务或支委职务',
    input: editableFieldsSchema,
    output: memberViewSchema,
    access: STAFF_ACCESS,
  }),
  archive: defineAction({
    summary: '党员档案归档（去世、出党等），并解除其微信绑定',
    input: z.object({ id: idSchema, reason: z.string().trim().min(2).max(100) }).strict(),
    output: memberViewSchema,
    access: STAFF_ACCESS,
  }),
  transfer: defineAction({
    summary: '组织关系转接：转到本县另一个党组织，保留档案历史',
    input: z.object({ id: idSchema, toOrgId: idSchema }).strict(),
    output: memberViewSchema,
    access: STAFF_ACCESS,
  }),
  getMine: defineAction({
    summary: '我的：系统里存着的关于我的全部信息',
    input: z.object({}).strict(),
    output: myRecordSchema,
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
})
