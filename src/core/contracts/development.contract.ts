import { z } from 'zod'
import { defineAction, defineContract } from '../contract'
import { DEVELOPMENT_STAGES } from '../development/development.rules'
import { birthYearSchema, dateSchema, genderSchema, idSchema, personNameSchema, STAFF_ACCESS } from './members.contract'

const stageSchema = z.enum(DEVELOPMENT_STAGES as ['applicant', 'activist', 'candidate', 'probationary', 'full'])

export const developmentViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  gender: genderSchema,
  birthYear: z.number().int(),
  stage: stageSchema,
  stageLabel: z.string(),
  stages: z.array(z.object({ stage: stageSchema, stageLabel: z.string(), date: z.string() })),
  /** The next stage and the earliest day it may be entered (the minimum periods), or null when complete. */
  next: z.object({ stage: stageSchema, stageLabel: z.string(), earliest: z.string().nullable() }).nullable(),
})

export type DevelopmentView = z.infer<typeof developmentViewSchema>

/** The `development` cloud function: 发展党员, stage by stage, and the yearly count per village (空白村). */
export const developmentContract = defineContract('development', '发展党员', {
  list: defineAction({
    summary: '列出一个组织的发展党员记录',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), records: z.array(developmentViewSchema) }),
    access: STAFF_ACCESS,
  }),
  add: defineAction({
    summary: '登记一名入党申请人',
    input: z
      .object({ orgId: idSchema, name: personNameSchema, gender: genderSchema, birthYear: birthYearSchema, appliedAt: dateSchema })
      .strict()
      .refine((input) => Number(input.appliedAt.slice(0, 4)) - input.birthYear >= 18, { message: '申请入党应年满十八岁', path: ['appliedAt'] }),
    output: developmentViewSchema,
    access: STAFF_ACCESS,
  }),
  advance: defineAction({
    summary: '推进到下一阶段（积极分子满一年才能列为发展对象；预备期满一年才能转正）',
    input: z.object({ id: idSchema, stage: stageSchema, date: dateSchema }).strict(),
    output: developmentViewSchema,
    access: STAFF_ACCESS,
  }),
  report: defineAction({
    summary: '某年各村（企业）发展党员数，以及一个也没有发展的空白村',
    input: z.object({ orgId: idSchema, year: z.number().int().min(2000).max(2100) }).strict(),
    output: z.object({
      year: z.number().int(),
      org: z.object({ id: z.string(), name: z.string() }),
      units: z.array(z.object({ orgId: z.string(), name: z.string(), type: z.enum(['village', 'enterprise']), developed: z.number().int().nonnegative() })),
      /** Villages (not enterprises) that developed no member in the year. */
      blankVillages: z.array(z.object({ orgId: z.string(), name: z.string() })),
    }),
    access: STAFF_ACCESS,
  }),
})
