import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { describeBadRequest } from '@/cloud/bad-request'
import { membersContract } from '@/core/contracts/members.contract'
import BindPage from '@/packages/member/bind/index'
import MemberFormPage from '@/packages/secretary/member-form/index'
import MembersPage from '@/packages/secretary/members/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { memberView, qingshanRoll } from '../support/member-mother'
import { tap } from '../support/h5-actions'

function openWith(params: Record<string, string>) {
  jest.mocked(useRouter).mockReturnValue({ params, path: '' } as unknown as ReturnType<typeof useRouter>)
}

const fnCalls = (sent: SentRequest[]) => sent.filter((request) => request.url.startsWith('/api/fn/'))

/** Answers members.add the way the real handler does: the contract's own schema, the server's own Chinese messages. */
function addLikeTheServer(request: SentRequest) {
  const { action: _action, ...input } = request.body as Record<string, unknown>
  const parsed = membersContract.actions.add.input.safeParse(input)
  if (!parsed.success) return { ok: false, code: 'COMMON.BAD_REQUEST', message: describeBadRequest(parsed.error, input) }
  return { ok: true, data: memberView({ id: 'm-new', name: parsed.data.name }) }
}

/** The native input inside Taro's h5 Input, once its web component has drawn it. */
async function inputNamed(name: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const box = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)
    if (!box) throw new Error(`no input named ${name} yet`)
    return box
  })
}

async function type(name: string, value: string) {
  const box = await inputNamed(name)
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
  jest.mocked(Taro.redirectTo).mockClear()
})

describe('党员名册', () => {
  it('lists the members with committee seats, WeChat binding and phones only as the server masked them', async () => {
    openWith({ orgId: 'org-qingshan' })
    const { sent } = installFetch(() => ({ ok: true, data: { org: { id: 'org-qingshan', name: '青山村党支部' }, members: qingshanRoll().filter((m) => m.status === 'active') } }))
    render(<MembersPage />)

    expect(await screen.findByText('青山村党支部')).toBeTruthy()
    expect(screen.getByText('在册党员 3 名。点姓名查看档案、发邀请码。')).toBeTruthy()
    expect(screen.getByText('男 · 1968年生 · 村委会主任')).toBeTruthy()
    expect(screen.getByText('电话 138****5678')).toBeTruthy()
    expect(screen.getByText('电话 139****1234')).toBeTruthy()
    expect(screen.getByText('男 · 1952年生 · 退休教师')).toBeTruthy()
    expect(screen.getByText('未登记电话')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/1[3-9]\d{9}/)
    expect(screen.getByText('书记')).toBeTruthy()
    expect(screen.getByText('组织委员')).toBeTruthy()
    expect(screen.getAllByText('未绑定微信')).toHaveLength(1)
    expect(fnCalls(sent)[0]).toMatchObject({ url: '/api/fn/members', body: { action: 'list', orgId: 'org-qingshan', includeArchived: false } })

    await tap('李秀英')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/secretary/member/index?id=m-qingshan-02' })
  })

  it('shows only archived records on the 已归档 tab, and says so plainly when there are none', async () => {
    openWith({ orgId: 'org-qingshan' })
    let archived: ReturnType<typeof qingshanRoll> = qingshanRoll()
    const { sent } = installFetch(() => ({ ok: true, data: { org: { id: 'org-qingshan', name: '青山村党支部' }, members: archived } }))
    render(<MembersPage />)
    await screen.findByText('王建国')

    await tap('已归档')
    expect(await screen.findByText('已归档 1 名。')).toBeTruthy()
    expect(screen.getByText('赵大山')).toBeTruthy()
    expect(screen.queryByText('王建国')).toBeNull()
    expect(screen.queryByText('添加党员')).toBeNull()
    expect(fnCalls(sent).at(-1)).toMatchObject({ body: { action: 'list', includeArchived: true } })

    archived = []
    await tap('在册党员')
    expect(await screen.findByText('这个组织还没有登记党员。点上面的“添加党员”开始登记。')).toBeTruthy()
  })
})

describe('添加党员', () => {
  it('shows the server’s Chinese reasons under the fields they are about, named as the form names them, and saves nothing', async () => {
    openWith({ orgId: 'org-qingshan' })
    const { sent } = installFetch(addLikeTheServer)
    render(<MemberFormPage />)

    await type('name', '王')
    await tap('男')
    await type('birthYear', '2012')
    await type('phone', '1381234')
    await tap('保存')

    expect(await screen.findByText('还不能保存')).toBeTruthy()
    expect(screen.getByText('“姓名”至少要 2 个字')).toBeTruthy()
    expect(screen.getByText('“入党时间”必须填写（文字）')).toBeTruthy()
    expect(screen.getByText('“手机号”格式不对')).toBeTruthy()
    expect(document.body.textContent).not.toContain('字段“')
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    // What was typed went to the server as typed: the year as a number, the short phone unchanged.
    expect(fnCalls(sent)[0]).toMatchObject({ url: '/api/fn/members', body: { action: 'add', orgId: 'org-qingshan', name: '王', gender: '男', birthYear: 2012, phone: '1381234' } })
  })

  it('leaves out a blank phone and 职务 and opens the new record when the server saves it', async () => {
    openWith({ orgId: 'org-qingshan' })
    const { sent } = installFetch((request) => ({ ok: true, data: memberView({ id: 'm-new', name: (request.body as { name: string }).name }) }))
    render(<MemberFormPage />)

    await type('name', '周玉兰')
    await tap('女')
    await type('birthYear', '1990')
    await tap('保存')

    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    const body = fnCalls(sent)[0].body as Record<string, unknown>
    expect(body).toMatchObject({ action: 'add', name: '周玉兰', gender: '女', birthYear: 1990 })
    expect(body).not.toHaveProperty('phone')
    expect(body).not.toHaveProperty('duty')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/secretary/member/index?id=m-new&added=1' })
  })
})

describe('绑定党员身份', () => {
  it('fills the code from the mini-program code’s scene and shows the organisation once bound', async () => {
    openWith({ scene: 'ABCD2345' })
    const { sent } = installFetch(() => ({ ok: true, data: { role: 'member', roleLabel: '党员', memberName: '周玉兰', org: { id: 'org-qingshan', name: '青山村党支部' } } }))
    render(<BindPage />)

    await waitFor(async () => expect((await inputNamed('code')).value).toBe('ABCD2345'))
    await tap('绑定')
    expect(await screen.findByText('绑定成功')).toBeTruthy()
    expect(screen.getByText('所在组织：青山村党支部')).toBeTruthy()
    expect(fnCalls(sent)[0]).toMatchObject({ url: '/api/fn/accounts', body: { action: 'bind', code: 'ABCD2345' } })

    await tap('进入首页')
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('keeps the typed code and shows the server’s reason when the code is refused', async () => {
    openWith({})
    installFetch(() => ({ ok: false, code: 'INVITE.EXPIRED', message: '邀请码已于 2026年11月1日 过期，请向支部书记重新要一个。' }))
    render(<BindPage />)

    await type('code', 'abcd 2345')
    await tap('绑定')
    expect(await screen.findByText('没有绑定成功')).toBeTruthy()
    expect(screen.getByText('邀请码已于 2026年11月1日 过期，请向支部书记重新要一个。')).toBeTruthy()
    expect((await inputNamed('code')).value).toBe('ABCD 2345')
  })
})
