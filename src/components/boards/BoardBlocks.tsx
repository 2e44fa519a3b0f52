import { Image, Text, View } from '@tarojs/components'
import { photoStateLabel, type PhotoCheckState } from '@/core/media/media-check'
import type { BoardBlock } from '@/core/publicity/board.rules'
import { photoUrl } from '@/services/photo-url'
import './boards.scss'

type TableBlock = Extract<BoardBlock, { type: 'table' }>

/**
 * A table on a phone 320 px wide: each row is a card, its first cell the card's title and the
 * others “表头：内容” lines, so six columns never shrink to unreadable type or scroll sideways.
 */
function BoardTable({ table }: { table: TableBlock }) {
  if (table.rows.length === 0) return null
  const [first, ...rest] = table.columns
  return (
    <View className='board-table' role='table'>
      {table.rows.map((row, rowIndex) => (
        <View className='board-table__row' role='row' key={rowIndex}>
          <Text className='board-table__head'>
            {table.columns.length > 1 ? `${first}：` : ''}
            {row[0] || '—'}
          </Text>
          {rest.map((column, index) => (
            <View className='board-table__cell' key={column + index} role='cell'>
              <Text className='board-table__label'>{column}：</Text>
              <Text className='board-table__value'>{row[index + 1] || '—'}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

/** Staff only: each image's content check, by fileID (others get only passed images). */
export type ImageChecks = ReadonlyArray<{ fileID: string; check: PhotoCheckState; reason: string | null }>

/**
 * Staff only: where a picture stands in WeChat's content check, under the picture in the board
 * editor and on the public board page alike — 已公开 / 审核中 / 未通过（原因） in the words the authors
 * read under their own photos (`photoStateLabel`), or when it will be sent (发布后审核 on a draft,
 * 保存后审核 for a new picture on a published board). `howToChange` says where a refused one is replaced.
 */
export function ImageCheckState({ fileID, checks, published, howToChange }: { fileID: string; checks: ImageChecks | undefined; published: boolean; howToChange: string }) {
  const found = checks?.find((entry) => entry.fileID === fileID)
  if (!found) return <Text className='board-image-state'>{published ? '保存后审核' : '发布后审核'}</Text>
  return (
    <View>
      <Text className={`board-image-state board-image-state--${found.check}`}>{photoStateLabel(found.check, found.reason)}</Text>
      {found.check === 'pending' && <Text className='board-note'>通过微信内容检查后群众才看得到。</Text>}
      {found.check === 'rejected' && <Text className='board-note board-note--warn'>群众看不到这张图片，{howToChange}</Text>}
    </View>
  )
}

/**
 * One block at reading size; an image shows once it is in storage (weapp draws cloud:// itself).
 * `imageChecks` (present for the board's staff only) puts each picture's check under it.
 */
export function BoardBlockView({ block, imageChecks, published }: { block: BoardBlock; imageChecks?: ImageChecks; published: boolean }) {
  switch (block.type) {
    case 'heading':
      return <Text className='board-heading'>{block.text}</Text>
    case 'text':
      return (
        <View className='board-text'>
          {block.text.split(/\n+/).map((paragraph, index) => (
            <Text className='board-text__para' key={index}>
              {paragraph}
            </Text>
          ))}
        </View>
      )
    case 'image':
      return (
        <View className='board-image'>
          <Image className='board-image__img' src={photoUrl(block.fileID)} mode='widthFix' showMenuByLongpress />
          {block.caption && <Text className='board-image__caption'>{block.caption}</Text>}
          {/* The server sends imageChecks to the board's staff only: nobody else is told a picture's state. */}
          {imageChecks && <ImageCheckState fileID={block.fileID} checks={imageChecks} published={published} howToChange='请在“版面管理”里点“编辑”换一张。' />}
        </View>
      )
    case 'table':
      return <BoardTable table={block} />
  }
}

/** A board's content, block after block; `published` tells the staff when an unsent picture will be checked. */
export function BoardBlocks({ blocks, imageChecks, published = true }: { blocks: readonly BoardBlock[]; imageChecks?: ImageChecks; published?: boolean }) {
  return (
    <View className='board-blocks'>
      {blocks.map((block, index) => (
        <BoardBlockView block={block} imageChecks={imageChecks} published={published} key={index} />
      ))}
    </View>
  )
}

