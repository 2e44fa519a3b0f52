import { Image, Text, View } from '@tarojs/components'
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
export type ImageChecks = ReadonlyArray<{ fileID: string; check: 'pending' | 'passed' | 'rejected'; reason: string | null }>

/** What the staff read under an image that others do not see yet. */
export function imageCheckNote(checks: ImageChecks | undefined, fileID: string): string | null {
  const found = checks?.find((entry) => entry.fileID === fileID)
  if (!found || found.check === 'passed') return null
  if (found.check === 'pending') return '图片审核中：通过微信内容检查后群众才看得到。'
  return `图片未通过内容检查，群众看不到${found.reason ? `（${found.reason}）` : ''}，请换一张。`
}

/** One block at reading size; an image shows once it is in storage (weapp draws cloud:// itself). */
export function BoardBlockView({ block, imageChecks }: { block: BoardBlock; imageChecks?: ImageChecks }) {
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
          {imageCheckNote(imageChecks, block.fileID) && <Text className='board-note board-note--warn'>{imageCheckNote(imageChecks, block.fileID)}</Text>}
        </View>
      )
    case 'table':
      return <BoardTable table={block} />
  }
}

/** A board's content, block after block. */
export function BoardBlocks({ blocks, imageChecks }: { blocks: readonly BoardBlock[]; imageChecks?: ImageChecks }) {
  return (
    <View className='board-blocks'>
      {blocks.map((block, index) => (
        <BoardBlockView block={block} imageChecks={imageChecks} key={index} />
      ))}
    </View>
  )
}

