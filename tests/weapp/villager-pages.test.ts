/**
 * @jest-environment jsdom
 */
/**
 * The villager subpackage's most used pages after the poll, as the built mini-program draws them in
 * miniprogram-simulate: the public board a villager opens from a poster, leaving a suggestion (on a
 * rural network that drops the first send) and finding it in 我的意见, and an objection to a star
 * rating during its publicity. The cloud is a double that answers wx.cloud.callFunction.
 */
import { boardViewSchema, type BoardView } from '@/core/contracts/boards.contract'
import { publicCycleSchema } from '@/core/contracts/stars.contract'
import { mySuggestionSchema } from '@/core/contracts/suggestions.contract'
import { ERRORS, NETWORK_SEND_MESSAGE } from '@/core/errors'
import type { MySuggestion } from '@/services/suggestions'
import { builtIns, field, launchApp, renderPage, tapText, typeInto, waitForText, wxAttributes, type RenderedPage } from '../support/weapp-harness'

type Request = { name: string; data: Record<string, unknown> }
type Answer = { result: unknown }

const MEETING = 'cloud://prod-env.7072-prod-env-1300000000/boards/org-taohua/meeting.jpg'
const ROAD = 'cloud://prod-env.7072-prod-env-1300000000/boards/org-taohua/road.jpg'

/** A published board as the boards function answers someone who is not its staff: no imageChecks. */
const board: BoardView = boardViewSchema.parse({
  id: 'board-taohua-notice',
  orgId: 'org-taohua',
  kind: 'notice',
  kindLabel: '通知公告',
  title: '关于修缮村道的通知',
  status: 'published',
  pinned: true,
  generated: false,
  // 2026-11-20 09:30 in China.
  publishedAt: '2026-11-20T01:30:00.000Z',
  updatedAt: '2026-11-20T01:30:00.000Z',
  org: { id: 'org-taohua', name: '桃花村党支部' },
  blocks: [
    { type: 'heading', text: '村道修缮安排' },
    { type: 'text', text: '十二月上旬修缮三组到村委会的村道。\n施工期间请绕行东边机耕路。' },
    { type: 'image', fileID: MEETING, caption: '支部党员大会讨论修路方案' },
    { type: 'image', fileID: ROAD, caption: '' },
  ],
  path: 'packages/villager/board/index?id=board-taohua-notice',
  check: null,
  can: [],
})

const HEXI = { id: 'org-hexi', name: '河西村党支部', under: '中共西河乡委员会' }
const FIRST_TEXT = '三组的垃圾好几天没人清运了'
const SECOND_TEXT = '村口的路灯坏了两盏，晚上走路看不清'

function mine(overrides: Partial<MySuggestion>): MySuggestion {
  return mySuggestionSchema.parse({
    id: 'sug-1',
    orgId: HEXI.id,
    orgName: HEXI.name,
    kind: 'complaint',
    kindLabel: '投诉',
    text: FIRST_TEXT,
    status: 'open',
    statusLabel: '已送达，等待支部答复',
    rejectedReason: null,
    answer: null,
    createdAt: '2026-11-25T02:00:00.000Z',
    ...overrides,
  })
}
const delivered = mine({})
const keptBack = mine({ id: 'sug-2', kind: 'suggestion', kindLabel: '意见建议', text: SECOND_TEXT, status: 'rejected', statusLabel: '内容未通过安全检查，没有送给支部', rejectedReason: '含有不文明用语', createdAt: '2026-11-26T03:00:00.000Z' })
const answered = mine({ status: 'answered', statusLabel: '支部已答复', answer: { text: '已联系保洁公司，明天上午清运。', at: '2026-11-26T01:00:00.000Z', by: '河西村党支部' } })

// Publicity ends at 2026-12-01 00:00 China time, so it runs 至 2026年11月30日.
const cycle = publicCycleSchema.parse({
  cycleId: 'cycle-taohua-2026',
  orgId: 'org-taohua',
  orgName: '桃花村党支部',
  periodLabel: '2026年度',
  stage: 'publicity',
  stageLabel: '公示中',
  publicityEndsAt: '2026-11-30T16:00:00.000Z',
  acceptsObjections: true,
  rows: [
    { memberId: 'm-taohua-01', memberName: '李春梅', stars: 5, starText: '★★★★★', reason: '带头认领联系户，走访从不缺。' },
    { memberId: 'm-taohua-02', memberName: '王建国', stars: 4, starText: '★★★★', reason: '按时参加组织生活，帮扶两户。' },
  ],
})
const OBJECTION = '王建国今年只走访过一次联系户，和公示的不符'

/** What the double answers next for each action; a test sets the ones it needs. A thrown error is a call that never reached the cloud. */
const answers = new Map<string, () => Answer>()
const callFunction = jest.fn(async (request: Request): Promise<Answer> => {
  const answer = answers.get(`${request.name}.${String(request.data.action)}`)
  if (!answer) return { result: { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: `no answer for ${request.name}.${String(request.data.action)}` } }
  return answer()
})
const ok = (data: unknown): Answer => ({ result: { ok: true, data } })
const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) => options.success?.({ errMsg: 'navigateTo:ok' }))

function sent(name: string, action: string): Record<string, unknown>[] {
  return callFunction.mock.calls.map(([request]) => request).filter((request) => request.name === name && request.data.action === action).map((request) => request.data)
}

/** The rendered elements whose class is `name` (the simulator prefixes rendered classes). */
function byClass(page: RenderedPage, name: string): Element[] {
  return Array.from(page.dom.querySelectorAll('*')).filter((element) => Array.from(element.classList).some((cls) => cls === name || cls.endsWith(`--${name}`)))
}

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: the double answers as the boards, suggestions and stars functions would.
    wx.cloud = { init: jest.fn(), callFunction }
    wx.navigateTo = navigateTo
  })
})

beforeEach(() => {
  answers.clear()
  callFunction.mockClear()
  navigateTo.mockClear()
})

describe('weapp build: the public board a villager opens from a poster', () => {
  it('shows the text and the pictures at the phone’s width, the date in Chinese, and nothing about content checks', async () => {
    answers.set('boards.get', () => ok(board))
    // A scanned poster's code hands the page its scene URL-encoded.
    const page = renderPage('packages/villager/board/index', { scene: encodeURIComponent('b=board-taohua-notice') })
    await waitForText(page, '关于修缮村道的通知')
    expect(sent('boards', 'get')).toEqual([{ action: 'get', id: 'board-taohua-notice' }])
    expect(page.text()).toContain('桃花村党支部')
    expect(byClass(page, 'board-meta').map((meta) => meta.textContent)).toEqual(['通知公告 · 发布于2026年11月20日'])
    expect(byClass(page, 'board-heading').map((heading) => heading.textContent)).toEqual(['村道修缮安排'])
    expect(byClass(page, 'board-text__para').map((para) => para.textContent)).toEqual(['十二月上旬修缮三组到村委会的村道。', '施工期间请绕行东边机耕路。'])

    // What WeChat's <image> is given: the cloud fileID itself (weapp draws cloud:// directly), scaled to the width.
    const images = builtIns(page, 'image').map((image) => wxAttributes(image))
    expect(images.map((image) => ({ src: image.src, mode: image.mode }))).toEqual([
      { src: MEETING, mode: 'widthFix' },
      { src: ROAD, mode: 'widthFix' },
    ])
    expect(byClass(page, 'board-image__caption').map((caption) => caption.textContent)).toEqual(['支部党员大会讨论修路方案'])

    // The villager is told nothing about a picture's check, and is shown how to pass the board on.
    expect(page.text()).not.toMatch(/审核中|未通过|已公开|审核/)
    expect(byClass(page, 'board-image-state')).toHaveLength(0)
    expect(page.text()).toContain('点右上角“…”可以把这个版面转发给微信好友或群。')
  })
})

describe('weapp build: 意见建议 and 我的意见', () => {
  it('keeps what the villager typed when the network drops the send, sends it with the next tap, and a refusal by the content check says why', async () => {
    answers.set('suggestions.places', () => ok({ places: [HEXI] }))
    const page = renderPage('packages/villager/suggest/index', { orgId: HEXI.id })
    await waitForText(page, '写给：河西村党支部（中共西河乡委员会）')

    tapText(page, '反映问题、投诉')
    typeInto(page, 'suggestion', FIRST_TEXT)
    await waitForText(page, `${FIRST_TEXT.length}/500 字`)
    expect(byClass(page, 'choices__item--on').map((choice) => choice.textContent)).toEqual(['反映问题、投诉'])

    // A rural network: the call never reaches the cloud.
    answers.set('suggestions.leave', () => {
      throw new Error('cloud.callFunction:fail request:fail timeout')
    })
    tapText(page, '发给支部')
    await waitForText(page, '没有发出去')
    // The form has no 重试 button: the villager is told to tap the same button again, not to look for one.
    expect(page.text()).toContain('网络连接不上，这次没有发出去，您填写的内容都还在。请检查手机网络后，再点一次刚才的按钮。')
    expect(page.text()).toContain(NETWORK_SEND_MESSAGE)
    expect(page.text()).not.toContain('重试')
    // The text is still in the box, ready to send again.
    expect(wxAttributes(field(page, 'suggestion')).value).toBe(FIRST_TEXT)
    expect(page.text()).toContain(`${FIRST_TEXT.length}/500 字`)

    answers.set('suggestions.leave', () => ok(delivered))
    tapText(page, '发给支部')
    await waitForText(page, '已送达河西村党支部')
    expect(sent('suggestions', 'leave')).toEqual([
      { action: 'leave', orgId: HEXI.id, kind: 'complaint', text: FIRST_TEXT },
      { action: 'leave', orgId: HEXI.id, kind: 'complaint', text: FIRST_TEXT },
    ])

    // A second one, which WeChat's content check keeps back: delivered to nobody, and the villager is told why.
    tapText(page, '再写一条')
    await waitForText(page, '0/500 字')
    expect(wxAttributes(field(page, 'suggestion')).value).toBe('')
    // The form keeps the kind last chosen; the villager switches it back.
    expect(byClass(page, 'choices__item--on').map((choice) => choice.textContent)).toEqual(['反映问题、投诉'])
    tapText(page, '提意见建议')
    typeInto(page, 'suggestion', SECOND_TEXT)
    await waitForText(page, `${SECOND_TEXT.length}/500 字`)
    expect(byClass(page, 'choices__item--on').map((choice) => choice.textContent)).toEqual(['提意见建议'])
    answers.set('suggestions.leave', () => ok(keptBack))
    tapText(page, '发给支部')
    await waitForText(page, '这条留言没有送给支部')
    expect(page.text()).toContain('内容没有通过安全检查：含有不文明用语。')
    expect(sent('suggestions', 'leave').at(-1)).toEqual({ action: 'leave', orgId: HEXI.id, kind: 'suggestion', text: SECOND_TEXT })

    tapText(page, '看我的意见')
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/villager/my-suggestions/index' }))
  })

  it('我的意见 shows each suggestion’s status label, the branch’s answer, and the reason one was kept back', async () => {
    answers.set('suggestions.mine', () => ok({ suggestions: [keptBack, answered] }))
    const page = renderPage('packages/villager/my-suggestions/index')
    await waitForText(page, '支部已答复')
    expect(sent('suggestions', 'mine')).toEqual([{ action: 'mine' }])
    expect(byClass(page, 'pub-tag').map((tag) => tag.textContent)).toEqual(['内容未通过安全检查，没有送给支部', '支部已答复'])
    expect(page.text()).toContain('2026年11月25日 · 投诉')
    expect(page.text()).toContain('河西村党支部答复（2026年11月26日）：已联系保洁公司，明天上午清运。')
    expect(page.text()).toContain('没有送给支部的原因：含有不文明用语。只有您自己看得到这条留言。')
  })
})

describe('weapp build: an objection to the star rating during its publicity', () => {
  it('says until which day the rating is public, sends the objection about the member tapped, and lists it under 我提的异议', async () => {
    answers.set('stars.publicStars', () => ok({ orgId: 'org-taohua', orgName: '桃花村党支部', cycles: [cycle] }))
    answers.set('stars.myObjections', () => ok({ objections: [] }))
    const page = renderPage('packages/villager/star-objection/index', { orgId: 'org-taohua' })
    await waitForText(page, '桃花村党支部党员星级')
    expect(sent('stars', 'publicStars')).toEqual([{ action: 'publicStars', orgId: 'org-taohua' }])
    expect(page.text()).toContain('2026年度 · 公示中（公示至 2026年11月30日）')
    expect(page.text()).toContain('按时参加组织生活，帮扶两户。')

    tapText(page, '王建国 ★★★★ ›')
    await waitForText(page, '对 王建国 的评定有什么异议？')
    typeInto(page, 'objection', OBJECTION)
    answers.set('stars.object', () => ({ result: { ok: false, code: 'STARS.TOO_MANY_OBJECTIONS', message: ERRORS['STARS.TOO_MANY_OBJECTIONS'] } }))
    tapText(page, '送给支委会')
    await waitForText(page, ERRORS['STARS.TOO_MANY_OBJECTIONS'])
    expect(wxAttributes(field(page, 'objection')).value).toBe(OBJECTION)

    answers.set('stars.object', () =>
      ok({
        objection: { id: 'obj-1', memberId: 'm-taohua-02', memberName: '王建国', authorKind: 'villager', authorKindLabel: '群众', text: OBJECTION, status: 'open', answer: null, createdAt: '2026-11-26T03:00:00.000Z' },
        rejectedReason: null,
      }),
    )
    expect(page.text()).not.toContain('我提的异议')
    tapText(page, '送给支委会')
    await waitForText(page, '异议已送到支委会')
    // The notice points to “我提的异议” below: the objection is listed there on this visit, waiting for an answer.
    await waitForText(page, '等待答复')
    expect(byClass(page, 'section-title').map((title) => title.textContent)).toContain('我提的异议')
    expect(byClass(page, 'card__title').map((title) => title.textContent)).toContain('桃花村党支部 2026年度 · 王建国')
    expect(byClass(page, 'pub-tag').map((tag) => tag.textContent)).toEqual(['等待答复'])
    expect(sent('stars', 'object')).toEqual([
      { action: 'object', cycleId: 'cycle-taohua-2026', memberId: 'm-taohua-02', text: OBJECTION },
      { action: 'object', cycleId: 'cycle-taohua-2026', memberId: 'm-taohua-02', text: OBJECTION },
    ])
  })
})
