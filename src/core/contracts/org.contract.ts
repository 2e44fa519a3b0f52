import { z } from 'zod'
import { defineAction, defineContract, noInput } from '../contract'
import { ORG_TYPES, ROLES } from '../org/org.types'

const criterionSchema = z.object({
  key: z.enum(['leadership', 'team', 'mechanism', 'performance', 'image']),
  ordinal: z.number().int().min(1).max(5),
  title: z.string(),
  text: z.string(),
})

const orgSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ORG_TYPES),
  typeLabel: z.string(),
})

export const homeSchema = z.object({
  identity: z.object({
    role: z.enum(ROLES),
    roleLabel: z.string(),
    /** The member's or staff's name; empty for a villager. */
    displayName: z.string(),
  }),
  /** The caller's own organisation; null for a villager. */
  org: orgSummarySchema
    .extend({
      /** From the county down to the organisation's parent. */
      ancestors: z.array(orgSummarySchema.pick({ id: true, name: true })),
      memberCount: z.number().int().nonnegative(),
    })
    .nullable(),
  /** The five criteria of the organisation's type, quoted from the campaign document; null where it has none. */
  standards: z
    .object({
      heading: z.string(),
      criteria: z.array(criterionSchema).length(5),
    })
    .nullable(),
})

export type Home = z.infer<typeof homeSchema>

/** One organisation in a subtree listing, depth-first from the root. */
export const orgNodeSchema = orgSummarySchema.extend({
  parentId: z.string().nullable(),
  /** Levels below the listed root (0 = the root); for a single organisation, levels below the county. */
  depth: z.number().int().nonnegative(),
  memberCount: z.number().int().nonnegative(),
})

export type OrgNode = z.infer<typeof orgNodeSchema>

const orgIdSchema = z.string().trim().min(1).max(64)
const orgNameSchema = z.string().trim().min(2).max(40)
export type OrgSummary = z.infer<typeof orgSummarySchema>

/** The `org` cloud function: the organisation tree and who stands where in it. */
export const orgContract = defineContract('org', '组织与身份', {
  getHome: defineAction({
    summary: '读取当前身份、所在组织及其“五个好”创建标准',
    input: noInput,
    output: homeSchema,
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
  listTree: defineAction({
    summary: '列出一个组织及其下级组织（默认从我所在的组织开始）',
    input: z.object({ rootId: orgIdSchema.optional() }).strict(),
    output: z.object({ nodes: z.array(orgNodeSchema) }),
    access: { secretary: 'own-org', organiser: 'subtree', admin: 'all' },
  }),
  createOrg: defineAction({
    summary: '在管辖范围内新建下级组织（县委 → 乡镇党委 → 村或企业 → 党支部）',
    input: z.object({ parentId: orgIdSchema, name: orgNameSchema, type: z.enum(ORG_TYPES) }).strict(),
    output: orgNodeSchema,
    access: { organiser: 'subtree', admin: 'all' },
  }),
  renameOrg: defineAction({
    summary: '修改组织名称',
    input: z.object({ id: orgIdSchema, name: orgNameSchema }).strict(),
    output: orgNodeSchema,
    access: { organiser: 'subtree', admin: 'all' },
  }),
  moveOrg: defineAction({
    summary: '把组织（连同下级）移到管辖范围内的另一个上级组织下',
    input: z.object({ id: orgIdSchema, parentId: orgIdSchema }).strict(),
    output: z.object({ org: orgNodeSchema, descendantsMoved: z.number().int().nonnegative() }),
    access: { organiser: 'subtree', admin: 'all' },
  }),
  setUp: defineAction({
    summary: '新部署初始化：建立县委组织，当前微信成为系统管理员（只能做一次）',
    input: z.object({ countyName: orgNameSchema, adminName: z.string().trim().min(2).max(20) }).strict(),
    output: z.object({ org: orgSummarySchema, role: z.literal('admin') }),
    access: { villager: 'public' },
  }),
})
