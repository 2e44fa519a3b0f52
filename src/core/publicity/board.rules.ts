import { z } from 'zod'

// Kinds and statuses live in a zod-free module so screens can list them without zod in their download.
export { BOARD_KINDS, BOARD_KIND_LABELS, BOARD_STATUSES, GENERATED_KINDS, type BoardKind, type BoardStatus } from './board-kinds'

// The page, path and QR scene live in a zod-free module so the villager's board page carries no zod.
export { BOARD_PAGE, BOARD_SCENE_KEY, boardPath, boardRefFromScene, boardScene } from './board-path'

const cellSchema = z.string().trim().max(100, { message: '表格每格最多 100 个字' })
const fileIdSchema = z.string().trim().regex(/^cloud:\/\/\S+$/, { message: '图片应先上传到云存储（cloud:// 开头的文件 ID）' }).max(300)

/** One block of a board's content: a heading, a paragraph, an image (already uploaded) or a small table. */
export const boardBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string().trim().min(1, { message: '小标题不能为空' }).max(40, { message: '小标题最多 40 个字' }) }).strict(),
  z.object({ type: z.literal('text'), text: z.string().trim().min(1, { message: '段落不能为空' }).max(2000, { message: '一段最多 2000 个字，请分成几段' }) }).strict(),
  z.object({ type: z.literal('image'), fileID: fileIdSchema, caption: z.string().trim().max(60, { message: '图片说明最多 60 个字' }).default('') }).strict(),
  z
    .object({
      type: z.literal('table'),
      columns: z.array(cellSchema.min(1, { message: '表头不能为空' })).min(1, { message: '表格至少一列' }).max(6, { message: '表格最多 6 列，手机上才看得清' }),
      rows: z.array(z.array(cellSchema)).max(50, { message: '表格最多 50 行' }),
    })
    .strict()
    .refine((table) => table.rows.every((row) => row.length === table.columns.length), { message: '表格每一行的格数要和表头一样多' }),
])

export type BoardBlock = z.output<typeof boardBlockSchema>

/** A board's blocks: at most 60, so one board stays one poster. */
export const boardBlocksSchema = z.array(boardBlockSchema).max(60, { message: '一个版面最多 60 块内容，请分成几个版面' })

/** Every piece of text in a board others will read, joined for one content-security check. */
export function boardText(title: string, blocks: readonly BoardBlock[]): string {
  const parts = [title]
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'text') parts.push(block.text)
    else if (block.type === 'image') parts.push(block.caption)
    else parts.push(...block.columns, ...block.rows.flat())
  }
  return parts.filter((part) => part.length > 0).join('\n')
}

/** The fileIDs of a board's images. */
export function boardImages(blocks: readonly BoardBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'image' ? [block.fileID] : []))
}

export interface OrderableBoard {
  pinned: boolean
  publishedAt: string | null
  updatedAt: string
}

/** Pinned boards first, then the most recently published (or edited) first. */
export function compareBoards(a: OrderableBoard, b: OrderableBoard): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
  const left = a.publishedAt ?? a.updatedAt
  const right = b.publishedAt ?? b.updatedAt
  return left < right ? 1 : left > right ? -1 : 0
}
