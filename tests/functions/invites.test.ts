/**
 * Invites and binding through the gateway: create (code + a real mini-program code in storage),
 * bind once, expired, used twice, one identity binds one member, a revoked invite, and rebinding
 * after a lost phone only once the secretary has reset the binding.
 */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { wxacodeText } from '../../local-cloud/emulator'
import { accountsContract, INVITE_CODE_PATTERN, INVITE_PAGE, membersContract, orgContract } from '../../src/core/contracts'
import type { InviteDoc } from '../../src/core/org/org.docs'
import { dataOf, demoCountyWith, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const EXPIRED: InviteDoc = {
  _id: 'EXPRD234',
  memberId: 'm-taohua-06',
  orgId: 'org-taohua',
  role: 'member',
  createdBy: 'demo-secretary-taohua',
  createdByName: '书记',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-08T00:00:00.000Z',
  status: 'pending',
  qrFileID: 'cloud://local-dev.6c6f-local-dev-1300000000/invites/EXPRD234.png',
}

describe('invites and binding', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org', 'members', 'accounts'], seed: demoCountyWith({ invites: [EXPIRED] }) })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('creates a one-time invite whose mini-program code opens the binding page with the code, valid for the days asked', async () => {
    const before = Date.now()
    const invite = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-05', validDays: 3 }))
    expect(invite.code).toMatch(INVITE_CODE_PATTERN)
    expect(invite).toMatchObject({ memberId: 'm-taohua-05', status: 'pending', role: 'member', roleLabel: '党员', path: `${INVITE_PAGE}?scene=${invite.code}` })
    const validFor = Date.parse(invite.expiresAt) - before
    expect(validFor).toBeGreaterThan(3 * 86_400_000 - 60_000)
    expect(validFor).toBeLessThan(3 * 86_400_000 + 60_000)

    const png = PNG.sync.read(Buffer.from(await (await fetch(invite.qrUrl)).arrayBuffer()))
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(wxacodeText(INVITE_PAGE, invite.code))
    expect(await cloud.emulator.storage.readFile(invite.qrFileID)).not.toBeNull()
  })

  it('binds a new WeChat identity through the code; it then sees its organisation, and the invite is used up', async () => {
    const { code } = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-07' }))
    // Codes are read out over the phone: lower case and spaces are forgiven.
    const bound = dataOf(await cloud.call('new-phone-1', accountsContract, 'bind', { code: ` ${code.toLowerCase()} ` }))
    expect(bound).toEqual({ role: 'member', roleLabel: '党员', memberName: expect.any(String), org: { id: 'org-taohua', name: '桃花村党支部' } })

    const home = dataOf(await cloud.call('new-phone-1', orgContract, 'getHome', {}))
    expect(home.identity).toMatchObject({ role: 'member', displayName: bound.memberName })
    expect(home.org).toMatchObject({ id: 'org-taohua', name: '桃花村党支部' })

    const again = await cloud.call('new-phone-2', accountsContract, 'bind', { code })
    expect(again).toMatchObject({ ok: false, code: 'INVITE.USED', message: expect.stringContaining('只能用一次') })
    const listed = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'listInvites', { orgId: 'org-taohua' }))
    expect(listed.invites.find((invite) => invite.code === code)?.status).toBe('used')
    expect(dataOf(await cloud.call('demo-secretary-taohua', membersContract, 'get', { id: 'm-taohua-07' })).bound).toBe(true)
  })

  it('refuses an expired code, naming the day it expired, and binds nothing', async () => {
    const result = await cloud.call('new-phone-3', accountsContract, 'bind', { code: EXPIRED._id })
    expect(result).toEqual({ ok: false, code: 'INVITE.EXPIRED', message: '邀请码已于 2026年1月8日 过期，请向支部书记重新要一个。' })
    expect(cloud.emulator.db.findOne('accounts', { _id: 'new-phone-3' })).toBeNull()
    expect(dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'listInvites', { orgId: 'org-taohua' })).invites.find((invite) => invite.code === EXPIRED._id)?.status).toBe('expired')
  })

  it('refuses a code nobody issued', async () => {
    expect(await cloud.call('new-phone-3', accountsContract, 'bind', { code: 'ZZZZ2345' })).toMatchObject({ ok: false, code: 'INVITE.NOT_FOUND' })
  })

  it('binds one identity to one member only', async () => {
    const { code } = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-08' }))
    expect(await cloud.call('demo-member-taohua', accountsContract, 'bind', { code })).toMatchObject({ ok: false, code: 'INVITE.ALREADY_BOUND' })
    expect(cloud.emulator.db.findOne<InviteDoc>('invites', { _id: code })?.status).toBe('pending')
  })

  it('lets only one of three phones racing for the same code bind', async () => {
    const { code } = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-08' }))
    const answers = await Promise.all(['race-a', 'race-b', 'race-c'].map((openid) => cloud.call(openid, accountsContract, 'bind', { code })))
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    expect(cloud.emulator.db.count('accounts', { memberId: 'm-taohua-08' })).toBe(1)
  })

  it('revokes the older invite when a new one is made for the same member', async () => {
    const first = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-06' }))
    dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-06' }))
    expect(await cloud.call('new-phone-4', accountsContract, 'bind', { code: first.code })).toMatchObject({ ok: false, code: 'INVITE.REVOKED' })
  })

  it('after a lost phone: no new invite until the secretary resets the binding, then the new phone binds and the old one is a villager', async () => {
    expect(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-09' })).toMatchObject({ ok: false, code: 'MEMBER.ALREADY_BOUND' })
    expect(await cloud.call('demo-member-taohua', accountsContract, 'resetBinding', { memberId: 'm-taohua-09' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await cloud.call('demo-secretary-shangwan', accountsContract, 'resetBinding', { memberId: 'm-taohua-09' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })

    expect(dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'resetBinding', { memberId: 'm-taohua-09' }))).toEqual({ memberId: 'm-taohua-09', bound: false })
    expect(dataOf(await cloud.call('demo-member-taohua', orgContract, 'getHome', {})).identity.role).toBe('villager')

    const { code } = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-09' }))
    expect(dataOf(await cloud.call('replacement-phone', accountsContract, 'bind', { code })).org.id).toBe('org-taohua')
    const record = dataOf(await cloud.call('replacement-phone', membersContract, 'getMine', {}))
    expect(record.member?.id).toBe('m-taohua-09')
    expect(record.member?.history.map((entry) => entry.kind)).toEqual(['unbound', 'bound'])
  })

  it('refuses a secretary of another village with a message naming the member\'s organisation', async () => {
    const result = await cloud.call('demo-secretary-shangwan', accountsContract, 'createInvite', { memberId: 'm-taohua-05' })
    expect(result).toEqual({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '这名党员属于“桃花村党支部”，不在您的管理范围内，您不能查看或修改。' })
  })

  it('lets a secretary grant 党员 or 支部书记 but not 组织委员', async () => {
    expect(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-04', role: 'organiser' })).toMatchObject({ ok: false, code: 'INVITE.ROLE_NOT_ALLOWED' })
    const { code } = dataOf(await cloud.call('demo-secretary-taohua', accountsContract, 'createInvite', { memberId: 'm-taohua-04', role: 'secretary' }))
    expect(dataOf(await cloud.call('deputy-phone', accountsContract, 'bind', { code })).role).toBe('secretary')
    expect(await cloud.call('deputy-phone', membersContract, 'list', { orgId: 'org-taohua' })).toMatchObject({ ok: true })
  })

  it('stores a nickname that passes the content check and refuses one that does not', async () => {
    expect(dataOf(await cloud.call('demo-member-shangwan', accountsContract, 'updateProfile', { nickname: '老黄', avatarFileID: 'cloud://local-dev.x/avatars/a.png' }))).toEqual({ nickname: '老黄', avatarFileID: 'cloud://local-dev.x/avatars/a.png' })
    expect(await cloud.call('demo-member-shangwan', accountsContract, 'updateProfile', { nickname: '组织赌博' })).toMatchObject({ ok: false, code: 'PROFILE.NICKNAME_REJECTED' })
    expect(dataOf(await cloud.call('demo-member-shangwan', membersContract, 'getMine', {})).account).toMatchObject({ nickname: '老黄', avatarFileID: 'cloud://local-dev.x/avatars/a.png' })
  })
})
