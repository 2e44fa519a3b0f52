/**
 * The county's settings through the gateway, the runner and the emulator: defaults before any
 * save, who may save, range checks answered in Chinese with nothing written, and the settings
 * reaching the figures they govern (a dashboard flag, an overdue suggestion, a round's minimum,
 * a pledge minimum).
 */
import { pledgesContract } from '../../src/core/contracts/pledges.contract'
import { settingsContract } from '../../src/core/contracts/settings.contract'
import { suggestionsContract } from '../../src/core/contracts/suggestions.contract'
import { surveyContract } from '../../src/core/contracts/survey.contract'
import type { SurveyRoundDoc } from '../../src/core/survey/survey.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

jest.setTimeout(120_000)

const COUNTY_ORGANISER = 'demo-organiser-county'
const TOWNSHIP_ORGANISER = 'demo-organiser-xihe'
const ADMIN = 'demo-admin'

describe('settings function', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['settings', 'survey', 'suggestions', 'pledges'] })
    seeded = snapshotStore(cloud.emulator.db)
  }, 120_000)
  afterAll(() => cloud?.close())
  beforeEach(() => restoreStore(cloud.emulator.db, seeded))

  it('reads the defaults of local practice before anything is saved, to every bound role', async () => {
    for (const openid of ['demo-member-taohua', 'demo-secretary-taohua', TOWNSHIP_ORGANISER]) {
      const view = dataOf(await cloud.call(openid, settingsContract, 'get', {}))
      expect(view.settings).toEqual({
        survey: { goodBand: 85, passableBand: 70, defaultMinAnswers: 10 },
        pledges: { minPerMember: 1, minPerBranch: 2, reminderDate: '03-31' },
        suggestions: { answerDays: 7 },
        stars: { membersWeight: 70, satisfactionWeight: 30, capBelowRate: 60, capStars: 2, rankingIndividuals: false, reviewsPerMember: 3, publicityDays: 7 },
      })
      expect(view).toMatchObject({ updatedAt: null, updatedBy: null, canEdit: false })
    }
    expect(dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'get', {})).canEdit).toBe(true)
    expect(dataOf(await cloud.call(ADMIN, settingsContract, 'get', {})).canEdit).toBe(true)
    expect(await cloud.call('demo-villager-1', settingsContract, 'get', {})).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
  })

  it('saves what the county organiser changes, keeps the rest, and says who saved it', async () => {
    const saved = dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'update', { survey: { goodBand: 90 }, pledges: { reminderDate: '04-15' } }))
    expect(saved.settings.survey).toEqual({ goodBand: 90, passableBand: 70, defaultMinAnswers: 10 })
    expect(saved.settings.pledges).toEqual({ minPerMember: 1, minPerBranch: 2, reminderDate: '04-15' })
    expect(saved.updatedBy).toEqual(expect.any(String))
    const read = dataOf(await cloud.call('demo-member-taohua', settingsContract, 'get', {}))
    expect(read.settings).toEqual(saved.settings)
    expect(read.updatedAt).toBe(saved.updatedAt)
    // A second save of another section leaves the first one as it was.
    const again = dataOf(await cloud.call(ADMIN, settingsContract, 'update', { suggestions: { answerDays: 5 } }))
    expect(again.settings.survey.goodBand).toBe(90)
    expect(again.settings.suggestions.answerDays).toBe(5)
  })

  it('refuses a township organiser, in Chinese, and writes nothing', async () => {
    const before = snapshotStore(cloud.emulator.db)
    const refused = await cloud.call(TOWNSHIP_ORGANISER, settingsContract, 'update', { suggestions: { answerDays: 3 } })
    expect(refused).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: expect.stringContaining('县委组织部') })
    expect(await cloud.call('demo-secretary-taohua', settingsContract, 'update', { suggestions: { answerDays: 3 } })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(snapshotStore(cloud.emulator.db)).toEqual(before)
  })

  it.each([
    [{ survey: { goodBand: 80, passableBand: 82 } }, '“合格”的分数线要低于“好”的分数线'],
    [{ survey: { passableBand: 85 } }, '“合格”的分数线要低于“好”的分数线'],
    [{ survey: { defaultMinAnswers: 3 } }, '最少答卷数不能少于 5 份'],
    [{ survey: { goodBand: 101 } }, '“好”的分数线不能高于 100%'],
    [{ pledges: { reminderDate: '02-30' } }, '提醒日期要填“月-日”'],
    [{ pledges: { minPerMember: 0 } }, '每名党员每年至少 1 条承诺'],
    [{ suggestions: { answerDays: 'seven' } }, '答复期限要填一个数'],
    [{ suggestions: { answerDays: 0 }, survey: { goodBand: 90 } }, '答复期限至少 1 天'],
  ])('refuses %j with a message that says what to fix, saving nothing', async (patch, message) => {
    const before = snapshotStore(cloud.emulator.db)
    const refused = await cloud.post('settings', { action: 'update', ...patch }, { openid: COUNTY_ORGANISER })
    expect(refused.body).toMatchObject({ ok: false, code: 'SETTINGS.INVALID', message: expect.stringContaining(message) })
    expect(snapshotStore(cloud.emulator.db)).toEqual(before)
  })

  it('a higher passable band flags an organisation the dashboard did not flag before', async () => {
    const before = dataOf(await cloud.call(COUNTY_ORGANISER, surveyContract, 'getSubtreeDashboard', {}))
    const passable = before.organisations.find((row) => !row.flagged && row.latest?.visible && (row.latest.overall?.rate ?? 1) < 0.95)
    if (!passable?.latest?.overall?.rate) throw new Error('the demo county has no visible, unflagged organisation below 95 %')
    const band = Math.floor(passable.latest.overall.rate * 100) + 1
    dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'update', { survey: { goodBand: 99, passableBand: band } }))
    const after = dataOf(await cloud.call(COUNTY_ORGANISER, surveyContract, 'getSubtreeDashboard', {}))
    expect(after.settings).toMatchObject({ goodThreshold: 0.99, passableThreshold: band / 100 })
    expect(after.organisations.find((row) => row.org.id === passable.org.id)).toMatchObject({ flagged: true, latest: { overall: { band: 'rectify' } } })
    expect(after.flaggedCount).toBeGreaterThan(before.flaggedCount)
    const org = dataOf(await cloud.call(COUNTY_ORGANISER, surveyContract, 'getOrgDashboard', { orgId: passable.org.id }))
    expect(org.settings.passableThreshold).toBe(band / 100)
  })

  it('a longer answer time takes a suggestion off the overdue list', async () => {
    const before = dataOf(await cloud.call(TOWNSHIP_ORGANISER, suggestionsContract, 'overdue', { rootOrgId: 'org-xihe' }))
    expect(before.answerDays).toBe(7)
    expect(before.suggestions.map((suggestion) => suggestion.id)).toContain('sug-hexi-overdue')
    dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'update', { suggestions: { answerDays: 30 } }))
    const after = dataOf(await cloud.call(TOWNSHIP_ORGANISER, suggestionsContract, 'overdue', { rootOrgId: 'org-xihe' }))
    expect(after.answerDays).toBe(30)
    expect(after.suggestions.map((suggestion) => suggestion.id)).not.toContain('sug-hexi-overdue')
    const branch = dataOf(await cloud.call(TOWNSHIP_ORGANISER, suggestionsContract, 'listForOrg', { orgId: 'org-hexi' }))
    expect(branch.suggestions.find((suggestion) => suggestion.id === 'sug-hexi-overdue')).toMatchObject({ overdue: false })
  })

  it('a new round takes the county minimum of answers unless the opener asks otherwise', async () => {
    dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'update', { survey: { defaultMinAnswers: 25 } }))
    const opened = dataOf(await cloud.call('demo-secretary-taohua', surveyContract, 'openRounds', { orgIds: ['org-taohua'], title: '明年春季群众满意度调查', opensOn: '2027-03-01', closesOn: '2027-03-20' }))
    const [round] = cloud.emulator.db.find<SurveyRoundDoc>('surveyRounds', { _id: opened.rounds[0]?.roundId })
    expect(round?.minimumAnswers).toBe(25)
  })

  it('the pledge minimums follow the settings', async () => {
    dataOf(await cloud.call(COUNTY_ORGANISER, settingsContract, 'update', { pledges: { minPerMember: 2, minPerBranch: 4 } }))
    const forOrg = dataOf(await cloud.call('demo-secretary-taohua', pledgesContract, 'listForOrg', { orgId: 'org-taohua', year: 2026 }))
    expect(forOrg.branchPledges.minimum).toBe(4)
    const forMember = dataOf(await cloud.call('demo-secretary-taohua', pledgesContract, 'listForMember', { memberId: 'm-taohua-05', year: 2026 }))
    expect(forMember.minimum).toBe(2)
  })
})
