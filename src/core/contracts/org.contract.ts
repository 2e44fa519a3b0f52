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
export type OrgSummary = z.infer<typeof orgSummarySchema>

/** The `org` cloud function: the organisation tree and who stands where in it. */
export const orgContract = defineContract('org', '组织与身份', {
  getHome: defineAction({
    summary: '读取当前身份、所在组织及其“五个好”创建标准',
    input: noInput,
    output: homeSchema,
    access: { villager: 'public', member: 'public', secretary: 'public', organiser: 'public', admin: 'public' },
  }),
})
