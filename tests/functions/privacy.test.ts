/**
 * Through the local gateway: no demo identity reads another organisation's member list, and no
 * villager reads any member's phone or birth year, whatever action they call.
 */
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'
import { scopeOf, withinScope } from '../../src/core/auth'
import { CONTRACTS, membersContract } from '../../src/core/contracts'
import { maskPhone } from '../../src/core/members/phone'
import { ACTION_CASES, HEXI, SHANGWAN, TAOHUA } from '../support/action-cases'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

jest.setTimeout(120_000)

const demo = buildDemoCounty()
const { orgs, accounts, members } = demo.collections

describe('privacy through the gateway', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  beforeAll(async () => {
    cloud = await startTestCloud()
    seeded = snapshotStore(cloud.emulator.db)
  }, 60_000)
  afterAll(() => cloud?.close())
  beforeEach(() => restoreStore(cloud.emulator.db, seeded))

  it('lets every demo identity read exactly the member lists its scope allows, and refuses every other organisation', async () => {
    let refused = 0
    for (const account of accounts) {
      const scope = scopeOf(membersContract.actions.list.access, account.role)
      for (const org of orgs) {
        const result = await cloud.call(account._id, membersContract, 'list', { orgId: org._id })
        const allowed = scope !== null && withinScope(account, scope, { orgId: org._id, orgAncestorIds: org.ancestorIds })
        if (allowed) {
          expect(result).toMatchObject({ ok: true })
        } else {
          expect({ who: account._id, org: org._id, result }).toEqual({ who: account._id, org: org._id, result: expect.objectContaining({ ok: false, code: expect.stringMatching(/^AUTH\.(FORBIDDEN|OUT_OF_SCOPE)$/) }) })
          refused += 1
        }
      }
    }
    // A village secretary sees one list of eleven: the refusals are most of the grid.
    expect(refused).toBeGreaterThan(accounts.length * orgs.length * 0.5)
  })

  it('never gives a villager a phone number (whole or masked) or a birth year, from any action', async () => {
    const phones = members.flatMap((member) => (member.phone ? [member.phone, maskPhone(member.phone)] : []))
    for (const villager of demo.villagers) {
      for (const contract of CONTRACTS) {
        for (const action of Object.keys(contract.actions)) {
          const actionCase = ACTION_CASES[`${contract.name}.${action}`]
          if (!actionCase) continue
          for (const place of [TAOHUA, SHANGWAN, HEXI]) {
            // A villager who binds through a demo invite stops being a villager: start each call afresh.
            restoreStore(cloud.emulator.db, seeded)
            const { body } = await cloud.post(contract.name, { ...actionCase.input(place), action }, { openid: villager.openid })
            const text = JSON.stringify(body)
            expect({ action: `${contract.name}.${action}`, birthYear: text.includes('birthYear') }).toEqual({ action: `${contract.name}.${action}`, birthYear: false })
            for (const phone of phones) expect(text.includes(phone)).toBe(false)
          }
        }
      }
    }
  })

  it('shows staff a masked phone, and the member their own phone in full', async () => {
    const secretaryView = await cloud.call('demo-secretary-taohua', membersContract, 'get', { id: 'm-taohua-09' })
    const own = members.find((member) => member._id === 'm-taohua-09')
    expect(own?.phone).toBeDefined()
    expect(secretaryView).toMatchObject({ ok: true, data: { phone: maskPhone(own?.phone ?? '') } })
    expect(secretaryView.ok && secretaryView.data.phone).toMatch(/^1\d{2}\*{4}\d{4}$/)
    const mine = await cloud.call('demo-member-taohua', membersContract, 'getMine', {})
    expect(mine).toMatchObject({ ok: true, data: { member: { id: 'm-taohua-09', phone: own?.phone, birthYear: own?.birthYear }, account: { role: 'member', orgName: '桃花村党支部' } } })
  })

  it('refuses a member another member\'s record, with a message saying whose records they may see', async () => {
    const result = await cloud.call('demo-member-taohua', membersContract, 'get', { id: 'm-taohua-02' })
    expect(result).toEqual({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '这是其他党员的记录，您只能查看自己的。' })
  })

  it('answers a villager\'s "我的" with nothing stored about them', async () => {
    expect(await cloud.call('demo-villager-1', membersContract, 'getMine', {})).toEqual({ ok: true, data: { account: null, member: null } })
  })
})
