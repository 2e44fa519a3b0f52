import { configure, render, screen, waitFor } from '@testing-library/react'
import type { SettingsView } from '@/core/contracts/settings.contract'
import { applySettingsPatch, defaultSettings, settingsProblemMessage } from '@/core/settings'
import SettingsPage from '@/packages/organiser/settings/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap, type } from '../support/h5-actions'

/** A fake settings function that checks a save with the same core rules as the server and answers its Chinese message. */
function fakeSettingsFunction(canEdit: boolean) {
  let view: SettingsView = { settings: defaultSettings(), updatedAt: null, updatedBy: null, canEdit }
  return (request: SentRequest) => {
    const { action, ...patch } = request.body as Record<string, unknown>
    if (action === 'get') return { ok: true, data: view }
    if (action === 'update') {
      const applied = applySettingsPatch(view.settings, patch)
      if (!applied.ok) return { ok: false, code: 'SETTINGS.INVALID', message: settingsProblemMessage(applied.problems) }
      view = { settings: applied.settings, updatedAt: '2026-11-26T02:00:00.000Z', updatedBy: '县委组织部 王明', canEdit }
      return { ok: true, data: view }
    }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
  }
}

const calls = (sent: SentRequest[], action: string) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === action)

const valueOf = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

describe('全县设置', () => {
  it('shows the defaults, refuses a passable band above the good one in Chinese, then saves a valid change', async () => {
    const { sent } = installFetch(fakeSettingsFunction(true))
    render(<SettingsPage />)
    expect(await screen.findByText('满意度调查')).toBeTruthy()
    expect(screen.getByText(/现在用的都是默认值/)).toBeTruthy()
    await waitFor(() => expect(valueOf('survey.goodBand')).toBe('85'))
    expect(valueOf('survey.passableBand')).toBe('70')
    expect(valueOf('pledges.reminderDate')).toBe('03-31')
    expect(valueOf('suggestions.answerDays')).toBe('7')

    await type('survey.passableBand', '90')
    await tap('保存设置')
    expect(await screen.findByText('没有保存：“合格”的分数线要低于“好”的分数线。')).toBeTruthy()
    expect(screen.queryByText('已保存')).toBeNull()

    await type('survey.passableBand', '75')
    await type('suggestions.answerDays', '10')
    await tap('保存设置')
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(screen.queryByText(/没有保存/)).toBeNull()
    expect(screen.getByText(/县委组织部 王明 于 2026年11月26日 修改/)).toBeTruthy()
    expect(calls(sent, 'update').at(-1)?.body).toEqual({
      action: 'update',
      survey: { goodBand: 85, passableBand: 75, defaultMinAnswers: 10 },
      pledges: { minPerMember: 1, minPerBranch: 2, reminderDate: '03-31' },
      suggestions: { answerDays: 10 },
      stars: { membersWeight: 70, satisfactionWeight: 30, capBelowRate: 60, capStars: 2, reviewsPerMember: 3, publicityDays: 7 },
    })
  })

  it('a township organiser sees the values without a save button', async () => {
    installFetch(fakeSettingsFunction(false))
    render(<SettingsPage />)
    expect(await screen.findByText('只能查看')).toBeTruthy()
    expect(screen.getByText('85%')).toBeTruthy()
    expect(screen.queryByText('保存设置')).toBeNull()
    expect(document.querySelector('input')).toBeNull()
  })
})
