import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import { NETWORK_SEND_MESSAGE } from '@/core/errors'
import { defaultQuestions } from '@/core/survey/survey.questionnaire'
import PollPage from '@/packages/villager/poll/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { openPoll, ROUND_ID } from '../support/survey-mother'
import { tap } from '../support/h5-actions'

const QUESTIONS = defaultQuestions('village')
const REJECTED = '留言里有不适合公开的内容，答卷没有提交。请修改或删去留言后再提交。'
const fnCalls = (sent: SentRequest[]) => sent.filter((request) => request.url.startsWith('/api/fn/'))

function openWith(params: Record<string, string>) {
  // The page reads only params; the rest of Taro's RouterInfo (lifecycle event names) plays no part here.
  jest.mocked(useRouter).mockReturnValue({ params, path: '/packages/villager/poll/index' } as unknown as ReturnType<typeof useRouter>)
}

/** Types into the page's comment box as a person would (the real Taro h5 textarea underneath). */
async function typeComment(text: string) {
  // Taro's h5 Textarea is a web component that renders its inner <textarea> a tick later.
  const box = await waitFor(() => {
    const found = document.querySelector('textarea')
    if (!found) throw new Error('the comment box has not rendered yet')
    return found
  })
  await act(async () => {
    fireEvent.input(box, { target: { value: text } })
  })
}

beforeEach(() => {
  localStorage.clear()
  openWith({ roundId: ROUND_ID })
})

describe('the villager’s poll', () => {
  it('asks one question at a time with four big answers and says where the villager is', async () => {
    installFetch(() => ({ ok: true, data: openPoll() }))
    render(<PollPage />)

    expect(await screen.findByText('第 1 题 / 共 5 题')).toBeTruthy()
    expect(screen.getByText(QUESTIONS[0].text)).toBeTruthy()
    for (const label of ['满意', '基本满意', '不满意', '不了解']) expect(screen.getByText(label)).toBeTruthy()
    expect(screen.queryByText(QUESTIONS[1].text)).toBeNull()

    await tap('基本满意')
    expect(screen.getByText('第 2 题 / 共 5 题')).toBeTruthy()
    expect(screen.getByText(QUESTIONS[1].text)).toBeTruthy()

    await tap('‹ 上一题')
    expect(screen.getByText('第 1 题 / 共 5 题')).toBeTruthy()
    // The earlier choice is still marked when the villager goes back.
    expect(screen.getByText('基本满意').closest('.poll-choice')?.className).toContain('poll-choice--chosen')
  })

  it('sends every answer and the comment; a refused comment shows the server’s words and keeps the text', async () => {
    let refuse = true
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getPoll') return { ok: true, data: openPoll() }
      if (refuse) return { ok: false, code: 'SURVEY.COMMENT_REJECTED', message: REJECTED }
      return { ok: true, data: { counted: true, message: '提交成功，谢谢您的评价！' } }
    })
    render(<PollPage />)
    await screen.findByText('第 1 题 / 共 5 题')
    for (const answer of ['满意', '满意', '不满意', '不了解', '基本满意']) await tap(answer)

    expect(screen.getByText('您还有什么想对青山村党支部说的吗？')).toBeTruthy()
    await typeComment('村口的路灯坏了两个月没人修')
    await tap('提交评价')

    expect(await screen.findByText(REJECTED)).toBeTruthy()
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('村口的路灯坏了两个月没人修')
    expect(screen.queryByText('谢谢您！')).toBeNull()

    refuse = false
    await typeComment('村口的路灯坏了，希望早点修')
    await tap('提交评价')
    expect(await screen.findByText('谢谢您！')).toBeTruthy()
    expect(screen.getByText('提交成功，谢谢您的评价！')).toBeTruthy()

    const submits = fnCalls(sent).filter((request) => (request.body as { action: string }).action === 'submit')
    expect(submits).toHaveLength(2)
    expect(submits[1].body).toEqual({
      action: 'submit',
      roundId: ROUND_ID,
      choices: [
        { questionId: 'fairness', choice: 'satisfied' },
        { questionId: 'integrity', choice: 'satisfied' },
        { questionId: 'service', choice: 'dissatisfied' },
        { questionId: 'hotIssues', choice: 'unknown' },
        { questionId: 'overall', choice: 'fairly' },
      ],
      comment: '村口的路灯坏了，希望早点修',
    })
  })

  it('on a dropped network keeps the answers and the comment and says to tap 提交评价 again, not a 重试 there is none of', async () => {
    let online = false
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getPoll') return { ok: true, data: openPoll() }
      if (!online) throw new TypeError('Failed to fetch')
      return { ok: true, data: { counted: true, message: '提交成功，谢谢您的评价！' } }
    })
    render(<PollPage />)
    await screen.findByText('第 1 题 / 共 5 题')
    for (let i = 0; i < QUESTIONS.length; i++) await tap('满意')
    await typeComment('希望多开几次村民会')
    await tap('提交评价')

    expect(await screen.findByText(NETWORK_SEND_MESSAGE)).toBeTruthy()
    expect(screen.queryByText(/重试/)).toBeNull()
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('希望多开几次村民会')

    online = true
    await tap('提交评价')
    expect(await screen.findByText('谢谢您！')).toBeTruthy()
    const submits = fnCalls(sent).filter((request) => (request.body as { action: string }).action === 'submit')
    expect(submits.map((request) => (request.body as { comment?: string }).comment)).toEqual(['希望多开几次村民会', '希望多开几次村民会'])
  })

  it('submits without a comment when the villager writes none', async () => {
    const { sent } = installFetch((request) => ((request.body as { action: string }).action === 'getPoll' ? { ok: true, data: openPoll() } : { ok: true, data: { counted: true, message: '提交成功，谢谢您的评价！' } }))
    render(<PollPage />)
    await screen.findByText('第 1 题 / 共 5 题')
    for (let i = 0; i < QUESTIONS.length; i++) await tap('满意')
    await tap('提交评价')
    expect(await screen.findByText('谢谢您！')).toBeTruthy()
    expect(fnCalls(sent).at(-1)?.body).not.toHaveProperty('comment')
  })

  it('thanks a second attempt with the server’s words instead of pretending it counted', async () => {
    installFetch((request) =>
      (request.body as { action: string }).action === 'getPoll' ? { ok: true, data: openPoll() } : { ok: true, data: { counted: false, message: '您已经参加过这一轮评价，每人每轮只计一次。谢谢您的关心！' } },
    )
    render(<PollPage />)
    await screen.findByText('第 1 题 / 共 5 题')
    for (let i = 0; i < QUESTIONS.length; i++) await tap('不了解')
    await tap('提交评价')
    expect(await screen.findByText('您已经参加过这一轮评价，每人每轮只计一次。谢谢您的关心！')).toBeTruthy()
  })

  it('thanks at once someone who already answered, without asking again', async () => {
    installFetch(() => ({ ok: true, data: openPoll({ alreadyAnswered: true }) }))
    render(<PollPage />)
    expect(await screen.findByText('谢谢您！')).toBeTruthy()
    expect(screen.getByText(/您已经参加过这一轮评价/)).toBeTruthy()
    expect(screen.queryByText('第 1 题 / 共 5 题')).toBeNull()
  })

  it('says plainly that a closed round takes no more answers, and offers none', async () => {
    const notice = '这次调查已于2026年10月31日结束，不再收答卷。谢谢您的关心！'
    installFetch(() => ({ ok: true, data: openPoll({ notice, round: { ...openPoll().round, status: 'closed', statusLabel: '已结束' } }) }))
    render(<PollPage />)
    expect(await screen.findByText(notice)).toBeTruthy()
    expect(screen.getByText('这次评价已经结束')).toBeTruthy()
    expect(screen.queryByText('基本满意')).toBeNull()
  })

  it('reads the round from a scanned code’s scene', async () => {
    openWith({ scene: encodeURIComponent(`r=${ROUND_ID}`) })
    const { sent } = installFetch(() => ({ ok: true, data: openPoll() }))
    render(<PollPage />)
    await screen.findByText('第 1 题 / 共 5 题')
    expect(fnCalls(sent)[0]).toMatchObject({ url: '/api/fn/survey', body: { action: 'getPoll', roundId: ROUND_ID } })
  })

  it('tells the villager to scan again when the code carries no round, without calling the cloud', async () => {
    openWith({ scene: 'nonsense' })
    const { sent } = installFetch(() => ({ ok: true, data: openPoll() }))
    render(<PollPage />)
    expect(await screen.findByText('没有找到调查编号。请重新扫描村里张贴的评价二维码。')).toBeTruthy()
    expect(fnCalls(sent)).toHaveLength(0)
  })
})
