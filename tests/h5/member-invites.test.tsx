import { configure, render, screen } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import type { InviteView } from '@/core/contracts/accounts.contract'
import MemberPage from '@/packages/secretary/member/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { memberView } from '../support/member-mother'

function invite(code: string, memberId: string, status: InviteView['status'], createdAt: string, expiresAt: string): InviteView {
  return { code, memberId, memberName: memberId === 'm-qingshan-02' ? '李秀英' : '王建国', orgId: 'org-qingshan', role: 'member', roleLabel: '党员', status, createdAt, expiresAt, qrFileID: `cloud://qr/${code}.png` }
}

/** 青山村's invites as accounts.listInvites answers them: the whole organisation, oldest first. */
const ORG_INVITES: InviteView[] = [
  invite('QSLX2345', 'm-qingshan-02', 'expired', '2026-03-01T08:00:00.000Z', '2026-03-08T08:00:00.000Z'),
  invite('QSWJ6789', 'm-qingshan-01', 'used', '2026-03-02T08:00:00.000Z', '2026-03-09T08:00:00.000Z'),
  invite('QSLX3456', 'm-qingshan-02', 'revoked', '2026-05-10T08:00:00.000Z', '2026-05-17T08:00:00.000Z'),
  invite('QSLX4567', 'm-qingshan-02', 'pending', '2026-05-12T08:00:00.000Z', '2026-05-19T08:00:00.000Z'),
]

function answerWith(invites: (request: SentRequest) => unknown) {
  return (request: SentRequest) => {
    const body = request.body as { action: string }
    if (request.url === '/api/fn/members') return { ok: true, data: memberView({ id: 'm-qingshan-02', name: '李秀英', gender: '女', birthYear: 1975, committeeRole: '组织委员', bound: false }) }
    if (request.url === '/api/fn/accounts' && body.action === 'listInvites') return invites(request)
    return { ok: true, data: { identity: { role: 'secretary', roleLabel: '支部书记', displayName: '王建国' }, org: null, standards: null } }
  }
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

beforeEach(() => {
  localStorage.clear()
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'm-qingshan-02' }, path: '' } as unknown as ReturnType<typeof useRouter>)
})

describe('党员档案：邀请记录', () => {
  it('lists only this member’s invites, newest first, each with what became of it', async () => {
    const { sent } = installFetch(answerWith(() => ({ ok: true, data: { invites: ORG_INVITES } })))
    render(<MemberPage />)

    expect(await screen.findByText('QSLX 4567 · 待使用')).toBeTruthy()
    const titles = Array.from(document.querySelectorAll('.card__title'), (title) => title.textContent).filter((text) => text?.startsWith('QS'))
    expect(titles).toEqual(['QSLX 4567 · 待使用', 'QSLX 3456 · 已作废（生成了新的）', 'QSLX 2345 · 已过期'])
    expect(screen.getByText('2026年5月12日生成，身份：党员，有效期到2026年5月19日')).toBeTruthy()
    expect(screen.queryByText(/QSWJ/)).toBeNull()
    expect(sent.find((request) => request.url === '/api/fn/accounts')?.body).toEqual({ action: 'listInvites', orgId: 'org-qingshan' })
  })

  it('says plainly when no code was ever handed out, and when the list cannot be read', async () => {
    installFetch(answerWith(() => ({ ok: true, data: { invites: ORG_INVITES.filter((entry) => entry.memberId !== 'm-qingshan-02') } })))
    const first = render(<MemberPage />)
    expect(await screen.findByText('还没有给这名党员发过邀请码。')).toBeTruthy()
    first.unmount()

    installFetch(answerWith(() => ({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '这不是您所在组织的内容，您不能查看或修改。' })))
    render(<MemberPage />)
    expect(await screen.findByText('没能读取邀请记录：这不是您所在组织的内容，您不能查看或修改。')).toBeTruthy()
    // The record itself still shows.
    expect(screen.getByText('发邀请码，让李秀英绑定微信')).toBeTruthy()
  })
})
