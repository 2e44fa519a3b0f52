import { act, configure, render, screen } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import { describeBadRequest } from '@/cloud/bad-request'
import { developmentContract, type DevelopmentView } from '@/core/contracts/development.contract'
import DevelopmentPage from '@/packages/secretary/development/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap, type } from '../support/h5-actions'

function applicant(name: string, gender: '男' | '女', birthYear: number, appliedAt: string): DevelopmentView {
  return {
    id: `dev-${name}`,
    orgId: 'org-taohua',
    name,
    gender,
    birthYear,
    stage: 'applicant',
    stageLabel: '入党申请人',
    stages: [{ stage: 'applicant', stageLabel: '入党申请人', date: appliedAt }],
    next: { stage: 'activist', stageLabel: '入党积极分子', earliest: null },
  }
}

/**
 * A fake development function: add checks its input with the contract's own schema (the 18-year rule
 * included) and answers the server's own Chinese message; list answers what was added so far.
 */
function fakeDevelopmentFunction() {
  const records: DevelopmentView[] = []
  return (request: SentRequest) => {
    const { action, ...input } = request.body as Record<string, unknown>
    if (action === 'list') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, records } }
    if (action === 'add') {
      const parsed = developmentContract.actions.add.input.safeParse(input)
      if (!parsed.success) return { ok: false, code: 'COMMON.BAD_REQUEST', message: describeBadRequest(parsed.error, input) }
      const record = applicant(parsed.data.name, parsed.data.gender, parsed.data.birthYear, parsed.data.appliedAt)
      records.push(record)
      return { ok: true, data: record }
    }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
  }
}

const calls = (sent: SentRequest[], action: string) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === action)

/** Picks a day the way the platform's date wheel reports it: a change event carrying YYYY-MM-DD. */
async function pickDate(value: string) {
  const picker = document.querySelector('taro-picker-core')
  if (!picker) throw new Error('no date picker on the page')
  await act(async () => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }))
  })
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

beforeEach(() => {
  localStorage.clear()
  jest.mocked(useRouter).mockReturnValue({ params: { orgId: 'org-taohua' }, path: '' } as unknown as ReturnType<typeof useRouter>)
})

describe('发展党员：登记入党申请人', () => {
  it('explains each refusal under its field in the form’s words, then registers the applicant and lists them', async () => {
    const { sent } = installFetch(fakeDevelopmentFunction())
    render(<DevelopmentPage />)
    expect(await screen.findByText('还没有发展党员记录。有人递交入党申请书后，点上面的“登记入党申请人”。')).toBeTruthy()

    await tap('登记入党申请人')
    await tap('登记')
    expect(await screen.findByText(/^“姓名”/, { selector: '.field__error' })).toBeTruthy()
    expect(screen.getByText('还不能登记')).toBeTruthy()

    // Fifteen on the day the letter came in: the contract's 18-year rule, shown under the date.
    await type('name', '李明')
    await tap('男')
    await type('birthYear', '2011')
    await pickDate('2026-03-01')
    expect(screen.getByText('2026年3月1日')).toBeTruthy()
    await tap('登记')
    expect(await screen.findByText('“递交入党申请书的日期”有误：申请入党应年满十八岁', { selector: '.field__error' })).toBeTruthy()
    expect(calls(sent, 'list')).toHaveLength(1)

    await type('birthYear', '1998')
    await tap('登记')
    expect(await screen.findByText('已登记 李明 为入党申请人。满足条件后再登记为“入党积极分子”。')).toBeTruthy()
    expect(calls(sent, 'add').at(-1)?.body).toEqual({ action: 'add', orgId: 'org-taohua', name: '李明', gender: '男', birthYear: 1998, appliedAt: '2026-03-01' })
    // The list is read again: the new applicant is there, with the next step offered.
    expect(await screen.findByText('李明（男，1998年生）')).toBeTruthy()
    expect(screen.getByText('登记为“入党积极分子”')).toBeTruthy()
    expect(screen.queryByText('还没有发展党员记录。有人递交入党申请书后，点上面的“登记入党申请人”。')).toBeNull()
  })

  it('closes the form without sending anything on 不登记了', async () => {
    const { sent } = installFetch(fakeDevelopmentFunction())
    render(<DevelopmentPage />)
    await screen.findByText('桃花村党支部')
    await tap('登记入党申请人')
    await type('name', '王芳')
    await tap('不登记了')
    expect(screen.queryByText('递交入党申请书的日期')).toBeNull()
    expect(calls(sent, 'add')).toHaveLength(0)
  })
})
