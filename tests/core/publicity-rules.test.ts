/**
 * The pure rules of issue 6: board blocks, board order, the story workflow, the overdue rule for
 * suggestions, the generated pledge board and the reasons a refused text is given.
 */
import fc from 'fast-check'
import { boardBlocksSchema, boardPath, boardText, compareBoards, BOARD_PAGE } from '../../src/core/publicity/board.rules'
import { rejectionReason } from '../../src/core/publicity/moderation'
import { pledgeBoardBlocks, type PledgeForBoard } from '../../src/core/publicity/pledge-board'
import { storyEventsFrom, storyTransition, STORY_STATUSES } from '../../src/core/publicity/story.rules'
import { chinaDaysBetween } from '../../src/core/china-time'
import { answerDueAt, DEFAULT_SUGGESTION_ANSWER_DAYS, isOverdue } from '../../src/core/publicity/suggestion.rules'

describe('board blocks', () => {
  it('accept headings, text, uploaded images and tables whose rows match the header', () => {
    const parsed = boardBlocksSchema.safeParse([
      { type: 'heading', text: '党费收缴' },
      { type: 'text', text: '一季度全部交齐。' },
      { type: 'image', fileID: 'cloud://env.1234/boards/a.jpg' },
      { type: 'table', columns: ['月份', '人数'], rows: [['1月', '9']] },
    ])
    expect(parsed.success).toBe(true)
    if (parsed.success) expect(parsed.data[2]).toEqual({ type: 'image', fileID: 'cloud://env.1234/boards/a.jpg', caption: '' })
  })

  it.each([
    [[{ type: 'table', columns: ['月份', '人数'], rows: [['1月']] }], '表格每一行的格数要和表头一样多'],
    [[{ type: 'image', fileID: 'https://example.com/a.jpg' }], '图片应先上传到云存储'],
    [[{ type: 'table', columns: ['1', '2', '3', '4', '5', '6', '7'], rows: [] }], '表格最多 6 列'],
    [[{ type: 'video', url: 'x' }], ''],
  ])('refuse %j with a reason a secretary can act on', (blocks, reason) => {
    const parsed = boardBlocksSchema.safeParse(blocks)
    expect(parsed.success).toBe(false)
    if (!parsed.success && reason) expect(parsed.error.issues.map((issue) => issue.message).join('；')).toContain(reason)
  })

  it('give every piece of visible text to the content check', () => {
    const text = boardText('标题', [
      { type: 'heading', text: '小标题' },
      { type: 'image', fileID: 'cloud://x/y.jpg', caption: '图注' },
      { type: 'table', columns: ['表头'], rows: [['格子']] },
    ])
    expect(text.split('\n')).toEqual(['标题', '小标题', '图注', '表头', '格子'])
  })

  it('point the poster and shares at the board page', () => {
    expect(boardPath('board-taohua-notice')).toBe(`${BOARD_PAGE}?id=board-taohua-notice`)
  })

  it('list pinned boards first, then the newest', () => {
    const boards = [
      { id: 'old', pinned: false, publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'new', pinned: false, publishedAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
      { id: 'pinned', pinned: true, publishedAt: '2025-12-01T00:00:00Z', updatedAt: '2025-12-01T00:00:00Z' },
    ]
    expect([...boards].sort(compareBoards).map((board) => board.id)).toEqual(['pinned', 'new', 'old'])
  })
})

describe('story workflow', () => {
  it('goes draft → submitted → returned → submitted → recommended', () => {
    expect(storyTransition('draft', 'submit')).toEqual({ ok: true, status: 'submitted' })
    expect(storyTransition('submitted', 'return')).toEqual({ ok: true, status: 'returned' })
    expect(storyTransition('returned', 'edit')).toEqual({ ok: true, status: 'returned' })
    expect(storyTransition('returned', 'submit')).toEqual({ ok: true, status: 'submitted' })
    expect(storyTransition('submitted', 'recommend')).toEqual({ ok: true, status: 'recommended' })
  })

  it('refuses every other step with its own code, and a recommended story is final', () => {
    expect(storyTransition('submitted', 'edit')).toEqual({ ok: false, code: 'STORY.LOCKED' })
    expect(storyTransition('submitted', 'submit')).toEqual({ ok: false, code: 'STORY.ALREADY_SUBMITTED' })
    expect(storyTransition('draft', 'recommend')).toEqual({ ok: false, code: 'STORY.NOT_SUBMITTED' })
    expect(storyEventsFrom('recommended')).toEqual([])
    for (const status of STORY_STATUSES) for (const event of storyEventsFrom(status)) expect(storyTransition(status, event).ok).toBe(true)
  })
})

describe('suggestion overdue rule', () => {
  const day = 24 * 60 * 60 * 1000
  it('flags an open suggestion only after the set days have fully passed', () => {
    const createdAt = '2026-03-01T02:00:00.000Z'
    const at = (days: number) => new Date(new Date(createdAt).getTime() + days * day)
    expect(isOverdue({ status: 'open', createdAt }, at(DEFAULT_SUGGESTION_ANSWER_DAYS))).toBe(false)
    expect(isOverdue({ status: 'open', createdAt }, at(DEFAULT_SUGGESTION_ANSWER_DAYS + 1))).toBe(true)
    expect(answerDueAt(createdAt)).toBe('2026-03-08T16:00:00.000Z') // 3月9日 0:00 in China: answer by the end of 3月8日
    expect(isOverdue({ status: 'open', createdAt }, new Date(new Date(answerDueAt(createdAt)).getTime() - 1))).toBe(false)
    expect(isOverdue({ status: 'open', createdAt }, new Date(answerDueAt(createdAt)))).toBe(true)
  })

  it('counts the days waiting by the calendar in China, whatever the hour or the clock zone', () => {
    // Left at 23:50 on 3月1日 in China, read ten minutes later on 3月2日: one day.
    expect(chinaDaysBetween('2026-03-01T15:50:00.000Z', new Date('2026-03-01T16:10:00.000Z'))).toBe(1)
    // Left at 9:00 twelve days ago, read at 8:00 this morning: twelve days, though not twelve full days.
    expect(chinaDaysBetween('2026-03-01T01:00:00.000Z', new Date('2026-03-13T00:00:00.000Z'))).toBe(12)
    // Same day in China, across UTC midnight: still today.
    expect(chinaDaysBetween('2026-03-01T23:00:00.000Z', new Date('2026-03-02T15:00:00.000Z'))).toBe(0)
  })

  it('never flags an answered or refused suggestion, however old', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.constantFrom('answered' as const, 'rejected' as const), fc.integer({ min: 1, max: 60 }), (age, status, days) => {
        const now = new Date('2030-01-01T00:00:00Z')
        return !isOverdue({ status, createdAt: new Date(now.getTime() - age * day).toISOString() }, now, days)
      }),
    )
  })
})

describe('the generated pledge board', () => {
  const pledge = (ownerName: string, title: string, status: PledgeForBoard['status'], owner: PledgeForBoard['owner'] = 'member'): PledgeForBoard => ({
    owner,
    ownerName,
    title,
    content: `${title}的具体内容`,
    status,
    verdict: status === 'published' ? { verdict: 'fulfilled' } : null,
    createdAt: `2026-03-0${title.length % 9}T00:00:00Z`,
  })

  it('shows approved pledges and later stages, branch first, and never drafts, submissions or returned ones', () => {
    const blocks = pledgeBoardBlocks(2026, [
      pledge('张三', '修路', 'approved'),
      pledge('李四', '草稿', 'draft'),
      pledge('王五', '已提交', 'submitted'),
      pledge('赵六', '被退回', 'returned'),
      pledge('钱七', '帮扶', 'published'),
      pledge('桃花村党支部', '建便道', 'approved', 'branch'),
    ])
    expect(blocks.map((block) => (block.type === 'heading' ? block.text : block.type))).toEqual(['2026年支部承诺', 'table', '2026年党员承诺', 'table'])
    const text = JSON.stringify(blocks)
    for (const hidden of ['草稿', '已提交', '被退回']) expect(text).not.toContain(hidden)
    expect(text).toContain('已兑现')
  })

  it('says plainly when nothing is approved yet', () => {
    expect(pledgeBoardBlocks(2027, [pledge('李四', '草稿', 'draft')])).toEqual([{ type: 'text', text: '2027年还没有审核通过的承诺，审核通过后会自动显示在这里。' }])
  })
})

describe('refusal reasons', () => {
  it('name the kind of content in Chinese, with a fallback for unknown labels', () => {
    expect(rejectionReason(20006)).toBe('含有违法犯罪相关内容')
    expect(rejectionReason(21000)).toBe('含有其他不适合公开的内容')
    expect(rejectionReason(99999)).toBe('含有不适合公开的内容')
  })
})
