/**
 * 星级评定标准 (the county's rubric) with the real Taro h5 components: the points rubric edited —
 * base, a band, an item removed and one added — and saved as the server receives it; the other kind
 * tried without losing what was typed; a township organiser's save refused in words.
 */
import { configure, render, screen, waitFor } from '@testing-library/react'
import { DEFAULT_POINTS_RUBRIC, rubricSchema, type Rubric } from '@/core/stars/stars.rubric'
import StarRubricPage from '@/packages/organiser/star-rubric/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap, type } from '../support/h5-actions'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const COUNTY_HOME = { ok: true, data: { identity: { role: 'organiser', roleLabel: '组织委员', displayName: '王明' }, org: { id: 'org-qingshan', name: '中共青山县委', type: 'county', typeLabel: '县委', ancestors: [], memberCount: 0 }, standards: null } }

/** A stars function that checks a rubric with the same schema as the server. */
function fakeStars(refuse?: { code: string; message: string }) {
  let current: { rubric: Rubric; source: 'county' | 'default' } = { rubric: DEFAULT_POINTS_RUBRIC, source: 'default' }
  return (request: SentRequest) => {
    const body = request.body as { action: string; rubric?: unknown }
    if (body.action === 'getHome') return COUNTY_HOME
    if (body.action === 'getRubric') return { ok: true, data: current }
    if (body.action === 'setRubric') {
      if (refuse) return { ok: false, ...refuse }
      const parsed = rubricSchema.safeParse(body.rubric)
      if (!parsed.success) return { ok: false, code: 'COMMON.BAD_REQUEST', message: `提交的内容有误：${parsed.error.issues[0].message}` }
      current = { rubric: parsed.data, source: 'county' }
      return { ok: true, data: current }
    }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
  }
}

const saves = (sent: SentRequest[]) => sent.filter((request) => (request.body as { action?: string }).action === 'setRubric').map((request) => (request.body as { rubric: Rubric }).rubric)

it('edits the points rubric and saves exactly what was typed', async () => {
  const { sent } = installFetch(fakeStars())
  render(<StarRubricPage />)
  expect(await screen.findByText(/现在用的是默认的积分标准/)).toBeTruthy()
  await type('base', '50')
  await type('band-5', '95')
  // The last item (违反纪律) goes; a new addition comes in its place at the end.
  await tap('删去这个条目', DEFAULT_POINTS_RUBRIC.items.length - 1)
  await tap('＋ 加一个条目')
  const added = DEFAULT_POINTS_RUBRIC.items.length - 1
  await type(`item-label-${added}`, '参加志愿服务')
  await type(`item-points-${added}`, '3')
  await tap('保存评定标准')
  expect(await screen.findByText('已保存：以后新开的星级评定用这个标准。')).toBeTruthy()

  const [saved] = saves(sent)
  expect(saved).toMatchObject({ kind: 'points', base: 50 })
  expect(saved.kind === 'points' && saved.bands.at(-1)).toEqual({ min: 95, stars: 5 })
  expect(saved.kind === 'points' && saved.items.map((item) => item.label)).toEqual([...DEFAULT_POINTS_RUBRIC.items.slice(0, -1).map((item) => item.label), '参加志愿服务'])
  expect(saved.kind === 'points' && saved.items.at(-1)).toMatchObject({ points: 3, id: expect.stringMatching(/^[a-z][a-zA-Z0-9-]{0,39}$/) })
})

it('switches to the five dimensions and back without losing what was typed, and saves the dimensions', async () => {
  const { sent } = installFetch(fakeStars())
  render(<StarRubricPage />)
  await type('base', '55')
  await tap('分项达标制')
  await type('dimension-standard-0', '每月参加主题党日')
  await tap('积分制')
  await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name="base"]')?.value).toBe('55'))
  await tap('分项达标制')
  await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name="dimension-standard-0"]')?.value).toBe('每月参加主题党日'))
  await tap('保存评定标准')
  await screen.findByText('已保存：以后新开的星级评定用这个标准。')
  expect(saves(sent)[0]).toMatchObject({ kind: 'dimensions', dimensions: expect.arrayContaining([expect.objectContaining({ standard: '每月参加主题党日' })]) })
})

it('says why nothing was saved when the bands are out of order', async () => {
  installFetch(fakeStars())
  render(<StarRubricPage />)
  await type('band-2', '50')
  await tap('保存评定标准')
  expect(await screen.findByText(/星级档次要按分数从低到高/)).toBeTruthy()
})

it('shows the server’s refusal to a township organiser in its own words', async () => {
  const message = '星级评定标准由县委组织部统一设定，请在县委这一级设置。'
  installFetch(fakeStars({ code: 'STARS.COUNTY_ONLY', message }))
  render(<StarRubricPage />)
  await screen.findByText('保存评定标准')
  await tap('保存评定标准')
  expect(await screen.findByText(message)).toBeTruthy()
})
