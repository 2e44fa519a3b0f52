/**
 * suggestions.places: an unbound villager picks the organisation to write to from a public list of
 * villages, enterprises and branches (names only, by township), then follows what they left.
 */
import { suggestionsContract } from '../../src/core/contracts/suggestions.contract'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

describe('suggestions.places', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startTestCloud()
  }, 60_000)
  afterAll(() => cloud?.close())

  it('lists the villages and enterprises of the county under their township for an identity with no account, and no county or township', async () => {
    const { places } = dataOf(await cloud.call('x-places-stranger', suggestionsContract, 'places', {}))
    expect(places).toContainEqual({ id: 'org-taohua', name: '桃花村党支部', under: '中共东岭镇委员会' })
    expect(places).toContainEqual({ id: 'org-hexi', name: '河西村党支部', under: '中共西河乡委员会' })
    expect(places.map((place) => place.name)).toContain('青山绿源农业科技有限公司党支部')
    expect(places.some((place) => /县委|委员会/.test(place.name))).toBe(false)
    // Grouped: every township's places sit together.
    const unders = places.map((place) => place.under)
    expect(unders).toEqual([...unders].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(Object.keys(places[0]).sort()).toEqual(['id', 'name', 'under'])
  })

  it('lets the stranger leave one for a listed place and see it in 我的意见, while another stranger sees nothing of it', async () => {
    const { places } = dataOf(await cloud.call('x-places-stranger', suggestionsContract, 'places', {}))
    const target = places.find((place) => place.name === '河西村党支部')
    if (!target) throw new Error('河西村 is not listed')
    const left = dataOf(await cloud.call('x-places-stranger', suggestionsContract, 'leave', { orgId: target.id, kind: 'complaint', text: '河西村三组的垃圾好几天没人清运了。' }))
    expect(left).toMatchObject({ orgName: '河西村党支部', kindLabel: '投诉', status: 'open' })
    expect(dataOf(await cloud.call('x-places-stranger', suggestionsContract, 'mine', {})).suggestions.map((s) => s.id)).toContain(left.id)
    expect(dataOf(await cloud.call('x-places-other', suggestionsContract, 'mine', {})).suggestions).toEqual([])
  })
})
