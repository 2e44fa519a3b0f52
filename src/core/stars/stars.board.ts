import type { BoardBlock } from '../publicity/board.rules'
import { lastChinaDayBefore } from '../china-time'
import { periodLabel } from './stars.cycle'
import type { StarCycleDoc } from './stars.docs'
import { starText } from './stars.rubric'

const ROWS_PER_TABLE = 50
const CELL = 100

function clip(text: string): string {
  return text.length <= CELL ? text : `${text.slice(0, CELL - 1)}…`
}

/** M月D日 of the last publicity day. */
function lastDayLabel(endsAt: string): string {
  const day = lastChinaDayBefore(endsAt)
  const [, month, date] = day.split('-')
  return `${Number(month)}月${Number(date)}日`
}

/**
 * The generated star board (星级公示) of one organisation and year: each cycle in publicity or
 * final, newest first, its members in the branch's own order (never ranked by stars), with the
 * committee's stars and reasons. Built at each read from `starCycles`, never typed in.
 */
export function starBoardBlocks(year: number, cycles: readonly Pick<StarCycleDoc, 'period' | 'stage' | 'entries' | 'publicityEndsAt' | 'finalisedAt' | 'rubric'>[]): BoardBlock[] {
  const shown = cycles.filter((cycle) => cycle.period.year === year && (cycle.stage === 'publicity' || cycle.stage === 'final'))
  if (shown.length === 0) return [{ type: 'text', text: `${year}年还没有公示的党员星级评定结果。` }]
  const ordered = [...shown].sort((a, b) => ((a.period.quarter ?? 5) < (b.period.quarter ?? 5) ? 1 : -1))
  const blocks: BoardBlock[] = []
  for (const cycle of ordered) {
    const state = cycle.stage === 'final' ? '已确定' : `公示中，至${cycle.publicityEndsAt ? lastDayLabel(cycle.publicityEndsAt) : ''}`
    blocks.push({ type: 'heading', text: `${periodLabel(cycle.period)}党员星级评定（${state}）` })
    const rows = cycle.entries
      .filter((entry) => entry.decisions.length > 0)
      .map((entry) => {
        const outcome = entry.decisions[entry.decisions.length - 1]
        return [entry.memberName, starText(outcome.stars), clip(outcome.reason)]
      })
    for (let start = 0; start < rows.length; start += ROWS_PER_TABLE) blocks.push({ type: 'table', columns: ['党员', '星级', '支委会评定理由'], rows: rows.slice(start, start + ROWS_PER_TABLE) })
    blocks.push({
      type: 'text',
      text:
        cycle.stage === 'publicity'
          ? `评定标准：${cycle.rubric.name}。对评定结果有异议的党员和群众，可在公示期内点“提出异议”反映，支委会逐条答复；只有支委会重新评定才会改变结果。`
          : `评定标准：${cycle.rubric.name}。公示期满，结果已确定。`,
    })
  }
  return blocks
}
