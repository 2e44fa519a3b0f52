/**
 * The local cloud's timer triggers (local-cloud/timers.ts): the schedules come from the functions'
 * own config.json, WeChat's seven-field cron is read in China time, and a running local cloud calls
 * the function on schedule with the event a cloud timer sends, which the function takes as its timer.
 */
import path from 'node:path'
import { nextFire, readTimerTriggers, startTimers } from '../../local-cloud/timers'
import type { SurveyRoundDoc, SurveyTallyDoc } from '../../src/core/survey/survey.docs'
import { startTestCloud } from '../support/local-cloud'

const FUNCTIONS = path.resolve(__dirname, '../../cloudfunctions')

describe('timer triggers', () => {
  it('reads each function’s timer triggers from its config.json, as deploy uploads them', () => {
    expect(readTimerTriggers(FUNCTIONS, ['survey', 'surveyReconcile', 'pledgeReminder', 'no-such-function'])).toEqual([
      { functionName: 'surveyReconcile', triggerName: 'reconcileTallies', cron: '0 */30 * * * * *' },
      { functionName: 'pledgeReminder', triggerName: 'pledgeReminder', cron: '0 0 9 * * * *' },
    ])
  })

  it('reads the seven-field cron in China time: every half hour, and 9:00 the next morning', () => {
    // 10:07 China time is 02:07 UTC.
    expect(nextFire('0 */30 * * * * *', new Date('2026-11-26T02:07:00Z')).toISOString()).toBe('2026-11-26T02:30:00.000Z')
    expect(nextFire('0 0 9 * * * *', new Date('2026-11-26T02:07:00Z')).toISOString()).toBe('2026-11-27T01:00:00.000Z')
    expect(nextFire('0 0 9 * * * *', new Date('2026-11-26T00:59:59Z')).toISOString()).toBe('2026-11-26T01:00:00.000Z')
    expect(() => nextFire('0 0 9 * * * 2027', new Date())).toThrow(/年份/)
    expect(() => nextFire('0 9 * *', new Date())).toThrow(/7 个字段/)
  })

  it('calls the function with a timer event on schedule, and nothing after it is stopped', async () => {
    const calls: { name: string; event: { Type: string; TriggerName: string; Time: string } }[] = []
    const timers = startTimers([{ functionName: 'surveyReconcile', triggerName: 'everySecond', cron: '* * * * * * *' }], async (name, event) => {
      calls.push({ name, event: event as (typeof calls)[number]['event'] })
      return { ok: true }
    })
    await new Promise((resolve) => setTimeout(resolve, 2_300))
    timers.stop()
    const made = calls.length
    expect(made).toBeGreaterThanOrEqual(1)
    expect(calls[0]).toMatchObject({ name: 'surveyReconcile', event: { Type: 'Timer', TriggerName: 'everySecond' } })
    expect(new Date(calls[0].event.Time).getMilliseconds()).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1_300))
    expect(calls).toHaveLength(made)
  })

  it('logs a trigger whose schedule cannot be read and still runs the others', async () => {
    const lines: string[] = []
    const called: string[] = []
    const timers = startTimers(
      [
        { functionName: 'pledgeReminder', triggerName: 'broken', cron: 'every morning' },
        { functionName: 'surveyReconcile', triggerName: 'everySecond', cron: '* * * * * * *' },
      ],
      async (name) => {
        called.push(name)
        return { ok: false, code: 'COMMON.INTERNAL', message: '内部错误' }
      },
      (line) => lines.push(line),
    )
    await new Promise((resolve) => setTimeout(resolve, 1_300))
    timers.stop()
    expect(lines[0]).toMatch(/pledgeReminder\/broken 不会运行/)
    expect(called).toContain('surveyReconcile')
    expect(called).not.toContain('pledgeReminder')
    expect(lines.some((line) => /surveyReconcile\/everySecond 失败：COMMON.INTERNAL/.test(line))).toBe(true)
  })

  it('a local cloud started with a trigger runs it through its runner: the reconcile timer repairs a corrupted tally by itself', async () => {
    const cloud = await startTestCloud({ functions: ['surveyReconcile'], timers: [{ functionName: 'surveyReconcile', triggerName: 'reconcileTallies', cron: '* * * * * * *' }] })
    try {
      // A round of the demo county open now: the timer recounts rounds open or closed within 14 days.
      const now = new Date().toISOString()
      const round = cloud.emulator.db.find<SurveyRoundDoc>('surveyRounds', { opensAt: { $lte: now }, closesAt: { $gt: now } }, { limit: 1 })[0]
      const shards = () => cloud.emulator.db.find<SurveyTallyDoc>('surveyTallies', { roundId: round._id }, { limit: 100 })
      const respondents = () => shards().reduce((sum, shard) => sum + shard.respondents, 0)
      const counted = respondents()
      cloud.emulator.db.updateMany('surveyTallies', { _id: `${round._id}-0` }, { $inc: { respondents: 5 } })
      expect(respondents()).toBe(counted + 5)
      const deadline = Date.now() + 20_000
      while (respondents() !== counted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      expect(respondents()).toBe(counted)
    } finally {
      await cloud.close()
    }
  }, 60_000)
})
