import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from '../publicity/suggestion.rules'
import { idSchema, STAFF_ACCESS } from './members.contract'
import { PUBLIC_ACCESS } from './pledges.contract'

const answerSchema = z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable()

/** A suggestion as its author follows it. */
export const mySuggestionSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  kindLabel: z.string(),
  text: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  statusLabel: z.string(),
  /** Why the content check refused it (status rejected); only the author sees this suggestion then. */
  rejectedReason: z.string().nullable(),
  answer: answerSchema,
  createdAt: z.string(),
})

/** A suggestion as the branch and township see it: no author at all. */
export const branchSuggestionSchema = mySuggestionSchema.omit({ rejectedReason: true }).extend({
  dueAt: z.string(),
  overdue: z.boolean(),
  daysWaiting: z.number().int(),
})

/** Only the branch answers for itself. */
const ANSWER_ACCESS = { secretary: 'own-org' } as const satisfies AccessPolicy
const TOWNSHIP_ACCESS = { organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy

/**
 * The `suggestions` cloud function: 意见建议. Anyone leaves one for an organisation; the branch
 * answers; the author (an HMAC of their OPENID, never the OPENID) alone follows it; unanswered
 * ones past the set days are flagged to the township. docs/boards.md.
 */
export const suggestionsContract = defineContract('suggestions', '意见建议', {
  leave: defineAction({
    summary: '给一个组织留意见建议或投诉（不用绑定）；先过内容安全检查',
    input: z
      .object({ orgId: idSchema, kind: z.enum(SUGGESTION_KINDS).default('suggestion'), text: z.string().trim().min(5, { message: '请至少写 5 个字，说清楚是什么事' }).max(500, { message: '最多 500 个字' }) })
      .strict(),
    output: mySuggestionSchema,
    access: PUBLIC_ACCESS,
  }),
  places: defineAction({
    summary: '可以留言的组织（村、企业、支部）和它们所属的乡镇，供没有绑定的群众选',
    input: z.object({}).strict(),
    output: z.object({ places: z.array(z.object({ id: z.string(), name: z.string(), under: z.string() })) }),
    access: PUBLIC_ACCESS,
  }),
  mine: defineAction({
    summary: '我留过的意见建议和答复（只有留言的人自己看得到）',
    input: z.object({}).strict(),
    output: z.object({ suggestions: z.array(mySuggestionSchema) }),
    access: PUBLIC_ACCESS,
  }),
  listForOrg: defineAction({
    summary: '本组织收到的意见建议：未答复的在前，超期的标出',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ answerDays: z.number().int(), suggestions: z.array(branchSuggestionSchema) }),
    access: STAFF_ACCESS,
  }),
  answer: defineAction({
    summary: '支部答复一条意见建议（留言人会看到）；先过内容安全检查',
    input: z.object({ id: idSchema, text: z.string().trim().min(5, { message: '答复至少 5 个字' }).max(500, { message: '答复最多 500 个字' }) }).strict(),
    output: branchSuggestionSchema,
    access: ANSWER_ACCESS,
  }),
  overdue: defineAction({
    summary: '辖区内超期未答复的意见建议（提醒乡镇督办）',
    input: z.object({ rootOrgId: idSchema }).strict(),
    output: z.object({ answerDays: z.number().int(), suggestions: z.array(branchSuggestionSchema) }),
    access: TOWNSHIP_ACCESS,
  }),
})
