import { z } from 'zod'
import { createHandler, type WxCloud } from '../../src/cloud'
import { defineAction, defineContract, noInput } from '../../src/core/contract'
import type { AccountDoc } from '../../src/core/org/org.docs'
import { AppError } from '../../src/core/result'

// In-process, with a stand-in SDK: the paths the org function cannot reach (roles, output drift, throws).
const CONFIGURED = { TCB_CONTEXT_CNFG: '{"URL":"http://127.0.0.1:9/admin"}', TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' }

const ACCOUNTS: AccountDoc[] = [
  { _id: 'member-openid', role: 'member', orgId: 'org-a', memberId: 'm-1', displayName: '张三', boundAt: '2026-03-01T00:00:00.000Z' },
  { _id: 'admin-openid', role: 'admin', orgId: 'org-a', displayName: '管理员', boundAt: '2026-03-01T00:00:00.000Z' },
]

function standInCloud(openid: string | undefined): WxCloud {
  const standIn = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => (openid === undefined ? {} : { OPENID: openid }),
    database: () => ({
      collection: (name: string) => ({
        where: (condition: { _id?: string }) => ({
          limit: () => ({ get: async () => ({ data: name === 'accounts' ? ACCOUNTS.filter((account) => account._id === condition._id) : [] }) }),
        }),
      }),
    }),
  }
  return standIn as unknown as WxCloud
}

const testContract = defineContract('probe', '测试用', {
  echo: defineAction({
    summary: '回显',
    input: z.object({ title: z.string().min(2), count: z.number().int() }).strict(),
    output: z.object({ title: z.string(), count: z.number(), by: z.string() }),
    access: { villager: 'public', member: 'public', admin: 'public' },
  }),
  membersOnly: defineAction({ summary: '党员可用', input: noInput, output: z.object({ name: z.string() }), access: { member: 'public', secretary: 'public', admin: 'public' } }),
  adminOnly: defineAction({ summary: '管理员可用', input: noInput, output: z.object({ done: z.boolean() }), access: { admin: 'public' } }),
  drifts: defineAction({ summary: '返回值偏离契约', input: noInput, output: z.object({ done: z.boolean() }), access: { villager: 'public' } }),
  throws: defineAction({ summary: '抛出普通错误', input: noInput, output: z.object({ done: z.boolean() }), access: { villager: 'public' } }),
  forgetsScope: defineAction({ summary: '有范围却不检查', input: noInput, output: z.object({ done: z.boolean() }), access: { member: 'own-org' } }),
  checksScope: defineAction({ summary: '检查本组织范围', input: z.object({ orgId: z.string() }).strict(), output: z.object({ done: z.boolean() }), access: { member: 'own-org' } }),
  refuses: defineAction({ summary: '抛出 AppError', input: noInput, output: z.object({ done: z.boolean() }), access: { villager: 'public' } }),
})

function handlerFor(openid: string | undefined, environment: Record<string, string> = CONFIGURED) {
  return createHandler(
    testContract,
    {
      echo: (input, { actor }) => ({ ...input, by: actor.role, secret: '不应外泄' }),
      membersOnly: (_input, { actor }) => ({ name: actor.role === 'villager' ? '' : actor.displayName }),
      adminOnly: () => ({ done: true }),
      // @ts-expect-error -- proves an implementation cannot drift from its contract: `done` must be a boolean
      drifts: () => ({ done: 'yes' }),
      throws: () => {
        throw new Error('数据库连不上')
      },
      forgetsScope: () => ({ done: true }),
      checksScope: ({ orgId }, { authorize }) => {
        authorize({ orgId, orgAncestorIds: [] })
        return { done: true }
      },
      refuses: () => {
        throw new AppError('ORG.NOT_FOUND', '没有找到组织 org-x。')
      },
    },
    { cloud: standInCloud(openid), environment },
  )
}

describe('createHandler', () => {
  let errors: jest.SpyInstance
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => errors.mockRestore())

  it('answers ok with the output parsed by the contract (fields it does not name are dropped)', async () => {
    expect(await handlerFor('member-openid')({ action: 'echo', title: '标题', count: 2 })).toEqual({ ok: true, data: { title: '标题', count: 2, by: 'member' } })
  })

  it.each([
    [{ action: 'echo', count: 2 }, /字段“title”必须填写/],
    [{ action: 'echo', title: '标题', count: 1.5 }, /字段“count”应为整数/],
    [{ action: 'echo', title: '标', count: 1 }, /字段“title”至少要 2 个字/],
    [{ action: 'echo', title: '标题', count: 1, extra: true }, /不认识的字段：extra/],
  ])('answers COMMON.BAD_REQUEST naming the field for %j', async (event, message) => {
    const result = await handlerFor('member-openid')(event)
    expect(result).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST', message: expect.stringMatching(message) })
  })

  it('answers AUTH.NOT_BOUND to a villager calling a members-only action', async () => {
    expect(await handlerFor('stranger-openid')({ action: 'membersOnly' })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
  })

  it('answers AUTH.FORBIDDEN to a member calling an admin-only action, and lets the admin through', async () => {
    expect(await handlerFor('member-openid')({ action: 'adminOnly' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await handlerFor('admin-openid')({ action: 'adminOnly' })).toEqual({ ok: true, data: { done: true } })
  })

  it('refuses to answer (COMMON.INTERNAL, logged) a scoped action that never checked what it touched', async () => {
    expect(await handlerFor('member-openid')({ action: 'forgetsScope' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('probe.forgetsScope'))
  })

  it('answers AUTH.OUT_OF_SCOPE when context.authorize finds the resource outside the caller\'s organisation', async () => {
    expect(await handlerFor('member-openid')({ action: 'checksScope', orgId: 'org-a' })).toEqual({ ok: true, data: { done: true } })
    expect(await handlerFor('member-openid')({ action: 'checksScope', orgId: 'org-b' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
  })

  it('answers AUTH.NO_IDENTITY when getWXContext has no OPENID', async () => {
    expect(await handlerFor(undefined)({ action: 'echo', title: '标题', count: 1 })).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' })
  })

  it('answers COMMON.INTERNAL, and logs, when the output drifts from the contract', async () => {
    expect(await handlerFor('x')({ action: 'drifts' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('probe.drifts'), expect.any(String))
  })

  it('answers COMMON.INTERNAL for an unexpected error and logs it, never swallowing it', async () => {
    expect(await handlerFor('x')({ action: 'throws' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('probe.throws'), expect.objectContaining({ message: '数据库连不上' }))
  })

  it('answers an AppError with its own code and message', async () => {
    expect(await handlerFor('x')({ action: 'refuses' })).toEqual({ ok: false, code: 'ORG.NOT_FOUND', message: '没有找到组织 org-x。' })
  })

  it('answers COMMON.UNKNOWN_ACTION for a non-object event', async () => {
    expect(await handlerFor('x')(null)).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
  })

  it('fails fast with COMMON.NOT_CONFIGURED and a log naming the missing variables when there is no cloud to talk to', async () => {
    const result = await handlerFor('x', {})({ action: 'echo', title: '标题', count: 1 })
    expect(result).toMatchObject({ ok: false, code: 'COMMON.NOT_CONFIGURED' })
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/TCB_CONTEXT_CNFG.*TENCENTCLOUD_SECRETID/))
  })
})
