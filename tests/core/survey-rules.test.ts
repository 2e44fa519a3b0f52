import { buildQuestionnaire, defaultQuestions, OVERALL_QUESTION_ID } from '@/core/survey/survey.questionnaire'
import { isCalendarDate, periodOf, pollPath, pollScene, POLL_PAGE, roundIdFromScene, roundStatus } from '@/core/survey/survey.round'
import { chinaDate } from '../../src/core/china-time'
import { QUESTION_ID } from '@/core/survey/survey.types'

describe('default questionnaire', () => {
  it('follows the fifth criterion for a village: 办事公道, 作风清正, 办实事, 热点难点, 总体评价', () => {
    const texts = defaultQuestions('village').map((question) => question.text)
    expect(texts).toHaveLength(5)
    expect(texts[0]).toContain('办事公道')
    expect(texts[1]).toContain('清正')
    expect(texts[2]).toContain('办实事')
    expect(texts[3]).toContain('热点难点')
    expect(texts[4]).toContain('总的来说')
  })

  it('words the questions for the people of each type', () => {
    expect(defaultQuestions('township').map((q) => q.text).join('')).toContain('乡镇')
    expect(defaultQuestions('enterprise').map((q) => q.text).join('')).toContain('职工')
  })

  it('puts added questions before 总体评价, with ids fit for tally keys', () => {
    const questions = buildQuestionnaire('village', ['  村里的道路修得怎么样？ '])
    expect(questions.map((q) => q.id)).toEqual(['fairness', 'integrity', 'service', 'hotIssues', 'extra1', OVERALL_QUESTION_ID])
    expect(questions[4]).toEqual({ id: 'extra1', topic: 'custom', text: '村里的道路修得怎么样？' })
    for (const question of questions) expect(QUESTION_ID.test(question.id)).toBe(true)
  })

  it('hands out copies, so editing one round does not change the defaults', () => {
    defaultQuestions('village')[0].text = '改过'
    expect(defaultQuestions('village')[0].text).not.toBe('改过')
  })
})

describe('round period and status', () => {
  const period = periodOf('2026-03-01', '2026-03-31')

  it('runs from 00:00 of the first day to the end of the last day, China time', () => {
    expect(period).toEqual({ opensAt: '2026-02-28T16:00:00.000Z', closesAt: '2026-03-31T16:00:00.000Z' })
    expect(chinaDate(period.opensAt)).toBe('2026-03-01')
    expect(chinaDate(new Date(new Date(period.closesAt).getTime() - 1))).toBe('2026-03-31')
  })

  it('is upcoming before, open during and closed after its period', () => {
    expect(roundStatus(period, new Date('2026-02-28T15:59:59.999Z'))).toBe('upcoming')
    expect(roundStatus(period, new Date('2026-02-28T16:00:00.000Z'))).toBe('open')
    expect(roundStatus(period, new Date('2026-03-31T15:59:59.999Z'))).toBe('open')
    expect(roundStatus(period, new Date('2026-03-31T16:00:00.000Z'))).toBe('closed')
  })

  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true)
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2026-2-3')).toBe(false)
    expect(() => periodOf('2026-13-01', '2026-13-02')).toThrow(RangeError)
  })
})

describe('poll link', () => {
  it('fits the round in a QR scene of at most 32 characters and reads it back, URL-encoded or not', () => {
    const roundId = 'r0123456789abcdef'
    expect(pollScene(roundId).length).toBeLessThanOrEqual(32)
    expect(roundIdFromScene(pollScene(roundId))).toBe(roundId)
    expect(roundIdFromScene(encodeURIComponent(pollScene(roundId)))).toBe(roundId)
  })

  it('rejects scenes that are not a round', () => {
    expect(roundIdFromScene('r=../../x')).toBeNull()
    expect(roundIdFromScene('%E0%A4%A')).toBeNull()
    expect(roundIdFromScene('invite=abc')).toBeNull()
  })

  it('opens the poll page of the villager subpackage', () => {
    expect(POLL_PAGE.startsWith('packages/villager/')).toBe(true)
    expect(pollPath('r0123456789ab')).toBe('/packages/villager/poll/index?roundId=r0123456789ab')
  })
})
