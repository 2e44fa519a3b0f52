import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describeBadRequest } from '@/cloud/bad-request'
import { orgContract, type OrgNode } from '@/core/contracts/org.contract'
import OrgTreePage from '@/packages/organiser/tree/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

const node = (id: string, name: string, type: OrgNode['type'], typeLabel: string, parentId: string | null, depth: number): OrgNode => ({ id, name, type, typeLabel, parentId, depth, memberCount: 0 })

/** The county organiser's tree as org.listTree answers it: depth-first, the county at depth 0. */
function countyTree(): OrgNode[] {
  return [
    node('org-county', '中共青山县委', 'county', '县(市、区)委', null, 0),
    node('org-dongling', '中共东岭镇委员会', 'township', '乡镇党委', 'org-county', 1),
    node('org-taohua', '桃花村党支部', 'village', '村党组织', 'org-dongling', 2),
    node('org-xihe', '中共西河乡委员会', 'township', '乡镇党委', 'org-county', 1),
    node('org-hexi', '河西村党支部', 'village', '村党组织', 'org-xihe', 2),
  ]
}

const REFUSED = '“中共东岭镇委员会”不在您的管理范围内，您不能查看或修改。'

/**
 * A fake org function: createOrg checks its input with the contract's own schema and answers the
 * server's own Chinese message; `refuse` makes it answer AUTH.OUT_OF_SCOPE instead of creating.
 */
function fakeOrgFunction({ refuse = false } = {}) {
  const nodes = countyTree()
  return (request: SentRequest) => {
    const { action, ...input } = request.body as Record<string, unknown>
    if (action === 'listTree') return { ok: true, data: { nodes } }
    if (action === 'report') return { ok: true, data: { year: 2026, org: { id: 'org-county', name: '中共青山县委' }, units: [], blankVillages: [] } }
    if (action === 'createOrg') {
      const parsed = orgContract.actions.createOrg.input.safeParse(input)
      if (!parsed.success) return { ok: false, code: 'COMMON.BAD_REQUEST', message: describeBadRequest(parsed.error, input) }
      if (refuse) return { ok: false, code: 'AUTH.OUT_OF_SCOPE', message: REFUSED }
      const created = node('org-new', parsed.data.name, parsed.data.type, '村党组织', parsed.data.parentId, 0)
      // The tree lists the new village after its siblings, as the server's depth-first listing would.
      nodes.splice(3, 0, { ...created, depth: 2 })
      return { ok: true, data: created }
    }
    if (action === 'moveOrg') {
      const moved = nodes.find((n) => n.id === input.id) as OrgNode
      return { ok: true, data: { org: { ...moved, parentId: input.parentId }, descendantsMoved: 0 } }
    }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
  }
}

const fnCalls = (sent: SentRequest[], action: string) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === action)

async function typeName(value: string) {
  const box = await waitFor(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="orgName"]')
    if (!input) throw new Error('no name box yet')
    return input
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}

/** Opens 管理 on the row of `name` (rows in screen order: the county, then the townships). */
async function manage(rowIndex: number) {
  await tap('管理', rowIndex)
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })
// Each test waits on several renders; a missing text should fail with its own message, not the test's timeout.
jest.setTimeout(20_000)

beforeEach(() => localStorage.clear())

describe('组织树：新建下级组织', () => {
  it('offers only the types allowed under a township, explains a bad name under the field, then creates and shows the new village', async () => {
    const { sent } = installFetch(fakeOrgFunction())
    render(<OrgTreePage />)
    await screen.findByText('中共东岭镇委员会')

    await manage(1)
    expect(screen.getByText('管理“中共东岭镇委员会”')).toBeTruthy()
    await tap('新建下级组织')
    expect(screen.getByText('村党组织')).toBeTruthy()
    expect(screen.getByText('非公有制企业党组织')).toBeTruthy()
    expect(screen.queryByText('乡镇党委', { selector: '.choices__item *' })).toBeNull()

    // No type chosen: the page says so and sends nothing.
    await typeName('杏林村党支部')
    await tap('新建')
    expect(screen.getAllByText('请选择组织类型。').length).toBeGreaterThan(0)
    expect(fnCalls(sent, 'createOrg')).toHaveLength(0)

    // A one-character name: the server's own rule, shown under 组织名称 in words, nothing created.
    await tap('村党组织')
    await typeName('杏')
    await tap('新建')
    const underName = await screen.findByText(/“组织名称”/, { selector: '.field__error' })
    expect(underName.textContent).toMatch(/2/)
    expect(screen.getByText('没有新建')).toBeTruthy()
    expect(fnCalls(sent, 'listTree')).toHaveLength(1)

    await typeName('杏林村党支部')
    await tap('新建')
    expect(await screen.findByText('已在“中共东岭镇委员会”下新建“杏林村党支部”。')).toBeTruthy()
    expect(fnCalls(sent, 'createOrg').at(-1)?.body).toEqual({ action: 'createOrg', parentId: 'org-dongling', name: '杏林村党支部', type: 'village' })
    // The tree is read again and the township is opened, so the new village is in sight.
    expect(await screen.findByText('杏林村党支部', { selector: '.tree__name' })).toBeTruthy()
    expect(fnCalls(sent, 'listTree')).toHaveLength(2)
  })

  it('shows the server’s refusal in Chinese and leaves the tree as it was', async () => {
    const { sent } = installFetch(fakeOrgFunction({ refuse: true }))
    render(<OrgTreePage />)
    await screen.findByText('中共东岭镇委员会')

    await manage(1)
    await tap('新建下级组织')
    await tap('村党组织')
    await typeName('杏林村党支部')
    await tap('新建')

    expect(await screen.findByText('没有新建')).toBeTruthy()
    expect(screen.getByText(REFUSED)).toBeTruthy()
    expect(screen.queryByText(/已在/)).toBeNull()
    expect(fnCalls(sent, 'listTree')).toHaveLength(1)
  })

  it('fills in the only type a village may hold (党支部) and offers no 调整上级 for the organiser’s own root', async () => {
    installFetch(fakeOrgFunction())
    render(<OrgTreePage />)
    await screen.findByText('中共东岭镇委员会')

    await manage(0)
    expect(screen.queryByText('调整上级')).toBeNull()
    await tap('关闭')
    await tap('展开 1')
    await manage(2)
    expect(screen.getByText('管理“桃花村党支部”')).toBeTruthy()
    await tap('新建下级组织')
    const only = screen.getByText('党支部', { selector: '.choices__item *' })
    expect(only.closest('[aria-checked]')?.getAttribute('aria-checked')).toBe('true')
  })
})

describe('组织树：调整上级', () => {
  it('offers only the other township for a village and says where it went', async () => {
    const { sent } = installFetch(fakeOrgFunction())
    render(<OrgTreePage />)
    await screen.findByText('中共东岭镇委员会')

    await tap('展开 1')
    await manage(2)
    await tap('调整上级')
    const options = Array.from(document.querySelectorAll('.choices__item'), (item) => item.textContent)
    expect(options).toEqual(['中共西河乡委员会'])
    await act(async () => {
      fireEvent.click(screen.getByText('中共西河乡委员会', { selector: '.choices__item *' }))
    })
    await tap('确认调整')
    expect(await screen.findByText('已把“桃花村党支部”调整到“中共西河乡委员会”下面。')).toBeTruthy()
    expect(fnCalls(sent, 'moveOrg')[0]?.body).toEqual({ action: 'moveOrg', id: 'org-taohua', parentId: 'org-xihe' })
  })
})
