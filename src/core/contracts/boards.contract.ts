import { z } from 'zod'
import { defineAction, defineContract } from '../contract'
import { BOARD_KINDS, BOARD_STATUSES, boardBlocksSchema, boardBlockSchema } from '../publicity/board.rules'
import { idSchema, STAFF_ACCESS } from './members.contract'
import { PUBLIC_ACCESS } from './pledges.contract'

const kindSchema = z.enum(BOARD_KINDS)
const yearSchema = z.number().int().min(2000).max(2100)

/** The content-security state the author sees; others only ever see passed content. */
export const contentCheckViewSchema = z.object({ result: z.enum(['passed', 'rejected']), reason: z.string().nullable() }).nullable()

/** One photo's content check as its author (a board's staff) sees it; a photo not sent for one yet is not listed. */
export const photoCheckViewSchema = z.object({ fileID: z.string(), check: z.enum(['pending', 'passed', 'rejected']), reason: z.string().nullable() })

/** A board as listed: no content. */
export const boardSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: kindSchema,
  kindLabel: z.string(),
  title: z.string(),
  status: z.enum(BOARD_STATUSES),
  pinned: z.boolean(),
  generated: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
})

/** A board with its content; a generated board's blocks are built from the data at this moment. */
export const boardViewSchema = boardSummarySchema.extend({
  org: z.object({ id: z.string(), name: z.string() }),
  blocks: z.array(boardBlockSchema),
  /** The page path a QR code or share points to (BOARD_PAGE?id=…). */
  path: z.string(),
  check: contentCheckViewSchema,
  /**
   * Staff only: the content check of each image sent for one (on publish, or save of a published board)
   * for 审核中 / 已公开 / 未通过（原因）; an image not listed is not sent yet. Others get only images that passed (docs/media-check.md).
   */
  imageChecks: z.array(photoCheckViewSchema).optional(),
  /** What the caller may do next: staff in scope only. */
  can: z.array(z.enum(['edit', 'publish', 'unpublish', 'pin'])),
})

export type BoardView = z.infer<typeof boardViewSchema>
export type BoardSummary = z.infer<typeof boardSummarySchema>
export type BoardCode = z.output<(typeof boardsContract.actions)['getCode']['output']>

const byId = z.object({ id: idSchema }).strict()

/**
 * The `boards` cloud function: 宣传版面. Published boards are public (a villager reads them
 * without binding); staff write, publish, unpublish and pin boards of organisations in their
 * scope. Text is checked by msgSecCheck v2 (scene 3) before it is published. docs/boards.md.
 */
export const boardsContract = defineContract('boards', '宣传版面', {
  list: defineAction({
    summary: '一个组织公开的版面（群众不用绑定也能看）：置顶的在前',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({ org: z.object({ id: z.string(), name: z.string() }), boards: z.array(boardSummarySchema) }),
    access: PUBLIC_ACCESS,
  }),
  get: defineAction({
    summary: '看一个版面：已发布的人人可看；草稿只有本组织和上级的管理人员能看',
    input: byId,
    output: boardViewSchema,
    access: PUBLIC_ACCESS,
  }),
  listForOrg: defineAction({
    summary: '本组织的全部版面（含草稿和未通过检查的），供编辑',
    input: z.object({ orgId: idSchema }).strict(),
    output: z.object({
      org: z.object({ id: z.string(), name: z.string() }),
      /** imageChecks as in a board's view: the card says when an image is held or refused. */
      boards: z.array(boardSummarySchema.extend({ check: contentCheckViewSchema, imageChecks: z.array(photoCheckViewSchema) })),
    }),
    access: STAFF_ACCESS,
  }),
  save: defineAction({
    summary: '新建或修改一个版面（标题、类别、内容块）；已发布的版面修改后先过内容检查',
    input: z.object({ id: idSchema.optional(), orgId: idSchema, kind: kindSchema, title: z.string().trim().min(2, { message: '标题至少 2 个字' }).max(30, { message: '标题最多 30 个字' }), blocks: boardBlocksSchema }).strict(),
    output: boardViewSchema,
    access: STAFF_ACCESS,
  }),
  createGenerated: defineAction({
    summary: '建立自动生成的承诺公示栏：内容随承诺的审核、撤回自动更新',
    input: z.object({ orgId: idSchema, kind: z.literal('pledges'), year: yearSchema }).strict(),
    output: boardViewSchema,
    access: STAFF_ACCESS,
  }),
  publish: defineAction({ summary: '发布版面：先过内容安全检查，通过后群众可见', input: byId, output: boardViewSchema, access: STAFF_ACCESS }),
  unpublish: defineAction({ summary: '撤下版面，群众不再看得到', input: byId, output: boardViewSchema, access: STAFF_ACCESS }),
  pin: defineAction({ summary: '置顶或取消置顶', input: z.object({ id: idSchema, pinned: z.boolean() }).strict(), output: boardViewSchema, access: STAFF_ACCESS }),
  getCode: defineAction({
    summary: '取得版面的小程序码（打印海报用），扫码打开这个版面',
    input: byId,
    output: z.object({
      board: boardSummarySchema,
      org: z.object({ id: z.string(), name: z.string() }),
      /** The page the code opens and the scene it carries (boardScene: ≤ 32 characters). */
      page: z.string(),
      scene: z.string(),
      path: z.string(),
      /** The PNG in cloud storage, and a temporary URL to draw or download it. */
      qrFileID: z.string(),
      qrUrl: z.string(),
    }),
    access: STAFF_ACCESS,
  }),
})
