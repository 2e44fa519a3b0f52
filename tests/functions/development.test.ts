import { developmentContract } from '../../src/core/contracts'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

describe('development (发展党员) through the gateway', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['development'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('walks an applicant to activist, then refuses 发展对象 before a year of training, naming the earliest day', async () => {
    const added = dataOf(await cloud.call('demo-secretary-taohua', developmentContract, 'add', { orgId: 'org-taohua', name: '赵晓琳', gender: '女', birthYear: 1998, appliedAt: '2025-03-01' }))
    expect(added).toMatchObject({ stage: 'applicant', stageLabel: '入党申请人', next: { stage: 'activist', stageLabel: '入党积极分子' } })
    const activist = dataOf(await cloud.call('demo-secretary-taohua', developmentContract, 'advance', { id: added.id, stage: 'activist', date: '2026-01-10' }))
    expect(activist.next).toEqual({ stage: 'candidate', stageLabel: '发展对象', earliest: '2027-01-10' })
    const tooEarly = await cloud.call('demo-secretary-taohua', developmentContract, 'advance', { id: added.id, stage: 'candidate', date: '2026-06-01' })
    expect(tooEarly).toEqual({ ok: false, code: 'DEVELOPMENT.TOO_EARLY', message: '入党积极分子要培养考察满一年才能列为发展对象：2026-01-10 起算，最早 2027-01-10。' })
    expect(cloud.emulator.db.findOne<{ stages: unknown[] }>('developments', { _id: added.id })?.stages).toHaveLength(2)
  })

  it('refuses a stage skipped, and an applicant under eighteen', async () => {
    expect(await cloud.call('demo-secretary-taohua', developmentContract, 'advance', { id: 'dev-taohua-02', stage: 'probationary', date: '2026-06-01' })).toMatchObject({ ok: false, code: 'DEVELOPMENT.STAGE_ORDER' })
    expect(await cloud.call('demo-secretary-taohua', developmentContract, 'add', { orgId: 'org-taohua', name: '少年', gender: '男', birthYear: 2010, appliedAt: '2026-01-01' })).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST', message: expect.stringContaining('十八岁') })
  })

  it('keeps a 预备党员 on probation for a year', async () => {
    expect(await cloud.call('demo-secretary-shangwan', developmentContract, 'advance', { id: 'dev-shangwan-01', stage: 'full', date: '2026-11-01' })).toMatchObject({ ok: false, code: 'DEVELOPMENT.TOO_EARLY', message: expect.stringContaining('最早 2027-02-20') })
  })

  it('reports per village the members developed in 2026 and the 空白村 of 东岭镇; 西河乡 has none', async () => {
    const dongling = dataOf(await cloud.call('demo-organiser-dongling', developmentContract, 'report', { orgId: 'org-dongling', year: 2026 }))
    expect(dongling.units).toEqual([
      { orgId: 'org-liujia', name: '刘家坪村党支部', type: 'village', developed: 0 },
      { orgId: 'org-lvyuan', name: '青山绿源农业科技有限公司党支部', type: 'enterprise', developed: 1 },
      { orgId: 'org-shangwan', name: '上湾村党支部', type: 'village', developed: 1 },
      { orgId: 'org-shiqiao', name: '石桥村党总支', type: 'village', developed: 0 },
      { orgId: 'org-taohua', name: '桃花村党支部', type: 'village', developed: 1 },
    ])
    expect(dongling.blankVillages.map((village) => village.name)).toEqual(['刘家坪村党支部', '石桥村党总支'])
    expect(dataOf(await cloud.call('demo-organiser-xihe', developmentContract, 'report', { orgId: 'org-xihe', year: 2026 })).blankVillages).toEqual([])
    const county2025 = dataOf(await cloud.call('demo-organiser-county', developmentContract, 'report', { orgId: 'org-qingshan', year: 2025 }))
    expect(county2025.units.filter((unit) => unit.developed > 0).map((unit) => unit.orgId)).toEqual(['org-shiqiao'])
  })

  it('refuses a township organiser the other township\'s report', async () => {
    expect(await cloud.call('demo-organiser-dongling', developmentContract, 'report', { orgId: 'org-xihe', year: 2026 })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: expect.stringContaining('中共西河乡委员会') })
  })
})
