import type { BoardBlock } from '@/core/publicity/board.rules'

/** A block as the editor holds it: a stable key for React, and text fields as typed (trimmed on save). */
export type DraftBlock =
  | { key: number; type: 'heading'; text: string }
  | { key: number; type: 'text'; text: string }
  | { key: number; type: 'image'; fileID: string; caption: string }
  | { key: number; type: 'table'; columns: string[]; rows: string[][] }

export type BlockType = DraftBlock['type']

export const BLOCK_LABELS: Readonly<Record<BlockType, string>> = { heading: '小标题', text: '段落', image: '图片', table: '表格' }

/** Most columns a phone shows readably (the server's limit too). */
export const MAX_COLUMNS = 6
export const MAX_ROWS = 50

let nextKey = 1
const key = () => nextKey++

export function newBlock(type: BlockType): DraftBlock {
  switch (type) {
    case 'heading':
      return { key: key(), type, text: '' }
    case 'text':
      return { key: key(), type, text: '' }
    case 'image':
      return { key: key(), type, fileID: '', caption: '' }
    case 'table':
      return { key: key(), type, columns: ['事项', '内容'], rows: [['', '']] }
  }
}

export function fromBoard(blocks: readonly BoardBlock[]): DraftBlock[] {
  return blocks.map((block) => {
    if (block.type === 'table') return { key: key(), type: 'table', columns: [...block.columns], rows: block.rows.map((row) => [...row]) }
    if (block.type === 'image') return { key: key(), type: 'image', fileID: block.fileID, caption: block.caption }
    return { key: key(), type: block.type, text: block.text }
  })
}

/** What is sent: blocks without their keys, an image without a picture left out (nothing to show). */
export function toBoard(blocks: readonly DraftBlock[]): BoardBlock[] {
  const out: BoardBlock[] = []
  for (const block of blocks) {
    if (block.type === 'table') out.push({ type: 'table', columns: block.columns.map((cell) => cell.trim()), rows: block.rows.map((row) => row.map((cell) => cell.trim())) })
    else if (block.type === 'image') {
      if (block.fileID) out.push({ type: 'image', fileID: block.fileID, caption: block.caption.trim() })
    } else out.push({ type: block.type, text: block.text.trim() })
  }
  return out
}

/** Moves the block at `index` one place up (-1) or down (+1); out of range leaves the list as it was. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by
  if (target < 0 || target >= list.length) return [...list]
  const copy = [...list]
  ;[copy[index], copy[target]] = [copy[target], copy[index]]
  return copy
}

type Table = Extract<DraftBlock, { type: 'table' }>

export function addColumn(table: Table): Table {
  if (table.columns.length >= MAX_COLUMNS) return table
  return { ...table, columns: [...table.columns, ''], rows: table.rows.map((row) => [...row, '']) }
}

export function removeColumn(table: Table, column: number): Table {
  if (table.columns.length <= 1) return table
  return { ...table, columns: table.columns.filter((_, index) => index !== column), rows: table.rows.map((row) => row.filter((_, index) => index !== column)) }
}

export function addRow(table: Table): Table {
  if (table.rows.length >= MAX_ROWS) return table
  return { ...table, rows: [...table.rows, table.columns.map(() => '')] }
}

export function removeRow(table: Table, row: number): Table {
  return { ...table, rows: table.rows.filter((_, index) => index !== row) }
}

/** The block a server refusal names (字段“blocks.3.rows”), or null. */
export function blockOfMessage(message: string): number | null {
  const match = /blocks\.(\d+)/.exec(message)
  return match ? Number(match[1]) : null
}
