/**
 * The story and suggestion screens (issue 6) with the real Taro H5 components against a fake
 * gateway whose answers are checked against the contracts: what a secretary, a township organiser
 * and a villager see and what each tap sends.
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { storyCardSchema, storyViewSchema, type StoryView } from '@/core/contracts/stories.contract'
import { branchSuggestionSchema, mySuggestionSchema } from '@/core/contracts/suggestions.contract'
import type { BranchSuggestion, MySuggestion } from '@/services/suggestions'
import StoryEditPage from '@/packages/secretary/story-edit/index'
import MyStoriesPage from '@/packages/secretary/stories/index'
import BranchSuggestionsPage from '@/packages/secretary/suggestions/index'
import StoryReviewPage from '@/packages/organiser/story-review/index'
import OverdueSuggestionsPage from '@/packages/organiser/suggestions-overdue/index'
import StoryFeedPage from '@/packages/villager/stories/index'
import StoryReaderPage from '@/packages/villager/story/index'
import SuggestPage from '@/packages/villager/suggest/index'
import MySuggestionsPage from '@/packages/villager/my-suggestions/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { FIVE_GOOD_STANDARDS } from '@/core/standards/five-good'
import { secretaryHome } from '../support/home-mother'

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 10_000 })
jest.setTimeout(40_000)

function openWith(params: Record<string, string>) {
  jest.mocked(useRouter).mockReturnValue({ params, path: '' } as unknown as ReturnType<typeof useRouter>)
}

const calls = (sent: SentRequest[]): Record<string, unknown>[] => sent.filter((request) => request.url.startsWith('/api/fn/')).map((request) => ({ fn: request.url.replace('/api/fn/', ''), ...(request.body as Record<string, unknown>) }))

async function tap(text: string, index = 0) {
  const target = await screen.findAllByText(text)
  await act(async () => {
    fireEvent.click(target[index])
  })
}

async function typeInto(selector: string, value: string) {
  const box = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)
    if (!found) throw new Error(`nothing matches ${selector} yet`)
    return found
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}

const BODY = '三年前，村里党员认领网格，每人联系十户左右，每月上门走访一次。'.repeat(3)

function story(overrides: Partial<StoryView> = {}): StoryView {
  return storyViewSchema.parse({
    id: 'story-1',
    orgId: 'org-qingshan',
    orgName: '青山村党支部',
    title: '党员联户一张网',
    summary: '党员认领网格，每月走访联系户，群众的小事有人管。',
    body: BODY,
    photos: [],
    criterion: 'image',
    criterionTitle: '有一个群众满意的好形象',
    status: 'draft',
    statusLabel: '草稿',
    comments: [],
    submittedAt: null,
    recommendedAt: null,
    readCount: 0,
    check: null,
    can: ['edit', 'submit'],
    ...overrides,
  })
}

function branchSuggestion(overrides: Partial<BranchSuggestion>): BranchSuggestion {
  return branchSuggestionSchema.parse({
    id: 'sug-1',
    orgId: 'org-qingshan',
    orgName: '青山村党支部',
    kind: 'suggestion',
    kindLabel: '意见建议',
    text: '村口的路灯坏了两盏，晚上走路看不清。',
    status: 'open',
    statusLabel: '已送达，等待支部答复',
    answer: null,
    createdAt: '2026-11-14T02:00:00.000Z',
    dueAt: '2026-11-21T02:00:00.000Z',
    overdue: true,
    daysWaiting: 12,
    ...overrides,
  })
}

function mine(overrides: Partial<MySuggestion>): MySuggestion {
  return mySuggestionSchema.parse({
    id: 'sug-9',
    orgId: 'org-qingshan',
    orgName: '青山村党支部',
    kind: 'suggestion',
    kindLabel: '意见建议',
    text: '希望村里多组织几次健康义诊。',
    status: 'open',
    statusLabel: '已送达，等待支部答复',
    rejectedReason: null,
    answer: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  })
}

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
  jest.mocked(Taro.redirectTo).mockClear()
})

describe('the secretary’s story editor', () => {
  it('offers the five criteria of the organisation’s type, saves then submits, and says in Chinese when the content check refuses it, keeping the text', async () => {
    openWith({})
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      if (body.action === 'save') return { ok: true, data: story({ title: '网格党员有事找我' }) }
      return { ok: false, code: 'CONTENT.REJECTED', message: '内容里有不适合公开的文字，没有公开。请修改后再提交。' }
    })
    render(<StoryEditPage />)
    for (const criterion of FIVE_GOOD_STANDARDS.village) expect(await screen.findByText(criterion.title)).toBeTruthy()

    await typeInto('input[name="title"]', '网格党员有事找我')
    await typeInto('textarea[name="summary"]', '党员认领网格，每月走访联系户，群众的小事有人管。')
    await typeInto('textarea[name="body"]', BODY)
    await tap(FIVE_GOOD_STANDARDS.village[4].title)
    await tap('报送乡镇')

    expect(await screen.findByText('没有报送：内容没有通过安全检查')).toBeTruthy()
    expect(screen.getByText('内容里有不适合公开的文字，没有公开。请修改后再提交。')).toBeTruthy()
    expect(document.querySelector<HTMLInputElement>('input[name="title"]')?.value).toBe('网格党员有事找我')
    const sentCalls = calls(sent).filter((call) => call.fn === 'stories')
    expect(sentCalls.map((call) => call.action)).toEqual(['save', 'submit'])
    expect(sentCalls[0]).toMatchObject({ orgId: 'org-qingshan', title: '网格党员有事找我', criterion: 'image', photos: [] })
    expect(sentCalls[1]).toMatchObject({ id: 'story-1' })
  })

  it('shows the township’s comment on a returned story, and after an edit submits it again', async () => {
    openWith({ id: 'story-1' })
    const returned = story({ status: 'returned', statusLabel: '乡镇退回修改', comments: [{ at: '2026-11-20T02:00:00.000Z', by: '东岭镇党委', decision: 'return', text: '请补充群众的反映' }] })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; summary?: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      if (body.action === 'get') return { ok: true, data: returned }
      if (body.action === 'save') return { ok: true, data: { ...returned, summary: body.summary } }
      return { ok: true, data: { ...returned, status: 'submitted', statusLabel: '已报送乡镇，等待审阅', can: [] } }
    })
    render(<StoryEditPage />)
    expect(await screen.findByText(/东岭镇党委退回：请补充群众的反映/)).toBeTruthy()
    expect(screen.getByText('乡镇退回修改')).toBeTruthy()
    await typeInto('textarea[name="summary"]', '党员认领网格，群众说：有事找党员，心里踏实。')
    await tap('报送乡镇')
    expect(await screen.findByText('报送成功')).toBeTruthy()
    expect(screen.getByText('已报送乡镇，等待审阅')).toBeTruthy()
    expect(calls(sent).find((call) => call.action === 'save')).toMatchObject({ id: 'story-1', summary: '党员认领网格，群众说：有事找党员，心里踏实。' })
  })

  it('attaches a picked photo through the h5 upload path (stories/) and saves the story with its fileID', async () => {
    openWith({})
    const fileID = 'cloud://local-dev.6c6f-local-dev-1300000000/stories/1764000000000-ab12cd.jpg'
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'night-school.jpg', { type: 'image/jpeg' })
    jest.mocked(Taro.chooseMedia).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:local/night', originalFileObj: photo }], type: 'image' } as unknown as Awaited<ReturnType<typeof Taro.chooseMedia>>)
    const { sent } = installFetch((request) => {
      if (request.url.startsWith('/api/storage/upload')) return { ok: true, data: { fileID, size: photo.size } }
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      return { ok: true, data: story({ photos: [fileID] }) }
    })
    render(<StoryEditPage />)
    await tap('添加照片')
    await waitFor(() => {
      if (!document.querySelector(`[src="/api/storage/file?fileID=${encodeURIComponent(fileID)}"]`)) throw new Error('the photo is not shown yet')
    })
    expect(decodeURIComponent(sent.find((request) => request.url.startsWith('/api/storage/upload'))?.url ?? '')).toMatch(/cloudPath=stories\/\d+-[a-z0-9]+\.jpg$/)
    await typeInto('input[name="title"]', '夜校讲政策')
    await typeInto('textarea[name="summary"]', '支部每月办一次夜校，用方言讲新政策。')
    await typeInto('textarea[name="body"]', BODY)
    await tap(FIVE_GOOD_STANDARDS.village[4].title)
    await tap('保存草稿')
    expect(await screen.findByText('草稿已保存')).toBeTruthy()
    expect(calls(sent).find((call) => call.action === 'save')).toMatchObject({ photos: [fileID] })
  })

  it('shows the author each photo’s content check: 已公开, 未通过 with the reason, not yet checked in a draft, then 审核中 once submitted', async () => {
    const photo = (name: string) => `cloud://local-dev.6c6f-local-dev-1300000000/stories/${name}.jpg`
    const [passed, refused, added] = [photo('1764000000001-meeting'), photo('1764000000002-banner'), photo('1764000000003-school')]
    const returned = story({
      status: 'returned',
      statusLabel: '乡镇退回修改',
      photos: [passed, refused, added],
      comments: [{ at: '2026-11-20T02:00:00.000Z', by: '东岭镇党委', decision: 'return', text: '请换掉横幅那张照片' }],
      photoChecks: [
        { fileID: passed, check: 'passed', reason: null },
        { fileID: refused, check: 'rejected', reason: '含有时政相关内容' },
      ],
    })
    openWith({ id: 'story-1' })
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      if (body.action === 'get' || body.action === 'save') return { ok: true, data: returned }
      return {
        ok: true,
        data: story({ ...returned, status: 'submitted', statusLabel: '已报送乡镇，等待审阅', can: [], photoChecks: [...(returned.photoChecks ?? []), { fileID: added, check: 'pending', reason: null }] }),
      }
    })
    render(<StoryEditPage />)

    const stateUnder = (fileID: string) => document.querySelector(`[src="/api/storage/file?fileID=${encodeURIComponent(fileID)}"]`)?.closest('.photo-strip__item')?.textContent
    await waitFor(() => expect(stateUnder(refused)).toBe('未通过（含有时政相关内容）'))
    expect(stateUnder(passed)).toBe('已公开')
    expect(stateUnder(added)).toBe('报送后审核')

    await tap('报送乡镇')
    expect(await screen.findByText('报送成功')).toBeTruthy()
    expect(stateUnder(added)).toBe('审核中')
    expect(stateUnder(refused)).toBe('未通过（含有时政相关内容）')
  })

  it('lists the branch’s stories with the returned one first and the township’s words on it', async () => {
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      return {
        ok: true,
        data: {
          stories: [
            story({ id: 's-rec', title: '推荐了的', status: 'recommended', statusLabel: '已推荐，在全县典型经验中展示', recommendedAt: '2026-10-01T02:00:00.000Z', readCount: 31, can: [] }),
            story({ id: 's-ret', title: '退回了的', status: 'returned', statusLabel: '乡镇退回修改', comments: [{ at: '2026-11-20T02:00:00.000Z', by: '东岭镇党委', decision: 'return', text: '请写具体数字' }] }),
          ],
        },
      }
    })
    render(<MyStoriesPage />)
    expect(await screen.findByText('乡镇的意见：请写具体数字')).toBeTruthy()
    const titles = Array.from(document.querySelectorAll('.pub-card__title')).map((node) => node.textContent)
    expect(titles).toEqual(['退回了的', '推荐了的'])
    expect(screen.getByText(/阅读 31 次/)).toBeTruthy()
    await tap('退回了的')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/secretary/story-edit/index?id=s-ret' })
  })

  it('says on a story’s card when a photo was refused or is still held, and nothing when all passed', async () => {
    const photo = (name: string) => `cloud://local-dev.6c6f-local-dev-1300000000/stories/${name}.jpg`
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      const submitted = { status: 'submitted' as const, statusLabel: '已报送乡镇，等待审阅', can: [] }
      return {
        ok: true,
        data: {
          stories: [
            story({ id: 's-refused', title: '横幅那篇', ...submitted, photos: [photo('a'), photo('b')], photoChecks: [{ fileID: photo('a'), check: 'passed', reason: null }, { fileID: photo('b'), check: 'rejected', reason: '含有时政相关内容' }] }),
            story({ id: 's-held', title: '茶园那篇', ...submitted, photos: [photo('c'), photo('d')], photoChecks: [{ fileID: photo('c'), check: 'pending', reason: null }, { fileID: photo('d'), check: 'pending', reason: null }] }),
            story({ id: 's-clean', title: '修路那篇', ...submitted, photos: [photo('e')], photoChecks: [{ fileID: photo('e'), check: 'passed', reason: null }] }),
          ],
        },
      }
    })
    render(<MyStoriesPage />)
    const cardOf = async (title: string) => (await screen.findByText(title)).closest('.pub-card')?.textContent ?? ''
    expect(await cardOf('横幅那篇')).toContain('1 张照片未通过审核')
    expect(screen.getByText('1 张照片未通过审核').className).toContain('pub-tag--alert')
    expect(await cardOf('茶园那篇')).toContain('2 张照片审核中')
    expect(await cardOf('修路那篇')).not.toMatch(/照片/)
  })
})

describe('the township’s review queue', () => {
  it('needs a comment to return (the server’s words shown) and recommends with one tap', async () => {
    openWith({})
    const submitted = story({ status: 'submitted', statusLabel: '已报送乡镇，等待审阅', submittedAt: '2026-11-20T02:00:00.000Z', can: ['return', 'recommend'] })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; decision?: string }
      if (body.action === 'getHome') return { ok: true, data: { ...secretaryHome(), identity: { role: 'organiser', roleLabel: '组织委员', displayName: '刘明' } } }
      if (body.action === 'listForReview') return { ok: true, data: { stories: [submitted] } }
      if (body.decision === 'return') return { ok: false, code: 'COMMON.BAD_REQUEST', message: '提交的内容有误：退回时请写明修改意见。' }
      return { ok: true, data: { ...submitted, status: 'recommended', statusLabel: '已推荐，在全县典型经验中展示', can: [] } }
    })
    render(<StoryReviewPage />)
    expect(await screen.findByText('等您审阅（1）')).toBeTruthy()
    await tap('退回修改')
    expect(await screen.findByText('提交的内容有误：退回时请写明修改意见。')).toBeTruthy()
    await tap('推荐到全县')
    expect(await screen.findByText('已推荐到全县典型经验')).toBeTruthy()
    expect(calls(sent).filter((call) => call.action === 'review').map((call) => call.decision)).toEqual(['return', 'recommend'])
    expect(document.body.textContent).not.toMatch(/打分|评分|排名|投票|点赞/)
  })
})

describe('the county feed and the reader', () => {
  it('shows recommended stories newest first with read counts and nothing to vote on, and opens one', async () => {
    openWith({})
    const card = (id: string, title: string, readCount: number) => storyCardSchema.parse({ id, orgId: 'org-qingshan', orgName: '青山村党支部', title, summary: '摘要写在这里，说清做法。', photos: [], criterion: 'image', criterionTitle: '群众反映好', recommendedAt: '2026-10-01T02:00:00.000Z', readCount })
    installFetch(() => ({ ok: true, data: { stories: [card('s-2', '新的一篇', 3), card('s-1', '旧的一篇', 120)] } }))
    render(<StoryFeedPage />)
    expect(await screen.findByText('新的一篇')).toBeTruthy()
    expect(screen.getByText(/阅读 120 次/)).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/投票|点赞|评分|打分|排名|得分/)
    await tap('新的一篇')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/villager/story/index?id=s-2' })
  })

  it('reads one story in full, paragraph by paragraph, with its read count', async () => {
    openWith({ id: 's-1' })
    const { sent } = installFetch(() => ({ ok: true, data: { ...story({ id: 's-1', body: '第一段做法。\n第二段效果。' }), recommendedAt: '2026-10-01T02:00:00.000Z', readCount: 8 } }))
    render(<StoryReaderPage />)
    expect(await screen.findByText('第二段效果。')).toBeTruthy()
    expect(screen.getByText('第一段做法。')).toBeTruthy()
    expect(screen.getByText(/阅读 8 次/)).toBeTruthy()
    expect(calls(sent)).toEqual([{ fn: 'stories', action: 'read', id: 's-1' }])
  })
})

describe('a villager’s suggestion', () => {
  it('picks the village from the list (no binding), then the form says plainly when the content check kept it back and why', async () => {
    openWith({})
    installFetch(() => ({ ok: true, data: { places: [{ id: 'org-taohua', name: '桃花村党支部', under: '中共东岭镇委员会' }, { id: 'org-hexi', name: '河西村党支部', under: '中共西河乡委员会' }] } }))
    const { unmount } = render(<SuggestPage />)
    expect(await screen.findByText('中共东岭镇委员会')).toBeTruthy()
    await tap('河西村党支部')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/villager/suggest/index?orgId=org-hexi' })
    unmount()

    openWith({ orgId: 'org-hexi' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'places') return { ok: true, data: { places: [{ id: 'org-hexi', name: '河西村党支部', under: '中共西河乡委员会' }] } }
      return { ok: true, data: mine({ orgId: 'org-hexi', orgName: '河西村党支部', kind: 'complaint', kindLabel: '投诉', status: 'rejected', statusLabel: '内容未通过安全检查，没有送给支部', rejectedReason: '含有不文明用语' }) }
    })
    render(<SuggestPage />)
    expect(await screen.findByText('写给：河西村党支部（中共西河乡委员会）')).toBeTruthy()
    await tap('反映问题、投诉')
    await typeInto('textarea[name="suggestion"]', '三组的垃圾好几天没人清运了')
    await tap('发给支部')
    expect(await screen.findByText('这条留言没有送给支部')).toBeTruthy()
    expect(screen.getByText(/含有不文明用语/)).toBeTruthy()
    expect(calls(sent).find((call) => call.action === 'leave')).toEqual({ fn: 'suggestions', action: 'leave', orgId: 'org-hexi', kind: 'complaint', text: '三组的垃圾好几天没人清运了' })
  })

  it('我的意见 shows the branch’s answer and, for a refused one, the reason', async () => {
    openWith({})
    installFetch(() => ({
      ok: true,
      data: {
        suggestions: [
          mine({ status: 'answered', statusLabel: '支部已答复', answer: { text: '已联系电工，周五前修好。', at: '2026-11-22T02:00:00.000Z', by: '青山村党支部' } }),
          mine({ id: 'sug-8', status: 'rejected', statusLabel: '内容未通过安全检查，没有送给支部', rejectedReason: '含有不文明用语' }),
        ],
      },
    }))
    render(<MySuggestionsPage />)
    expect(await screen.findByText('青山村党支部答复（2026年11月22日）：已联系电工，周五前修好。')).toBeTruthy()
    expect(screen.getByText(/没有送给支部的原因：含有不文明用语/)).toBeTruthy()
    expect(screen.getByText('只有您自己看得到这一页。', { exact: false })).toBeTruthy()
  })
})

describe('the branch’s and the township’s suggestion lists', () => {
  it('marks the overdue one with its days waiting and moves it to 已答复 once answered', async () => {
    openWith({})
    const late = branchSuggestion({})
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; text?: string }
      if (body.action === 'getHome') return { ok: true, data: secretaryHome() }
      if (body.action === 'listForOrg') return { ok: true, data: { answerDays: 7, suggestions: [late, branchSuggestion({ id: 'sug-2', overdue: false, daysWaiting: 1, createdAt: '2026-11-25T02:00:00.000Z', dueAt: '2026-12-02T02:00:00.000Z' })] } }
      return { ok: true, data: { ...late, status: 'answered', statusLabel: '支部已答复', overdue: false, daysWaiting: 0, answer: { text: body.text ?? '', at: '2026-11-26T02:00:00.000Z', by: '青山村党支部' } } }
    })
    render(<BranchSuggestionsPage />)
    expect(await screen.findByText('待答复（2），其中超期 1 条')).toBeTruthy()
    expect(screen.getByText('超期未答复：已等 12 天（应在 7 天内答复）')).toBeTruthy()
    expect(screen.getByText('已等 1 天，请在2026年12月2日前答复')).toBeTruthy()
    await typeInto('textarea[name="answer-sug-1"]', '已联系电工，周五前修好。')
    await tap('发出答复')
    expect(await screen.findByText('已答复（1）')).toBeTruthy()
    expect(screen.getByText('已答复（2026年11月26日）：已联系电工，周五前修好。')).toBeTruthy()
    expect(calls(sent).find((call) => call.action === 'answer')).toEqual({ fn: 'suggestions', action: 'answer', id: 'sug-1', text: '已联系电工，周五前修好。' })
  })

  it('the township sees what is overdue under it, by organisation, with no author', async () => {
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') return { ok: true, data: { ...secretaryHome(), identity: { role: 'organiser', roleLabel: '组织委员', displayName: '刘' } } }
      return { ok: true, data: { answerDays: 7, suggestions: [branchSuggestion({ orgName: '桃花村党支部' })] } }
    })
    render(<OverdueSuggestionsPage />)
    expect(await screen.findByText('超期未答复（1）')).toBeTruthy()
    expect(screen.getByText('桃花村党支部')).toBeTruthy()
    expect(screen.getByText('已等 12 天未答复')).toBeTruthy()
  })
})
