/**
 * Ending a round early (survey.close): the poll then says it has ended and takes no answer; the
 * county table shows it closed; a secretary ends only a round a secretary opened; an organiser
 * over it ends any; nothing changes on a refusal.
 */
import { surveyContract } from '../../src/core/contracts/survey.contract'
import type { SurveyRoundDoc, SurveyTallyDoc } from '../../src/core/survey/survey.docs'
import { chinaDate } from '../../src/core/china-time'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

jest.setTimeout(120_000)

const QUESTIONS = ['fairness', 'integrity', 'service', 'hotIssues', 'overall']
const choices = QUESTIONS.map((questionId) => ({ questionId, choice: 'satisfied' as const }))
const DEMO_ROUND = 'rctaohua0000'

describe('survey.close', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['survey', 'settings'] })
    seeded = snapshotStore(cloud.emulator.db)
  }, 120_000)
  afterAll(() => cloud?.close())
  beforeEach(() => restoreStore(cloud.emulator.db, seeded))

  it('a secretary ends the round they opened: the poll says so, answers are refused, the county table shows it closed', async () => {
    // The demo's current round of 桃花村 is removed so the secretary can open one of their own now.
    cloud.emulator.db.removeMany('surveyRounds', { _id: DEMO_ROUND })
    cloud.emulator.db.removeMany('surveyTallies', { roundId: DEMO_ROUND })
    const today = chinaDate(new Date())
    const closesOn = chinaDate(new Date(Date.now() + 20 * 86_400_000))
    const opened = dataOf(await cloud.call('demo-secretary-taohua', surveyContract, 'openRounds', { orgIds: ['org-taohua'], title: '年中群众满意度调查', opensOn: today, closesOn }))
    const roundId = opened.rounds[0]?.roundId ?? ''
    expect(dataOf(await cloud.call('villager-a', surveyContract, 'submit', { roundId, choices })).counted).toBe(true)

    const closed = dataOf(await cloud.call('demo-secretary-taohua', surveyContract, 'close', { roundId }))
    expect(closed.round).toMatchObject({ id: roundId, status: 'closed', statusLabel: '已结束', closesOn: today })

    const poll = dataOf(await cloud.call('villager-b', surveyContract, 'getPoll', { roundId }))
    expect(poll.notice).toContain('结束')
    expect(await cloud.call('villager-b', surveyContract, 'submit', { roundId, choices })).toMatchObject({ ok: false, code: 'SURVEY.ROUND_CLOSED' })
    // The one answer before the close still counts.
    const shards = cloud.emulator.db.find<SurveyTallyDoc>('surveyTallies', { roundId })
    expect(shards.reduce((sum, shard) => sum + shard.respondents, 0)).toBe(1)
    expect(new Set(shards.map((shard) => shard.meta?.closesAt))).toEqual(new Set([cloud.emulator.db.find<SurveyRoundDoc>('surveyRounds', { _id: roundId })[0]?.closesAt]))

    const table = dataOf(await cloud.call('demo-organiser-county', surveyContract, 'getSubtreeDashboard', {}))
    expect(table.organisations.find((row) => row.org.id === 'org-taohua')?.latest).toMatchObject({ roundId, status: 'closed' })
    // A second close: nothing left to end.
    expect(await cloud.call('demo-secretary-taohua', surveyContract, 'close', { roundId })).toMatchObject({ ok: false, code: 'SURVEY.NOT_CLOSABLE' })
  })

  it('a round the county opened: not the secretary’s to end, the township organiser over it may; an outsider is refused', async () => {
    const before = snapshotStore(cloud.emulator.db)
    expect(await cloud.call('demo-secretary-taohua', surveyContract, 'close', { roundId: DEMO_ROUND })).toMatchObject({ ok: false, code: 'SURVEY.NOT_OPENER' })
    expect(await cloud.call('demo-organiser-xihe', surveyContract, 'close', { roundId: DEMO_ROUND })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(snapshotStore(cloud.emulator.db)).toEqual(before)
    const org = cloud.emulator.db.find<{ _id: string; parentId: string }>('orgs', { _id: 'org-taohua' })[0]
    const organiser = `demo-organiser-${(org?.parentId ?? '').replace(/^org-/, '')}`
    const closed = dataOf(await cloud.call(organiser, surveyContract, 'close', { roundId: DEMO_ROUND }))
    expect(closed.round.status).toBe('closed')
  })
})
