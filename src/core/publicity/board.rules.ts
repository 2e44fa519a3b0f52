import { z } from 'zod'

/** The five kinds of board the campaign names (PRODUCT.md §5), in the order the screens list them. */
export const BOARD_KINDS = ['affairs', 'pledges', 'stars', 'notice', 'study'] as const
export type BoardKind = (typeof BOARD_KINDS)[number]

export const BOARD_KIND_LABELS: Readonly<Record<BoardKind, string>> = {
  affairs: '党务公开',
  pledges: '承诺公示',
  stars: '星级公示',
  notice: '通知公告',
  study: '学习园地',
}

/** Kinds whose content is generated from the data (never typed in): pledges, and stars from the rating cycles (docs/stars.md). */
export const GENERATED_KINDS: readonly BoardKind[] = ['pledges', 'stars']

export const BOARD_STATUSES = ['draft', 'published'] as const
export type BoardStatus = (typeof BOARD_STATUSES)[number]

/** The mini-program page that shows one board (NutUI-free villager subpackage: the least an unbound villager downloads); the poster's QR code and shares point here. */
export const BOARD_PAGE = 'packages/villager/board/index'

/** The path a QR code or share carries back to one online board. */
export function boardPath(boardId: string): string {
  return `${BOARD_PAGE}?id=${encodeURIComponent(boardId)}`
}

/** A board's short key for its QR scene when its id is too long for one (wxacode scene ≤ 32 characters). */
export const BOARD_SCENE_KEY = /^k[0-9a-z]{9}$/

/** The `scene` of a board's mini-program code: `b=<id>` when it fits in 32 characters, else `b=<sceneKey>`. */
export function boardScene(boardId: string, sceneKey: string | null): string {
  const direct = `b=${boardId}`
  if (direct.length <= 32 && /^[\x21-\x7e]+$/.test(direct)) return direct
  if (!sceneKey) throw new RangeError(`board id ${boardId} needs a scene key`)
  return `b=${sceneKey}`
}

/** The board id (or scene key) a scanned scene carries (the page receives it URL-encoded), or null. */
export function boardRefFromScene(scene: string): string | null {
  let decoded = scene
  try {
    decoded = decodeURIComponent(scene)
  } catch {
    return null
  }
  const match = /^b=([\x21-\x7e]{1,30})$/.exec(decoded)
  return match ? match[1] : null
}

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
