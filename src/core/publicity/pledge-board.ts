import { BOARD_STATUSES, PLEDGE_STATUS_LABELS, PLEDGE_VERDICT_LABELS, type PledgeStatus, type PledgeVerdict } from '../member-work/pledge.rules'
import type { BoardBlock } from './board.rules'

/** What the generated 承诺公示栏 reads of a pledge (a PledgeDoc satisfies it). */
export interface PledgeForBoard {
  owner: 'member' | 'branch'
  ownerName: string
  title: string
  content: string
  status: PledgeStatus
  verdict: { verdict: PledgeVerdict } | null
  createdAt: string
}

const COLUMNS = ['承诺人', '承诺事项', '承诺内容', '进度']

function progressLabel(pledge: PledgeForBoard): string {
  if (pledge.status === 'published' && pledge.verdict) return PLEDGE_VERDICT_LABELS[pledge.verdict.verdict]
  return PLEDGE_STATUS_LABELS[pledge.status]
}

/**
 * The content of an organisation's pledge board for a year, built from its pledges at the moment
 * it is read: only approved (publicised) pledges and later stages appear, so an approval shows up
 * and a withdrawal disappears without anyone retyping the board.
 */
export function pledgeBoardBlocks(year: number, pledges: readonly PledgeForBoard[]): BoardBlock[] {
  const shown = pledges.filter((pledge) => BOARD_STATUSES.includes(pledge.status)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  if (shown.length === 0) return [{ type: 'text', text: `${year}年还没有审核通过的承诺，审核通过后会自动显示在这里。` }]
  const blocks: BoardBlock[] = []
  const sections: Array<{ heading: string; owner: PledgeForBoard['owner'] }> = [
    { heading: `${year}年支部承诺`, owner: 'branch' },
    { heading: `${year}年党员承诺`, owner: 'member' },
  ]
  for (const section of sections) {
    const rows = shown.filter((pledge) => pledge.owner === section.owner).map((pledge) => [pledge.ownerName, pledge.title, pledge.content.slice(0, 100), progressLabel(pledge)])
    if (rows.length === 0) continue
    blocks.push({ type: 'heading', text: section.heading }, { type: 'table', columns: COLUMNS, rows })
  }
  return blocks
}
