/**
 * @jest-environment jsdom
 */
import { defaultQuestions } from '@/core/survey/survey.questionnaire'
import { pollScene } from '@/core/survey/survey.round'
import { openPoll, ROUND_ID } from '../support/survey-mother'
import { launchApp, renderPage, tapText, waitForText } from '../support/weapp-harness'

const QUESTIONS = defaultQuestions('village')
type Request = { name: string; data: Record<string, unknown> }
const callFunction = jest.fn(async (request: Request) => {
  if (request.data.action === 'getPoll') return { result: { ok: true, data: openPoll() } }
  return { result: { ok: true, data: { counted: true, message: '提交成功，谢谢您的评价！' } } }
})

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: answer as the survey function would.
    wx.cloud = { init: jest.fn(), callFunction }
  })
})

describe('weapp build: the villager’s poll', () => {
  it('opens from a scanned code’s scene, asks one question at a time and submits every answer', async () => {
    // WeChat hands the page the scene URL-encoded, as wxacode.getUnlimited's scene arrives.
    const page = renderPage('packages/villager/poll/index', { scene: encodeURIComponent(pollScene(ROUND_ID)) })
    await waitForText(page, '第 1 题 / 共 5 题')
    expect(page.text()).toContain(QUESTIONS[0].text)
    expect(page.text()).toContain('青山村党支部')
    expect(callFunction).toHaveBeenCalledWith({ name: 'survey', data: { action: 'getPoll', roundId: ROUND_ID } })

    tapText(page, '满意')
    await waitForText(page, '第 2 题 / 共 5 题')
    expect(page.text()).toContain(QUESTIONS[1].text)
    for (let i = 1; i < QUESTIONS.length; i++) {
      tapText(page, '基本满意')
      if (i + 1 < QUESTIONS.length) await waitForText(page, `第 ${i + 2} 题 / 共 5 题`)
    }
    await waitForText(page, '提交评价')
    tapText(page, '提交评价')
    await waitForText(page, '谢谢您！')
    expect(page.text()).toContain('提交成功，谢谢您的评价！')
    const submit = callFunction.mock.calls.map(([request]) => request).find((request) => request.data.action === 'submit')
    expect(submit?.data).toEqual({
      action: 'submit',
      roundId: ROUND_ID,
      choices: QUESTIONS.map((question, index) => ({ questionId: question.id, choice: index === 0 ? 'satisfied' : 'fairly' })),
    })
  })
})
