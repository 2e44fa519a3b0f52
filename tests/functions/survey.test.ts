/**
 * The survey functions through the gateway, the runner and the emulator: opening rounds in scope,
 * the anonymous poll, one answer per identity under concurrency, tallies that equal a recount,
 * reconciliation, hiding below the minimum, no OPENID in the store, and out-of-scope refusals.
 */
import ExcelJS from 'exceljs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { wxacodeText } from '../../local-cloud/emulator'
import { surveyContract, surveyReconcileContract, type SubtreeDashboard } from '../../src/core/contracts/survey.contract'
import type { SurveyAnswerDoc, SurveyRoundDoc, SurveyTallyDoc } from '../../src/core/survey/survey.docs'
import { POLL_PAGE, pollScene } from '../../src/core/survey/survey.round'
import { chinaDate } from '../../src/core/china-time'
import { sumTallies, tallyOfAnswer, type RoundTally } from '../../src/core/survey/survey.tally'
import type { Choice } from '../../src/core/survey/survey.types'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(120_000)

function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

const today = chinaDate(new Date())
const QUESTIONS = ['fairness', 'integrity', 'service', 'hotIssues', 'overall']

/** Runs `count` calls with at most `inFlight` open at once (a thousand sockets at once overflow the listen backlog). */
async function concurrently<T>(count: number, inFlight: number, call: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next++
      results[index] = await call(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane))
  return results
}

function allAnswered(choice: Choice, overall: Choice = choice): { questionId: string; choice: Choice }[] {
  return QUESTIONS.map((questionId) => ({ questionId, choice: questionId === 'overall' ? overall : choice }))
}

describe('survey functions', () => {
  let cloud: TestCloud

  const rounds = (filter: Record<string, unknown> = {}) => cloud.emulator.db.find<SurveyRoundDoc>('surveyRounds', filter, { limit: 100_000 })
  const answersOf = (roundId: string) => cloud.emulator.db.find<SurveyAnswerDoc>('surveyAnswers', { roundId }, { limit: 100_000 })
  const talliesOf = (roundId: string): RoundTally => sumTallies(cloud.emulator.db.find<SurveyTallyDoc>('surveyTallies', { roundId }, { limit: 1000 }))
  const recountOf = (roundId: string): RoundTally => sumTallies(answersOf(roundId).map((answer) => tallyOfAnswer(answer.choices)))

  /** Opens a fresh round as the secretary of `slug`, from today for 30 days. */
  async function openFor(slug: string, options: { minimumAnswers?: number; opensOn?: string } = {}): Promise<string> {
    // A round per test: the demo county's seeded current round is removed first so periods never overlap.
    cloud.emulator.db.removeMany('surveyRounds', { orgId: `org-${slug}`, closesAt: { $gt: new Date().toISOString() } })
    const opened = dataOf(
      await cloud.call(`demo-secretary-${slug}`, surveyContract, 'openRounds', {
        orgIds: [`org-${slug}`],
        title: '测试轮次',
        opensOn: options.opensOn ?? today,
        closesOn: addDays(today, 30),
        ...(options.minimumAnswers ? { minimumAnswers: options.minimumAnswers } : {}),
      }),
    )
    return opened.rounds[0].roundId
  }

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['survey', 'surveyReconcile'], maxInstances: 4 })
  }, 60_000)
  afterAll(() => cloud?.close())

  describe('the demo county, before anything changes', () => {
    it('shows a secretary their village with rate, interval, n, change and trend from the demo county', async () => {
      const dashboard = dataOf(await cloud.call('demo-secretary-shiqiao', surveyContract, 'getOrgDashboard', {}))
      expect(dashboard.org).toMatchObject({ id: 'org-shiqiao', typeLabel: '村党组织' })
      const visible = dashboard.rounds.filter((result) => result.visible)
      expect(visible.length).toBeGreaterThanOrEqual(2)
      const [latest] = visible
      expect(latest.overall?.interval?.lower).toBeLessThan(latest.overall?.rate ?? 0)
      expect(latest.change).not.toBeNull()
      expect(dashboard.trend.length).toBeGreaterThanOrEqual(2)
    })

    it('gives the county organiser every measured organisation sorted by rate, flags those below 70 %, and rollups per township', async () => {
      const table = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', {}))
      expect(table.root.id).toBe('org-qingshan')
      expect(table.rollups.map((rollup) => rollup.org.id)).toEqual(['org-qingshan', 'org-dongling', 'org-xihe'])
      const rated = table.organisations.filter((row) => row.latest?.visible && row.latest.overall?.rate !== null).map((row) => row.latest?.overall?.rate ?? 0)
      expect(rated).toEqual([...rated].sort((a, b) => a - b))
      const baiyang = table.organisations.find((row) => row.org.id === 'org-baiyang')
      expect(baiyang).toMatchObject({ flagged: true, latest: { overall: { band: 'rectify' } } })
      expect(table.flaggedCount).toBe(table.organisations.filter((row) => row.flagged).length)
      expect(table.flaggedCount).toBeGreaterThanOrEqual(1)
      expect(table.total).toBe(table.organisations.length)
    })

    it('answers the table a page at a time: the pages put together are the whole table, and rollups and counts always cover the whole county', async () => {
      const whole = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', {}))
      const read: SubtreeDashboard[] = []
      for (let shown: string[] = []; read.length === 0 || read[read.length - 1].organisations.length > 0; ) {
        const page = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', { shownOrgIds: shown, limit: 4 }))
        read.push(page)
        shown = [...shown, ...page.organisations.map((row) => row.org.id)]
      }
      expect(read.map((page) => page.organisations.length)).toEqual([4, 4, whole.total - 8, 0])
      expect(read.flatMap((page) => page.organisations)).toEqual(whole.organisations)
      for (const page of read) expect({ ...page, organisations: [] }).toEqual({ ...whole, organisations: [] })
      expect(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', { limit: 0 })).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' })
    })

    it('neither skips nor repeats an organisation when answers reorder the table between two pages', async () => {
      const first = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', { limit: 4 }))
      const shown = first.organisations.map((row) => row.org.id)
      // The village with the highest rate gets a fresh round whose answers are all 不满意: it becomes the lowest rate.
      const falling = [...dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', { order: 'rate-desc' })).organisations].find((row) => row.org.type === 'village' && row.latest?.visible)
      if (!falling) throw new Error('the demo county has no village with visible results')
      expect(shown).not.toContain(falling.org.id)
      cloud.emulator.db.removeMany('surveyRounds', { orgId: falling.org.id, closesAt: { $gt: new Date().toISOString() } })
      const opened = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'openRounds', { orgIds: [falling.org.id], title: '测试轮次', opensOn: today, closesOn: addDays(today, 30) }))
      const { roundId } = opened.rounds[0]
      await concurrently(12, 4, (index) => cloud.call(`v-falling-${index}`, surveyContract, 'submit', { roundId, choices: allAnswered('dissatisfied') }))
      const reordered = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', {}))
      expect(reordered.organisations.findIndex((row) => row.org.id === falling.org.id)).toBeLessThan(4)

      const next = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', { shownOrgIds: shown, limit: 4 }))
      expect(next.organisations.map((row) => row.org.id)).toContain(falling.org.id)
      expect(next.organisations.map((row) => row.org.id)).toEqual(reordered.organisations.map((row) => row.org.id).filter((id) => !shown.includes(id)).slice(0, 4))
    })
  })

  describe('opening rounds', () => {
    it('lets a secretary open a round for their own village with the village questionnaire, zeroed shards and a QR scene', async () => {
      const roundId = await openFor('taohua')
      const [round] = rounds({ _id: roundId })
      expect(round).toMatchObject({ orgId: 'org-taohua', orgName: '桃花村党支部', minimumAnswers: 10, orgPath: ['org-qingshan', 'org-dongling', 'org-taohua'] })
      expect(round.questions.map((question) => question.id)).toEqual(QUESTIONS)
      expect(round.questions[0].text).toContain('办事公道')
      expect(talliesOf(roundId).respondents).toBe(0)
      expect(cloud.emulator.db.count('surveyTallies', { roundId })).toBe(round.shards)
      expect(pollScene(roundId).length).toBeLessThanOrEqual(32)
    })

    it('refuses a secretary opening a round for another village, and writes nothing', async () => {
      const before = cloud.emulator.db.count('surveyRounds')
      const result = await cloud.call('demo-secretary-taohua', surveyContract, 'openRounds', { orgIds: ['org-shangwan'], title: '越权', opensOn: today, closesOn: addDays(today, 5) })
      expect(result).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(cloud.emulator.db.count('surveyRounds')).toBe(before)
    })

    it('lets a township organiser open one round for many villages at once, with an added question before 总体评价', async () => {
      const orgIds = ['org-hexi', 'org-baiyang', 'org-dazhai', 'org-nanshan']
      const opened = dataOf(
        await cloud.call('demo-organiser-xihe', surveyContract, 'openRounds', { orgIds, title: '西河乡全乡测评', opensOn: addDays(today, 40), closesOn: addDays(today, 60), extraQuestions: ['村里的道路和路灯维护得好吗？'] }),
      )
      expect(opened.rounds.map((round) => round.orgId)).toEqual(orgIds)
      expect(new Set(rounds({ batchId: opened.batchId }).map((round) => round.orgId))).toEqual(new Set(orgIds))
      expect(opened.questions.map((question) => question.id)).toEqual(['fairness', 'integrity', 'service', 'hotIssues', 'extra1', 'overall'])
    })

    it('refuses an organiser a village of another township, and a county party committee that is not measured, writing nothing', async () => {
      const before = cloud.emulator.db.count('surveyRounds')
      expect(await cloud.call('demo-organiser-xihe', surveyContract, 'openRounds', { orgIds: ['org-hexi', 'org-taohua'], title: '越权', opensOn: addDays(today, 100), closesOn: addDays(today, 110) })).toMatchObject({
        ok: false,
        code: 'AUTH.OUT_OF_SCOPE',
      })
      expect(await cloud.call('demo-organiser-county', surveyContract, 'openRounds', { orgIds: ['org-qingshan'], title: '县委', opensOn: addDays(today, 100), closesOn: addDays(today, 110) })).toMatchObject({
        ok: false,
        code: 'SURVEY.NOT_MEASURED',
      })
      expect(cloud.emulator.db.count('surveyRounds')).toBe(before)
    })

    it('refuses a past or reversed period, and an overlapping round, in Chinese', async () => {
      const past = await cloud.call('demo-secretary-shiqiao', surveyContract, 'openRounds', { orgIds: ['org-shiqiao'], title: '过去', opensOn: addDays(today, -20), closesOn: addDays(today, -10) })
      expect(past).toMatchObject({ ok: false, code: 'SURVEY.BAD_PERIOD', message: expect.stringContaining('已经过去') })
      const reversed = await cloud.call('demo-secretary-shiqiao', surveyContract, 'openRounds', { orgIds: ['org-shiqiao'], title: '颠倒', opensOn: addDays(today, 10), closesOn: addDays(today, 5) })
      expect(reversed).toMatchObject({ ok: false, code: 'SURVEY.BAD_PERIOD' })
      // The demo county has a current round for 石桥村.
      const overlapping = await cloud.call('demo-secretary-shiqiao', surveyContract, 'openRounds', { orgIds: ['org-shiqiao'], title: '重叠', opensOn: today, closesOn: addDays(today, 3) })
      expect(overlapping).toMatchObject({ ok: false, code: 'SURVEY.OVERLAPPING' })
    })
  })

  describe('the poll', () => {
    it('shows an unbound identity the questions and four answers, then thanks them and shows they answered', async () => {
      const roundId = await openFor('shangwan')
      const poll = dataOf(await cloud.call('v-poll-1', surveyContract, 'getPoll', { roundId }))
      expect(poll.round).toMatchObject({ orgName: '上湾村党支部', status: 'open', statusLabel: '进行中', orgTypeLabel: '村党组织' })
      expect(poll.choices.map((choice) => choice.label)).toEqual(['满意', '基本满意', '不满意', '不了解'])
      expect(poll.questions).toHaveLength(5)
      expect(poll.alreadyAnswered).toBe(false)
      expect(poll.notice).toBeNull()

      expect(dataOf(await cloud.call('v-poll-1', surveyContract, 'submit', { roundId, choices: allAnswered('satisfied') }))).toEqual({ counted: true, message: expect.stringContaining('谢谢') })
      expect(dataOf(await cloud.call('v-poll-1', surveyContract, 'getPoll', { roundId })).alreadyAnswered).toBe(true)
      expect(dataOf(await cloud.call('v-poll-1', surveyContract, 'submit', { roundId, choices: allAnswered('dissatisfied') }))).toEqual({ counted: false, message: expect.stringContaining('只计一次') })
      expect(talliesOf(roundId).respondents).toBe(1)
      expect(talliesOf(roundId).counts.overall).toMatchObject({ satisfied: 1, dissatisfied: 0 })
    })

    it('asks for every question and stores nothing until they are answered', async () => {
      const roundId = await openFor('liujia')
      const result = await cloud.call('v-poll-2', surveyContract, 'submit', { roundId, choices: allAnswered('fairly').slice(0, 3) })
      expect(result).toMatchObject({ ok: false, code: 'SURVEY.INCOMPLETE', message: expect.stringContaining('第 4、5 题') })
      expect(answersOf(roundId)).toHaveLength(0)
      expect(talliesOf(roundId).respondents).toBe(0)
    })

    it('says a round is closed or not yet open, and counts nothing', async () => {
      const closed = rounds({ title: '2025年第四季度群众满意度测评', orgId: 'org-taohua' })[0]
      const poll = dataOf(await cloud.call('v-poll-3', surveyContract, 'getPoll', { roundId: closed._id }))
      expect(poll.round.status).toBe('closed')
      expect(poll.notice).toContain('已于2025年12月31日结束')
      expect(await cloud.call('v-poll-3', surveyContract, 'submit', { roundId: closed._id, choices: allAnswered('satisfied') })).toMatchObject({ ok: false, code: 'SURVEY.ROUND_CLOSED' })

      const upcoming = rounds({ title: '西河乡全乡测评' })[0]
      expect(dataOf(await cloud.call('v-poll-3', surveyContract, 'getPoll', { roundId: upcoming._id })).notice).toContain('还没有开始')
      expect(await cloud.call('v-poll-3', surveyContract, 'submit', { roundId: upcoming._id, choices: allAnswered('satisfied') })).toMatchObject({ ok: false, code: 'SURVEY.ROUND_NOT_OPEN' })
      expect(answersOf(closed._id).length + answersOf(upcoming._id).length).toBe(cloud.emulator.db.count('surveyAnswers', { roundId: closed._id }))
    })

    it('answers an unknown round with a clear message', async () => {
      expect(await cloud.call('v-poll-3', surveyContract, 'getPoll', { roundId: 'r000000000000' })).toMatchObject({ ok: false, code: 'SURVEY.ROUND_NOT_FOUND' })
    })

    it('refuses a comment msgSecCheck flags and stores nothing; keeps a clean one without identity', async () => {
      const roundId = await openFor('shiqiao', { opensOn: today })
      const rejected = await cloud.call('v-comment-1', surveyContract, 'submit', { roundId, choices: allAnswered('satisfied'), comment: '村里有人组织赌博' })
      expect(rejected).toMatchObject({ ok: false, code: 'SURVEY.COMMENT_REJECTED' })
      expect(answersOf(roundId)).toHaveLength(0)
      expect(cloud.emulator.db.count('surveyComments', { roundId })).toBe(0)

      expect(dataOf(await cloud.call('v-comment-1', surveyContract, 'submit', { roundId, choices: allAnswered('satisfied'), comment: '修路的事办得好' })).counted).toBe(true)
      const [comment] = cloud.emulator.db.find('surveyComments', { roundId })
      expect(Object.keys(comment).sort()).toEqual(['_id', 'orgId', 'orgPath', 'roundId', 'submittedOn', 'text'])
      expect(JSON.stringify(comment)).not.toContain('v-comment-1')
    })
  })

  describe('counting under concurrency', () => {
    it('counts 50 concurrent submissions from one identity once', async () => {
      const roundId = await openFor('lvyuan')
      const results = await Promise.all(Array.from({ length: 50 }, () => cloud.call('v-eager', surveyContract, 'submit', { roundId, choices: allAnswered('satisfied') })))
      const answers = results.map((result) => dataOf(result))
      expect(answers.filter((answer) => answer.counted)).toHaveLength(1)
      expect(answers.filter((answer) => !answer.counted)).toHaveLength(49)
      expect(answersOf(roundId)).toHaveLength(1)
      expect(talliesOf(roundId)).toEqual(recountOf(roundId))
      expect(talliesOf(roundId).respondents).toBe(1)
    })

    it('after 1,000 concurrent answers from 1,000 identities, the tallies equal a full recount', async () => {
      const roundId = await openFor('dazhai')
      const choices: Choice[] = ['satisfied', 'fairly', 'dissatisfied', 'unknown']
      const results = await concurrently(1000, 200, (i) => cloud.call(`v-crowd-${i}`, surveyContract, 'submit', { roundId, choices: allAnswered(choices[i % 4], choices[(i * 7) % 4]) }))
      expect(results.filter((result) => result.ok && result.data.counted)).toHaveLength(1000)
      expect(answersOf(roundId)).toHaveLength(1000)
      const tally = talliesOf(roundId)
      expect(tally).toEqual(recountOf(roundId))
      expect(tally.respondents).toBe(1000)
      expect(tally.counts.fairness).toEqual({ satisfied: 250, fairly: 250, dissatisfied: 250, unknown: 250 })
    })

    it('reconciliation repairs a deliberately corrupted tally, and leaves a correct one alone', async () => {
      const roundId = rounds({ orgId: 'org-dazhai', title: '测试轮次' })[0]._id
      const correct = recountOf(roundId)
      cloud.emulator.db.updateMany('surveyTallies', { _id: `${roundId}-3` }, { $inc: { respondents: 7, 'counts.overall.satisfied': -5, 'counts.extraNoise.fairly': 2 } })
      expect(talliesOf(roundId)).not.toEqual(correct)

      const report = dataOf(await cloud.call('demo-admin', surveyReconcileContract, 'reconcile', { roundIds: [roundId] }))
      expect(report).toEqual({ roundsChecked: 1, repaired: [{ roundId, cells: 3 }], busy: [] })
      expect(talliesOf(roundId)).toEqual({ ...correct, counts: { ...correct.counts, extraNoise: { satisfied: 0, fairly: 0, dissatisfied: 0, unknown: 0 } } })
      expect(dataOf(await cloud.call('demo-admin', surveyReconcileContract, 'reconcile', { roundIds: [roundId] })).repaired).toEqual([])
    })

    it('runs reconciliation from its timer trigger (no caller), and refuses a client dressed up as the timer', async () => {
      const roundId = await openFor('hexi')
      for (let i = 0; i < 3; i++) dataOf(await cloud.call(`v-timer-${i}`, surveyContract, 'submit', { roundId, choices: allAnswered('fairly') }))
      cloud.emulator.db.updateMany('surveyTallies', { _id: `${roundId}-0` }, { $inc: { 'counts.service.unknown': 4 } })
      const timer = await cloud.runner.call('surveyReconcile', { Type: 'Timer', TriggerName: 'reconcileTallies', Time: new Date().toISOString() })
      expect(timer).toMatchObject({ ok: true, data: { repaired: expect.arrayContaining([{ roundId, cells: 1 }]) } })
      expect(talliesOf(roundId).counts.service).toEqual(recountOf(roundId).counts.service)

      const dressedUp = await cloud.post('surveyReconcile', { Type: 'Timer', TriggerName: 'reconcileTallies', Time: '' }, { openid: 'v-sneaky' })
      expect(dressedUp.body).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
      expect(await cloud.call('demo-secretary-dazhai', surveyReconcileContract, 'reconcile', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    })

    it('folds a closed round’s eight shards into one on the timer, keeping every figure, and leaves an open round’s shards apart', async () => {
      const shardsOf = (roundId: string) => cloud.emulator.db.find<SurveyTallyDoc>('surveyTallies', { roundId }, { limit: 100 }).map((shard) => shard._id)
      const roundId = await openFor('baiyang', { minimumAnswers: 5 })
      const nowIso = new Date().toISOString()
      const stillOpen = rounds({ opensAt: { $lte: nowIso }, closesAt: { $gt: nowIso } }).find((round) => round._id !== roundId)?._id as string
      const choices: Choice[] = ['satisfied', 'fairly', 'dissatisfied', 'unknown']
      await concurrently(40, 10, (i) => cloud.call(`v-fold-${i}`, surveyContract, 'submit', { roundId, choices: allAnswered(choices[i % 4], choices[(i * 3) % 4]) }))
      dataOf(await cloud.call('v-fold-open', surveyContract, 'submit', { roundId: stillOpen, choices: allAnswered('fairly') }))
      dataOf(await cloud.call('demo-secretary-baiyang', surveyContract, 'close', { roundId }))
      const before = talliesOf(roundId)
      const dashboardBefore = dataOf(await cloud.call('demo-secretary-baiyang', surveyContract, 'getOrgDashboard', {}))
      expect(shardsOf(roundId)).toHaveLength(8)

      const timer = await cloud.runner.call('surveyReconcile', { Type: 'Timer', TriggerName: 'reconcileTallies', Time: new Date().toISOString() })
      expect(timer).toMatchObject({ ok: true, data: { compacted: expect.arrayContaining([roundId]) } })
      expect(shardsOf(roundId)).toEqual([`${roundId}-0`])
      expect(talliesOf(roundId)).toEqual(before)
      expect(talliesOf(roundId)).toEqual(recountOf(roundId))
      expect(dataOf(await cloud.call('demo-secretary-baiyang', surveyContract, 'getOrgDashboard', {}))).toEqual(dashboardBefore)
      expect(shardsOf(stillOpen)).toHaveLength(8)

      // Nothing left to fold, and a later recount still agrees with the folded tally.
      const again = await cloud.runner.call('surveyReconcile', { Type: 'Timer', TriggerName: 'reconcileTallies', Time: new Date().toISOString() })
      expect(again).toMatchObject({ ok: true, data: { compacted: [] } })
      expect(dataOf(await cloud.call('demo-admin', surveyReconcileContract, 'reconcile', { roundIds: [roundId] })).repaired).toEqual([])
    })

    it('keeps every OPENID out of the store: no collection holds a villager’s identity, and answers carry only the keyed hash', async () => {
      const everything = cloud.emulator.db.listCollections().map((name) => JSON.stringify(cloud.emulator.db.find(name, {}, { limit: 1_000_000 })))
      const text = everything.join('\n')
      for (const openid of ['v-poll-1', 'v-comment-1', 'v-eager', 'v-crowd-0', 'v-crowd-999', 'v-crowd-512']) expect(text).not.toContain(openid)
      for (const answer of cloud.emulator.db.find<SurveyAnswerDoc>('surveyAnswers', {}, { limit: 100_000 })) {
        expect(answer._id).toMatch(/^[0-9a-f]{64}$/)
        expect(Object.keys(answer).sort()).toEqual(['_id', 'choices', 'orgId', 'orgPath', 'roundId', 'submittedOn'])
      }
    })
  })

  describe('figures', () => {
    it('hides results below the minimum from everyone, secretary and organiser alike, but shows the count', async () => {
      const roundId = await openFor('nanshan', { minimumAnswers: 10 })
      for (let i = 0; i < 9; i++) dataOf(await cloud.call(`v-few-${i}`, surveyContract, 'submit', { roundId, choices: allAnswered('satisfied'), ...(i === 0 ? { comment: '希望多开村民大会' } : {}) }))
      for (const caller of ['demo-secretary-nanshan', 'demo-organiser-xihe', 'demo-organiser-county']) {
        const dashboard = dataOf(await cloud.call(caller, surveyContract, 'getOrgDashboard', { orgId: 'org-nanshan' }))
        const newest = dashboard.rounds.find((result) => result.round.id === roundId)
        expect(newest).toMatchObject({ respondents: 9, visible: false, overall: null, questions: null, hiddenNote: '满 10 份答卷后显示结果，目前 9 份。' })
        expect(dashboard.comments?.roundId).not.toBe(roundId)
      }
      const table = dataOf(await cloud.call('demo-organiser-xihe', surveyContract, 'getSubtreeDashboard', {}))
      expect(table.organisations.find((row) => row.org.id === 'org-nanshan')?.latest).toMatchObject({ roundId, respondents: 9, visible: false, overall: null })

      dataOf(await cloud.call('v-few-9', surveyContract, 'submit', { roundId, choices: allAnswered('fairly', 'dissatisfied') }))
      const shown = dataOf(await cloud.call('demo-secretary-nanshan', surveyContract, 'getOrgDashboard', {}))
      expect(shown.rounds[0]).toMatchObject({ respondents: 10, visible: true, overall: { answers: 10, n: 10, positive: 9, rate: 0.9, band: 'good' } })
      expect(shown.rounds[0].questions?.find((question) => question.id === 'fairness')?.counts).toEqual({ satisfied: 9, fairly: 1, dissatisfied: 0, unknown: 0 })
      expect(shown.comments).toMatchObject({ roundId, total: 1, items: [{ text: '希望多开村民大会' }] })
      expect(shown.trend.at(-1)).toMatchObject({ roundId, rate: 0.9 })
    })

    it('exports the table as a real xlsx the organiser downloads', async () => {
      const exported = dataOf(await cloud.call('demo-organiser-dongling', surveyContract, 'exportXlsx', {}))
      expect(exported.fileName).toMatch(/^中共东岭镇委员会-群众满意度-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const response = await fetch(encodeURI(exported.downloadUrl))
      expect(response.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await response.arrayBuffer())
      const sheet = workbook.getWorksheet('各组织满意度')
      const names = sheet?.getColumn(1).values.slice(2)
      expect(names).toHaveLength(exported.rows)
      expect(names).toEqual(expect.arrayContaining(['桃花村党支部', '上湾村党支部']))
      expect(workbook.getWorksheet('汇总')?.getRow(2).getCell(1).value).toBe('中共东岭镇委员会')
    })

    it('gives the poster a QR code that opens the poll page with the round', async () => {
      const roundId = rounds({ orgId: 'org-taohua', title: '测试轮次' })[0]._id
      const code = dataOf(await cloud.call('demo-secretary-taohua', surveyContract, 'getPollCode', { roundId }))
      expect(code).toMatchObject({ page: POLL_PAGE, scene: pollScene(roundId) })
      const png = PNG.sync.read(Buffer.from(await (await fetch(encodeURI(code.qrUrl))).arrayBuffer()))
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(wxacodeText(POLL_PAGE, pollScene(roundId)))
    })
  })

  describe('scope', () => {
    it('refuses out-of-scope reads and roles that have none', async () => {
      const taohuaRound = rounds({ orgId: 'org-taohua', title: '测试轮次' })[0]._id
      expect(await cloud.call('demo-secretary-taohua', surveyContract, 'getOrgDashboard', { orgId: 'org-shangwan' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call('demo-organiser-dongling', surveyContract, 'getOrgDashboard', { orgId: 'org-hexi' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call('demo-organiser-dongling', surveyContract, 'getSubtreeDashboard', { rootOrgId: 'org-xihe' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call('demo-organiser-dongling', surveyContract, 'exportXlsx', { rootOrgId: 'org-qingshan' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call('demo-secretary-shangwan', surveyContract, 'getPollCode', { roundId: taohuaRound })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
      expect(await cloud.call('demo-secretary-taohua', surveyContract, 'getSubtreeDashboard', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
      expect(await cloud.call('demo-member-taohua', surveyContract, 'getOrgDashboard', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
      expect(await cloud.call('demo-villager-1', surveyContract, 'getOrgDashboard', { orgId: 'org-taohua' })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
    })
  })
})
