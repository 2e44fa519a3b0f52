import { orgContract } from '../../src/core/contracts/org.contract'
import { FIVE_GOOD_STANDARDS, STANDARD_HEADINGS } from '../../src/core/standards/five-good'
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'
import { dataOf, demoCountyWith, startTestCloud, type TestCloud } from '../support/local-cloud'

describe('org.getHome through the gateway, the runner and the emulator', () => {
  let cloud: TestCloud
  const demo = buildDemoCounty()

  beforeAll(async () => {
    cloud = await startTestCloud({
      functions: ['org'],
      seed: demoCountyWith({
        // An account whose organisation was dissolved after binding.
        accounts: [{ _id: 'orphan-openid', role: 'member', orgId: 'org-dissolved', memberId: 'm-none', displayName: '孤立账号', boundAt: '2026-03-01T08:00:00.000Z' }],
      }),
    })
  }, 30_000)
  afterAll(() => cloud?.close())

  it('shows a village secretary their village, its type 村党组织, ancestors from the county and the five village criteria', async () => {
    const home = dataOf(await cloud.call('demo-secretary-taohua', orgContract, 'getHome', {}))
    const members = demo.collections.members.filter((member) => member.orgId === 'org-taohua' && member.status === 'active')

    expect(home.identity).toEqual({ role: 'secretary', roleLabel: '支部书记', displayName: demo.collections.accounts.find((a) => a._id === 'demo-secretary-taohua')?.displayName })
    expect(home.org).toMatchObject({ id: 'org-taohua', name: '桃花村党支部', type: 'village', typeLabel: '村党组织', memberCount: members.length })
    expect(home.org?.ancestors).toEqual([
      { id: 'org-qingshan', name: '中共青山县委' },
      { id: 'org-dongling', name: '中共东岭镇委员会' },
    ])
    expect(home.standards?.heading).toBe(STANDARD_HEADINGS.village)
    expect(home.standards?.criteria).toEqual(FIVE_GOOD_STANDARDS.village)
    expect(home.standards?.criteria.map((criterion) => criterion.ordinal)).toEqual([1, 2, 3, 4, 5])
  })

  it('gives a villager (no account) no organisation and no standards', async () => {
    const home = dataOf(await cloud.call('demo-villager-1', orgContract, 'getHome', {}))
    expect(home).toEqual({ identity: { role: 'villager', roleLabel: '群众', displayName: '' }, org: null, standards: null })
  })

  it('treats an OPENID nobody has seen as a villager too', async () => {
    const home = dataOf(await cloud.call('never-seen-openid', orgContract, 'getHome', {}))
    expect(home.identity.role).toBe('villager')
  })

  it('gives a township organiser the township standards and the county as the only ancestor', async () => {
    const home = dataOf(await cloud.call('demo-organiser-dongling', orgContract, 'getHome', {}))
    expect(home.org).toMatchObject({ id: 'org-dongling', type: 'township', typeLabel: '乡镇党委', ancestors: [{ id: 'org-qingshan', name: '中共青山县委' }] })
    expect(home.standards?.criteria).toEqual(FIVE_GOOD_STANDARDS.township)
  })

  it('gives the county no standards of its own', async () => {
    const home = dataOf(await cloud.call('demo-admin', orgContract, 'getHome', {}))
    expect(home.org).toMatchObject({ id: 'org-qingshan', type: 'county', ancestors: [] })
    expect(home.standards).toBeNull()
  })

  it('answers ORG.NOT_FOUND with a message naming the organisation when the bound organisation is gone', async () => {
    const result = await cloud.call('orphan-openid', orgContract, 'getHome', {})
    expect(result).toMatchObject({ ok: false, code: 'ORG.NOT_FOUND' })
    expect(!result.ok && result.message).toContain('org-dissolved')
  })

  it('never shows a member phone or other stored fields the contract does not name', async () => {
    const { body } = await cloud.post('org', { action: 'getHome' }, { openid: 'demo-member-taohua' })
    expect(JSON.stringify(body)).not.toMatch(/phone|birthYear|ancestorIds|memberId/)
  })
})
