import { z } from 'zod'
import type { AccessPolicy } from '../auth/authorize'
import { defineAction, defineContract } from '../contract'
import { STORY_EVENTS, STORY_STATUSES } from '../publicity/story.rules'
import { idSchema, STAFF_ACCESS } from './members.contract'
import { photosSchema, PUBLIC_ACCESS } from './pledges.contract'
import { contentCheckViewSchema, photoCheckViewSchema } from './boards.contract'

const criterionSchema = z.enum(['leadership', 'team', 'mechanism', 'performance', 'image'])

/** A story as its branch and reviewers see it. */
export const storyViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  photos: z.array(z.string()),
  criterion: criterionSchema,
  criterionTitle: z.string(),
  status: z.enum(STORY_STATUSES),
  statusLabel: z.string(),
  comments: z.array(z.object({ at: z.string(), by: z.string(), decision: z.enum(['return', 'recommend']), text: z.string() })),
  submittedAt: z.string().nullable(),
  recommendedAt: z.string().nullable(),
  readCount: z.number().int(),
  check: contentCheckViewSchema,
  /**
   * Only to the branch's secretary (the author), on its stories (save, submit, get, listForOrg): the
   * content check of each photo that was sent for one (on submit), for 审核中 / 未通过（原因） under it
   * and a line on the list's card. A photo not listed has not been checked yet (docs/media-check.md).
   */
  photoChecks: z.array(photoCheckViewSchema).optional(),
  can: z.array(z.enum(STORY_EVENTS)),
})

/** A recommended story as the public reads it: no comments, no workflow. */
export const publicStorySchema = storyViewSchema.pick({ id: true, orgId: true, orgName: true, title: true, summary: true, body: true, photos: true, criterion: true, criterionTitle: true, recommendedAt: true, readCount: true })
export const storyCardSchema = publicStorySchema.omit({ body: true })

export type StoryView = z.infer<typeof storyViewSchema>

/** The branch writes its own stories. */
const AUTHOR_ACCESS = { secretary: 'own-org' } as const satisfies AccessPolicy
/** The township (and county) review what is submitted under them. */
const REVIEWER_ACCESS = { organiser: 'subtree', admin: 'all' } as const satisfies AccessPolicy

const byId = z.object({ id: idSchema }).strict()
const storyFields = {
  title: z.string().trim().min(4, { message: '标题至少 4 个字' }).max(40, { message: '标题最多 40 个字' }),
  summary: z.string().trim().min(10, { message: '摘要至少 10 个字，说清楚做了什么、效果怎样' }).max(200, { message: '摘要最多 200 个字' }),
  body: z.string().trim().min(50, { message: '正文至少 50 个字' }).max(5000, { message: '正文最多 5000 个字' }),
  photos: photosSchema.default([]),
  criterion: criterionSchema,
}

/**
 * The `stories` cloud function: 典型经验. A branch drafts and submits; the township returns it with
 * comments or recommends it; recommended stories form the county feed with read counts
 * (never votes or scores). docs/boards.md.
 */
export const storiesContract = defineContract('stories', '典型经验', {
  save: defineAction({
    summary: '写或修改一篇典型经验（草稿或被退回的）',
    input: z.object({ id: idSchema.optional(), orgId: idSchema, ...storyFields }).strict(),
    output: storyViewSchema,
    access: AUTHOR_ACCESS,
  }),
  submit: defineAction({ summary: '报送乡镇审阅：先过内容安全检查', input: byId, output: storyViewSchema, access: AUTHOR_ACCESS }),
  review: defineAction({
    summary: '乡镇审阅：退回修改（写明意见）或推荐到全县',
    input: z
      .object({ id: idSchema, decision: z.enum(['return', 'recommend']), comment: z.string().trim().max(300, { message: '意见最多 300 个字' }).default('') })
      .strict()
      .refine((input) => input.decision === 'recommend' || input.comment.length >= 2, { message: '退回时请写明修改意见', path: ['comment'] }),
    output: storyViewSchema,
    access: REVIEWER_ACCESS,
  }),
  get: defineAction({ summary: '看一篇典型经验及审阅意见', input: byId, output: storyViewSchema, access: STAFF_ACCESS }),
  listForOrg: defineAction({
    summary: '本组织的典型经验（各状态）',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ stories: z.array(storyViewSchema) }),
    access: STAFF_ACCESS,
  }),
  listForReview: defineAction({
    summary: '辖区内报送待审阅的典型经验',
    input: z.object({ rootOrgId: idSchema }).strict(),
    output: z.object({ stories: z.array(storyViewSchema) }),
    access: REVIEWER_ACCESS,
  }),
  feed: defineAction({
    summary: '全县推荐的典型经验（人人可看），最新的在前',
    input: z.object({}).strict(),
    output: z.object({ stories: z.array(storyCardSchema) }),
    access: PUBLIC_ACCESS,
  }),
  read: defineAction({ summary: '阅读一篇推荐的典型经验（阅读数加一）', input: byId, output: publicStorySchema, access: PUBLIC_ACCESS }),
})
