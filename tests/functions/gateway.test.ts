import { orgContract } from '../../src/core/contracts/org.contract'
import type { AccountDoc } from '../../src/core/org/org.docs'
import { demoCountyWith, startTestCloud, type TestCloud } from '../support/local-cloud'

const CROWD = Array.from({ length: 40 }, (_, index): AccountDoc => ({
  _id: `crowd-openid-${String(index).padStart(2, '0')}`,
  role: 'member',
  orgId: 'org-taohua',
  memberId: `crowd-member-${index}`,
  displayName: `群众测试${index}号`,
  boundAt: '2026-03-01T08:00:00.000Z',
}))

describe('the H5 gateway and createHandler, end to end', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org'], seed: demoCountyWith({ accounts: CROWD }) })
  }, 30_000)
  afterAll(() => cloud?.close())

  it('round-trips an event to the org function and answers its Result as JSON', async () => {
    const { status, body } = await cloud.post('org', { action: 'getHome' }, { openid: 'demo-member-taohua' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, data: { identity: { role: 'member', roleLabel: '党员' }, org: { id: 'org-taohua' } } })
  })

  it('answers COMMON.UNKNOWN_ACTION, naming the action, for an action the contract does not have', async () => {
    const { body } = await cloud.post('org', { action: 'dropEverything' }, { openid: 'demo-admin' })
    expect(body).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
    expect((body as { message: string }).message).toContain('dropEverything')
  })

  it('answers COMMON.UNKNOWN_ACTION when no action is given, and for inherited names such as toString', async () => {
    expect((await cloud.post('org', {}, { openid: 'demo-admin' })).body).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
    expect((await cloud.post('org', { action: 'toString' }, { openid: 'demo-admin' })).body).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
  })

  it('answers COMMON.BAD_REQUEST with a Chinese message naming the unexpected field', async () => {
    const { body } = await cloud.post('org', { action: 'getHome', orgId: 'org-hexi' }, { openid: 'demo-member-taohua' })
    expect(body).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' })
    expect((body as { message: string }).message).toMatch(/提交的内容有误.*orgId/)
  })

  it('answers AUTH.NO_IDENTITY when the call carries no OPENID', async () => {
    const { status, body } = await cloud.post('org', { action: 'getHome' }, { openid: null })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' })
  })

  it('takes identity only from the OPENID, never from userInfo in the event', async () => {
    const { body } = await cloud.post('org', { action: 'getHome', userInfo: { openId: 'demo-admin', appId: 'x' } }, { openid: 'demo-villager-2' })
    expect(body).toMatchObject({ ok: true, data: { identity: { role: 'villager' }, org: null } })
  })

  it('gives each of 40 concurrent callers their own identity (0 wrong)', async () => {
    const answers = await Promise.all(CROWD.map((account) => cloud.call(account._id, orgContract, 'getHome', {})))
    const wrong = answers.filter((answer, index) => !answer.ok || answer.data.identity.displayName !== CROWD[index].displayName)
    expect(wrong).toHaveLength(0)
  }, 30_000)

  it('answers 404 with a Chinese message for a function that does not exist', async () => {
    const { status, body } = await cloud.post('nosuchfunction', { action: 'x' }, { openid: 'demo-admin' })
    expect(status).toBe(404)
    expect(body).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_FUNCTION' })
    expect((body as { message: string }).message).toContain('nosuchfunction')
  })

  it('answers 400 COMMON.BAD_REQUEST for a body that is not JSON, and for a malformed identity header', async () => {
    expect(await cloud.post('org', null, { openid: 'demo-admin', rawBody: '{action:' })).toMatchObject({ status: 400, body: { ok: false, code: 'COMMON.BAD_REQUEST' } })
    expect(await cloud.post('org', { action: 'getHome' }, { openid: 'bad openid!' })).toMatchObject({ status: 400, body: { ok: false, code: 'COMMON.BAD_REQUEST' } })
  })

  it('lists functions and their actions from the contracts', async () => {
    const listed = (await (await fetch(`${cloud.url}/api/fn`)).json()) as { functions: { name: string; built: boolean; actions: { name: string; summary: string }[] }[] }
    expect(listed.functions).toContainEqual(expect.objectContaining({ name: 'org', built: true, actions: expect.arrayContaining([expect.objectContaining({ name: 'getHome', summary: orgContract.actions.getHome.summary })]) }))
  })

  it('lists the demo identities: accounts with their organisation, then the seed villagers', async () => {
    const identities = (await (await fetch(`${cloud.url}/api/dev/identities`)).json()) as { openid: string; role: string; roleLabel: string; orgName: string | null }[]
    expect(identities).toContainEqual({ openid: 'demo-secretary-taohua', role: 'secretary', roleLabel: '支部书记', displayName: expect.any(String), orgId: 'org-taohua', orgName: '桃花村党支部' })
    expect(identities).toContainEqual({ openid: 'demo-villager-1', role: 'villager', roleLabel: '群众', displayName: expect.any(String), orgId: null, orgName: null })
    expect(identities.at(-1)?.role).toBe('villager')
  })

  it('serves a page at / even before the H5 app is built', async () => {
    const response = await fetch(`${cloud.url}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('本地云')
  })

  it('lets a loopback H5 dev server call the gateway cross-origin, with the identity header', async () => {
    const response = await fetch(`${cloud.url}/api/fn/org`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:10087', 'access-control-request-headers': 'x-dev-openid' } })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10087')
    expect(response.headers.get('access-control-allow-headers')).toContain('x-dev-openid')
  })
})
