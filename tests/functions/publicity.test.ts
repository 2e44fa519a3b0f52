/**
 * Issue 6 through the gateway, the runner and the emulator: public boards read without binding,
 * scope on every write, content security (rejected content is seen by its author only, every
 * decision logged without an OPENID), the generated pledge board following the pledges, stories
 * from a branch through the township to the county feed, and suggestions followed by their author
 * alone with overdue ones flagged to the township.
 */
import { boardsContract } from '../../src/core/contracts/boards.contract'
import { pledgesContract } from '../../src/core/contracts/pledges.contract'
import { storiesContract } from '../../src/core/contracts/stories.contract'
import { suggestionsContract } from '../../src/core/contracts/suggestions.contract'
import { BOARD_PAGE, boardPath, boardRefFromScene, type BoardBlock } from '../../src/core/publicity/board.rules'
import type { BoardDoc, ModerationDecisionDoc, StoryDoc, SuggestionDoc } from '../../src/core/publicity/publicity.docs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

jest.setTimeout(60_000)

const SECRETARY = 'demo-secretary-taohua'
const OTHER_SECRETARY = 'demo-secretary-shangwan'
const TOWNSHIP = 'demo-organiser-dongling'
const OTHER_TOWNSHIP = 'demo-organiser-xihe'
const VILLAGER = 'demo-villager-1'
const OTHER_VILLAGER = 'demo-villager-2'
const UNBOUND = 'x-publicity-stranger'
const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09

describe('publicity functions (boards, stories, suggestions)', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  const board = (id: string) => cloud.emulator.db.find<BoardDoc>('boards', { _id: id }, { limit: 1 })[0]
  const decisions = () => cloud.emulator.db.find<ModerationDecisionDoc>('moderationDecisions', {}, { limit: 10_000 })

  beforeAll(async () => {
    cloud = await startTestCloud()
    seeded = snapshotStore(cloud.emulator.db)
  }, 60_000)
  beforeEach(() => restoreStore(cloud.emulator.db, seeded))
  afterAll(() => cloud?.close())

  describe('boards', () => {
    it('lets an identity with no account read an organisation’s published boards, pinned first, and never its drafts', async () => {
      const listed = dataOf(await cloud.call(UNBOUND, boardsContract, 'list', { orgId: 'org-taohua' }))
      expect(listed.org.name).toBe('桃花村党支部')
      expect(listed.boards.map((entry) => entry.id)).toEqual(['board-taohua-notice', 'board-pledges-taohua-2026', 'board-taohua-study'])
      expect(listed.boards.every((entry) => entry.status === 'published')).toBe(true)

      const notice = dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: 'board-taohua-notice' }))
      expect(notice).toMatchObject({ kindLabel: '通知公告', pinned: true, path: boardPath('board-taohua-notice'), can: [], check: null })
      expect(notice.blocks[0]).toEqual({ type: 'heading', text: '时间地点' })

      expect(await cloud.call(UNBOUND, boardsContract, 'get', { id: 'board-taohua-draft' })).toMatchObject({ ok: false, code: 'BOARD.NOT_FOUND' })
      expect(await cloud.call(OTHER_SECRETARY, boardsContract, 'get', { id: 'board-taohua-draft' })).toMatchObject({ ok: false, code: 'BOARD.NOT_FOUND' })
      expect(dataOf(await cloud.call(SECRETARY, boardsContract, 'get', { id: 'board-taohua-draft' })).can).toEqual(['edit', 'publish', 'pin'])
    })

    it('publishes a secretary’s board with heading, text, image and table blocks for a stranger to read, then takes it down', async () => {
      // A real photo in storage: its image reaches the public once security.mediaCheckAsync passes it (docs/media-check.md).
      const road = await cloud.emulator.storage.writeFile('boards/road.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9]))
      const blocks: BoardBlock[] = [
        { type: 'heading', text: '村务公开' },
        { type: 'text', text: '三月份修缮村道一段，用工二十人次。' },
        { type: 'image', fileID: road, caption: '修好的村道' },
        { type: 'table', columns: ['项目', '金额（元）'], rows: [['水泥', '12000'], ['人工', '8000']] },
      ]
      const saved = dataOf(await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'affairs', title: '三月村务公开', blocks }))
      expect(saved.status).toBe('draft')
      expect(dataOf(await cloud.call(UNBOUND, boardsContract, 'list', { orgId: 'org-taohua' })).boards.map((entry) => entry.id)).not.toContain(saved.id)

      const published = dataOf(await cloud.call(SECRETARY, boardsContract, 'publish', { id: saved.id }))
      expect(published).toMatchObject({ status: 'published', check: { result: 'passed', reason: null } })
      await cloud.emulator.mediaCheck.settled()
      const read = dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: saved.id }))
      expect(read.blocks).toEqual(blocks)
      expect(read.org).toEqual({ id: 'org-taohua', name: '桃花村党支部' })

      dataOf(await cloud.call(SECRETARY, boardsContract, 'unpublish', { id: saved.id }))
      expect(await cloud.call(UNBOUND, boardsContract, 'get', { id: saved.id })).toMatchObject({ ok: false, code: 'BOARD.NOT_FOUND' })
    })

    it('refuses a table whose rows do not match its header, in Chinese, and stores nothing', async () => {
      const before = cloud.emulator.db.count('boards')
      const answer = await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'affairs', title: '党费收缴', blocks: [{ type: 'table', columns: ['月份', '人数'], rows: [['1月']] }] })
      expect(answer).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST', message: expect.stringContaining('表格每一行的格数要和表头一样多') })
      expect(cloud.emulator.db.count('boards')).toBe(before)
    })

    it('refuses a secretary every change to another organisation’s boards and leaves them as they were', async () => {
      const before = board('board-taohua-notice')
      const refusals = [
        await cloud.call(OTHER_SECRETARY, boardsContract, 'save', { id: 'board-taohua-notice', orgId: 'org-taohua', kind: 'notice', title: '改掉别人的通知', blocks: [{ type: 'text', text: '不该改' }] }),
        await cloud.call(OTHER_SECRETARY, boardsContract, 'unpublish', { id: 'board-taohua-notice' }),
        await cloud.call(OTHER_SECRETARY, boardsContract, 'pin', { id: 'board-taohua-notice', pinned: false }),
        await cloud.call(OTHER_SECRETARY, boardsContract, 'publish', { id: 'board-taohua-draft' }),
        await cloud.call(OTHER_SECRETARY, boardsContract, 'listForOrg', { orgId: 'org-taohua' }),
      ]
      for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(refusals[1]).toMatchObject({ message: expect.stringContaining('桃花村党支部') })
      // Saving under one's own organisation an id of another's is no way round it either.
      expect(await cloud.call(OTHER_SECRETARY, boardsContract, 'save', { id: 'board-taohua-notice', orgId: 'org-shangwan', kind: 'notice', title: '改掉别人的通知', blocks: [] })).toMatchObject({ ok: false })
      expect(board('board-taohua-notice')).toEqual(before)
      expect(board('board-taohua-draft').status).toBe('draft')
    })

    it('keeps a board with flagged words a draft its staff alone can see, says why, and logs the decision without an OPENID', async () => {
      const saved = dataOf(await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'notice', title: '通知', blocks: [{ type: 'text', text: '晚上到村委会参加赌博活动' }] }))
      const refused = await cloud.call(SECRETARY, boardsContract, 'publish', { id: saved.id })
      expect(refused).toMatchObject({ ok: false, code: 'CONTENT.REJECTED', message: expect.stringContaining('违法犯罪') })
      expect(board(saved.id).status).toBe('draft')
      expect(await cloud.call(UNBOUND, boardsContract, 'get', { id: saved.id })).toMatchObject({ ok: false, code: 'BOARD.NOT_FOUND' })
      expect(dataOf(await cloud.call(SECRETARY, boardsContract, 'get', { id: saved.id })).blocks).toHaveLength(1)

      const logged = decisions().filter((decision) => decision.targetId === saved.id)
      expect(logged).toEqual([expect.objectContaining({ target: 'board', kind: 'text', scene: 3, suggest: 'risky', label: 20006, decision: 'rejected', orgId: 'org-taohua' })])
      expect(JSON.stringify(decisions())).not.toMatch(/demo-|晚上到村委会/)
    })

    it('checks new text on a board that is already public before it replaces the old', async () => {
      const refused = await cloud.call(SECRETARY, boardsContract, 'save', { id: 'board-taohua-notice', orgId: 'org-taohua', kind: 'notice', title: '通知', blocks: [{ type: 'text', text: '加微信刷单返利' }] })
      expect(refused).toMatchObject({ ok: false, code: 'CONTENT.REJECTED' })
      expect(dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: 'board-taohua-notice' })).title).toBe('关于召开三月份主题党日的通知')
    })

    it('answers a board’s mini-program code whose scene (≤ 32 characters) opens that board, to its staff only', async () => {
      const code = dataOf(await cloud.call(SECRETARY, boardsContract, 'getCode', { id: 'board-taohua-notice' }))
      expect(code).toMatchObject({ page: BOARD_PAGE, scene: 'b=board-taohua-notice', path: boardPath('board-taohua-notice'), org: { name: '桃花村党支部' }, board: { id: 'board-taohua-notice' } })
      const stored = await cloud.emulator.storage.readFile(code.qrFileID)
      if (!stored) throw new Error('the code was not stored')
      const png = PNG.sync.read(stored)
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? ''
      expect(decoded).toBe(`${BOARD_PAGE}?scene=${encodeURIComponent(code.scene)}`)

      // A board whose id is too long for a scene gets a short key that opens it just the same.
      const long = dataOf(await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'notice', title: '关于冬季防火的通知', blocks: [{ type: 'text', text: '冬季干燥，注意防火。' }] }))
      dataOf(await cloud.call(SECRETARY, boardsContract, 'publish', { id: long.id }))
      const longer = `${long.id}-x`.padEnd(40, 'x')
      cloud.emulator.db.insertMany('boards', [{ ...(JSON.parse(JSON.stringify(board(long.id))) as BoardDoc), _id: longer }])
      const keyed = dataOf(await cloud.call(SECRETARY, boardsContract, 'getCode', { id: longer }))
      expect(keyed.scene.length).toBeLessThanOrEqual(32)
      const ref = boardRefFromScene(encodeURIComponent(keyed.scene))
      expect(ref).not.toBeNull()
      expect(dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: ref ?? '' })).id).toBe(longer)
      // The same key every time, so printed posters keep working.
      expect(dataOf(await cloud.call(SECRETARY, boardsContract, 'getCode', { id: longer })).scene).toBe(keyed.scene)

      expect(await cloud.call(OTHER_SECRETARY, boardsContract, 'getCode', { id: 'board-taohua-notice' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call(UNBOUND, boardsContract, 'getCode', { id: 'board-taohua-notice' })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
    })

    it('pins a board to the top of the public list', async () => {
      dataOf(await cloud.call(SECRETARY, boardsContract, 'pin', { id: 'board-taohua-study', pinned: true }))
      dataOf(await cloud.call(SECRETARY, boardsContract, 'pin', { id: 'board-taohua-notice', pinned: false }))
      expect(dataOf(await cloud.call(VILLAGER, boardsContract, 'list', { orgId: 'org-taohua' })).boards[0]?.id).toBe('board-taohua-study')
    })
  })

  describe('the generated pledge board', () => {
    const boardText = async (): Promise<string> => JSON.stringify(dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: 'board-pledges-taohua-2026' })).blocks)

    it('shows a pledge once the branch approves it through the pledges function, never one it returns, and drops one it withdraws', async () => {
      // Titles no other demo pledge has, so the board's text names these pledges alone.
      const kept = '每周给五保户送一次菜'
      const sentBack = '每月帮独居老人理一次发'
      const approvedOne = dataOf(await cloud.call(MEMBER, pledgesContract, 'create', { memberId: 'm-taohua-09', year: 2026, title: kept, content: '每周六上午把菜送到五保户家里。' }))
      const returnedOne = dataOf(await cloud.call(MEMBER, pledgesContract, 'create', { memberId: 'm-taohua-09', year: 2026, title: sentBack, content: '每月第一个周日理发。' }))
      dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: approvedOne.id }))
      dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: returnedOne.id }))
      // Submitted is not yet public.
      expect(await boardText()).not.toContain(kept)

      dataOf(await cloud.call(SECRETARY, pledgesContract, 'approve', { id: approvedOne.id }))
      expect(await boardText()).toContain(kept)
      expect(await boardText()).toContain('黄长青')

      dataOf(await cloud.call(SECRETARY, pledgesContract, 'return', { id: returnedOne.id, reason: '请写清楚帮哪几位老人。' }))
      expect(await boardText()).not.toContain(sentBack)
      // Resubmitted and approved, it appears; nobody retyped the board.
      dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: returnedOne.id }))
      dataOf(await cloud.call(SECRETARY, pledgesContract, 'approve', { id: returnedOne.id }))
      expect(await boardText()).toContain(sentBack)
      expect(board('board-pledges-taohua-2026').blocks).toEqual([])

      // Withdrawn from the board by the branch: gone at once, back with its author with the reason.
      expect(await cloud.call(MEMBER, pledgesContract, 'withdraw', { id: approvedOne.id, reason: '按村里新安排修改。' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
      const withdrawn = dataOf(await cloud.call(SECRETARY, pledgesContract, 'withdraw', { id: approvedOne.id, reason: '送菜改为村里统一安排，请重新写。' }))
      expect(withdrawn).toMatchObject({ status: 'returned', returnReason: '送菜改为村里统一安排，请重新写。' })
      expect(await boardText()).not.toContain(kept)
      expect(await boardText()).toContain(sentBack)
      expect(await cloud.call(SECRETARY, pledgesContract, 'withdraw', { id: approvedOne.id, reason: '再撤一次。' })).toMatchObject({ ok: false, code: 'PLEDGE.NOT_ON_BOARD' })
    })

    it('cannot be typed over by hand, and there is one per organisation and year', async () => {
      expect(await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'pledges', title: '手写的承诺公示', blocks: [{ type: 'text', text: '手写' }] })).toMatchObject({ ok: false, code: 'BOARD.GENERATED' })
      expect(await cloud.call(SECRETARY, boardsContract, 'createGenerated', { orgId: 'org-taohua', kind: 'pledges', year: 2026 })).toMatchObject({ ok: false, code: 'BOARD.ALREADY_EXISTS' })
      const created = dataOf(await cloud.call(SECRETARY, boardsContract, 'createGenerated', { orgId: 'org-taohua', kind: 'pledges', year: 2027 }))
      expect(created).toMatchObject({ generated: true, status: 'draft', blocks: [{ type: 'text', text: expect.stringContaining('2027年还没有审核通过的承诺') }] })
    })
  })

  describe('typical-experience stories', () => {
    it('go from the branch to the township, back with comments, up again, and into the county feed with read counts', async () => {
      const submitted = dataOf(await cloud.call(SECRETARY, storiesContract, 'submit', { id: 'story-taohua-draft' }))
      expect(submitted).toMatchObject({ status: 'submitted', can: [] })
      expect(dataOf(await cloud.call(TOWNSHIP, storiesContract, 'listForReview', { rootOrgId: 'org-dongling' })).stories.map((story) => story.id)).toContain('story-taohua-draft')

      expect(await cloud.call(TOWNSHIP, storiesContract, 'review', { id: 'story-taohua-draft', decision: 'return' })).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST', message: expect.stringContaining('请写明修改意见') })
      dataOf(await cloud.call(TOWNSHIP, storiesContract, 'review', { id: 'story-taohua-draft', decision: 'return', comment: '请补充群众的评价。' }))
      const returned = dataOf(await cloud.call(SECRETARY, storiesContract, 'get', { id: 'story-taohua-draft' }))
      expect(returned).toMatchObject({ status: 'returned', statusLabel: '乡镇退回修改', can: ['edit', 'submit'] })
      expect(returned.comments).toEqual([expect.objectContaining({ decision: 'return', text: '请补充群众的评价。' })])

      const edited = dataOf(
        await cloud.call(SECRETARY, storiesContract, 'save', { id: 'story-taohua-draft', orgId: 'org-taohua', title: returned.title, summary: returned.summary, body: `${returned.body}群众说：“有事找党员，心里踏实。”`, criterion: 'image' }),
      )
      expect(edited.criterionTitle).toBe('有一个群众满意的好形象')
      dataOf(await cloud.call(SECRETARY, storiesContract, 'submit', { id: 'story-taohua-draft' }))
      expect(await cloud.call(OTHER_TOWNSHIP, storiesContract, 'review', { id: 'story-taohua-draft', decision: 'recommend' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      dataOf(await cloud.call(TOWNSHIP, storiesContract, 'review', { id: 'story-taohua-draft', decision: 'recommend', comment: '推荐全县学习。' }))

      const feed = dataOf(await cloud.call(UNBOUND, storiesContract, 'feed', {}))
      expect(feed.stories[0]).toMatchObject({ id: 'story-taohua-draft', orgName: '桃花村党支部', readCount: 0 })
      expect(feed.stories[0]).not.toHaveProperty('body')
      expect(dataOf(await cloud.call(UNBOUND, storiesContract, 'read', { id: 'story-taohua-draft' })).readCount).toBe(1)
      expect(dataOf(await cloud.call(VILLAGER, storiesContract, 'read', { id: 'story-taohua-draft' })).readCount).toBe(2)
      const stored = cloud.emulator.db.find<StoryDoc>('stories', { _id: 'story-taohua-draft' }, { limit: 1 })[0]
      expect(stored?.readCount).toBe(2)
    })

    it('are not readable by the public before they are recommended, and not editable once submitted', async () => {
      expect(await cloud.call(UNBOUND, storiesContract, 'read', { id: 'story-taohua-submitted' })).toMatchObject({ ok: false, code: 'STORY.NOT_RECOMMENDED' })
      expect(await cloud.call(SECRETARY, storiesContract, 'submit', { id: 'story-taohua-submitted' })).toMatchObject({ ok: false, code: 'STORY.ALREADY_SUBMITTED' })
      expect(await cloud.call(TOWNSHIP, storiesContract, 'review', { id: 'story-taohua-recommended', decision: 'recommend' })).toMatchObject({ ok: false, code: 'STORY.NOT_SUBMITTED' })
      expect(dataOf(await cloud.call(UNBOUND, storiesContract, 'feed', {})).stories.map((story) => story.id)).not.toContain('story-taohua-submitted')
    })

    it('stay with the branch when their text is refused, with the reason', async () => {
      const saved = dataOf(
        await cloud.call(SECRETARY, storiesContract, 'save', { orgId: 'org-taohua', title: '致富经验分享', summary: '我们组织村民参加网络赌场活动致富，效果很好。', body: '详细做法如下，'.repeat(10), criterion: 'performance' }),
      )
      expect(await cloud.call(SECRETARY, storiesContract, 'submit', { id: saved.id })).toMatchObject({ ok: false, code: 'CONTENT.REJECTED', message: expect.stringContaining('没有报送') })
      expect(dataOf(await cloud.call(SECRETARY, storiesContract, 'get', { id: saved.id })).status).toBe('draft')
      expect(dataOf(await cloud.call(TOWNSHIP, storiesContract, 'listForReview', { rootOrgId: 'org-dongling' })).stories.map((story) => story.id)).not.toContain(saved.id)
    })
  })

  describe('suggestions', () => {
    it('reach the branch without their author, are answered, and only the author follows them', async () => {
      const left = dataOf(await cloud.call(VILLAGER, suggestionsContract, 'leave', { orgId: 'org-taohua', text: '村里的健身器材坏了，希望修一下。' }))
      expect(left).toMatchObject({ status: 'open', statusLabel: '已送达，等待支部答复', orgName: '桃花村党支部', answer: null })

      const inbox = dataOf(await cloud.call(SECRETARY, suggestionsContract, 'listForOrg', { orgId: 'org-taohua' }))
      const received = inbox.suggestions.find((entry) => entry.id === left.id)
      expect(received).toMatchObject({ overdue: false, daysWaiting: 0 })
      expect(JSON.stringify(inbox)).not.toMatch(/authorKey|demo-villager/)

      expect(await cloud.call(OTHER_SECRETARY, suggestionsContract, 'answer', { id: left.id, text: '我们来修。这是别村的答复。' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      dataOf(await cloud.call(SECRETARY, suggestionsContract, 'answer', { id: left.id, text: '谢谢您，周六前修好。' }))
      expect(await cloud.call(SECRETARY, suggestionsContract, 'answer', { id: left.id, text: '再答复一次试试。' })).toMatchObject({ ok: false, code: 'SUGGESTION.ALREADY_ANSWERED' })

      const mine = dataOf(await cloud.call(VILLAGER, suggestionsContract, 'mine', {}))
      expect(mine.suggestions).toEqual([expect.objectContaining({ id: left.id, status: 'answered', answer: expect.objectContaining({ text: '谢谢您，周六前修好。', by: '桃花村党支部' }) })])
      expect(dataOf(await cloud.call(OTHER_VILLAGER, suggestionsContract, 'mine', {})).suggestions).toEqual([])
      expect(dataOf(await cloud.call(SECRETARY, suggestionsContract, 'mine', {})).suggestions).toEqual([])

      const stored = cloud.emulator.db.find<SuggestionDoc>('suggestions', { _id: left.id }, { limit: 1 })[0]
      expect(stored?.authorKey).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(cloud.emulator.db.find('suggestions', {}, { limit: 10_000 }))).not.toContain(VILLAGER)
    })

    it('keep a refused suggestion with its author alone, with the reason, and the branch never sees it', async () => {
      const left = dataOf(await cloud.call(VILLAGER, suggestionsContract, 'leave', { orgId: 'org-taohua', kind: 'complaint', text: '有人在村口代开发票，请查一查。' }))
      expect(left).toMatchObject({ status: 'rejected', rejectedReason: expect.stringContaining('广告') })
      expect(dataOf(await cloud.call(VILLAGER, suggestionsContract, 'mine', {})).suggestions.map((entry) => entry.id)).toEqual([left.id])
      expect(dataOf(await cloud.call(SECRETARY, suggestionsContract, 'listForOrg', { orgId: 'org-taohua' })).suggestions.map((entry) => entry.id)).not.toContain(left.id)
      expect(await cloud.call(SECRETARY, suggestionsContract, 'answer', { id: left.id, text: '收到，我们去查。' })).toMatchObject({ ok: false, code: 'SUGGESTION.NOT_FOUND' })
      expect(decisions().filter((decision) => decision.targetId === left.id)).toEqual([expect.objectContaining({ target: 'suggestion', scene: 2, decision: 'rejected' })])
    })

    it('flag the ones unanswered past the set days to the township, and to no other township', async () => {
      const flagged = dataOf(await cloud.call(TOWNSHIP, suggestionsContract, 'overdue', { rootOrgId: 'org-dongling' }))
      const ids = flagged.suggestions.map((entry) => entry.id)
      expect(ids).toEqual(expect.arrayContaining(['sug-taohua-overdue', 'sug-shangwan-overdue', 'sug-shiqiao-overdue']))
      expect(ids).not.toContain('sug-taohua-open')
      expect(ids).not.toContain('sug-taohua-answered')
      expect(ids).not.toContain('sug-hexi-overdue')
      expect(flagged.suggestions.find((entry) => entry.id === 'sug-taohua-overdue')).toMatchObject({ overdue: true, daysWaiting: flagged.answerDays + 5 })
      expect(await cloud.call(OTHER_TOWNSHIP, suggestionsContract, 'overdue', { rootOrgId: 'org-dongling' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })

      dataOf(await cloud.call(SECRETARY, suggestionsContract, 'answer', { id: 'sug-taohua-overdue', text: '已安排保洁员清运，谢谢提醒。' }))
      expect(dataOf(await cloud.call(TOWNSHIP, suggestionsContract, 'overdue', { rootOrgId: 'org-dongling' })).suggestions.map((entry) => entry.id)).not.toContain('sug-taohua-overdue')
    })
  })
})
