import { boardsContract, developmentContract, membersContract, orgContract, pledgesContract, postsContract, starsContract, surveyContract } from '../../src/core/contracts'
import type { OrgType } from '../../src/core/org/org.types'
import { SUBTREE_TABLE_PAGE } from '../../src/core/survey/survey.types'
import type { Result } from '../../src/core/result'
import { hubRows } from '../../src/packages/organiser/org/hub-rows'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { chinaYear } from '../../src/core/china-time'

jest.setTimeout(120_000)

type Load = (cloud: TestCloud, openid: string, orgId: string) => Promise<Result<unknown>>

const year = chinaYear()

/**
 * What each page the 组织详情 hub links to loads first, for the organisation in its ?orgId=
 * (or ?rootOrgId=): the same actions with the same input the page's hooks send.
 */
const FIRST_LOADS: Record<string, Load[]> = {
  members: [(cloud, openid, orgId) => cloud.call(openid, membersContract, 'list', { orgId, includeArchived: false })],
  development: [(cloud, openid, orgId) => cloud.call(openid, developmentContract, 'list', { orgId })],
  pledges: [(cloud, openid, orgId) => cloud.call(openid, pledgesContract, 'listForOrg', { orgId, year })],
  posts: [(cloud, openid, orgId) => cloud.call(openid, postsContract, 'catalogue', { orgId }), (cloud, openid, orgId) => cloud.call(openid, postsContract, 'listForOrg', { orgId })],
  coverage: [(cloud, openid, orgId) => cloud.call(openid, postsContract, 'coverage', { orgId })],
  boards: [(cloud, openid, orgId) => cloud.call(openid, boardsContract, 'listForOrg', { orgId })],
  survey: [],
  stars: [(cloud, openid, orgId) => cloud.call(openid, starsContract, 'list', { orgId })],
  'star-contest': [(cloud, openid, orgId) => cloud.call(openid, starsContract, 'contest', { rootOrgId: orgId })],
}

/** 群众满意度 is the one organisation's dashboard for a village, the subtree table for a township. */
function surveyLoad(type: OrgType): Load {
  return type === 'township' || type === 'county'
    ? (cloud, openid, orgId) => cloud.call(openid, surveyContract, 'getSubtreeDashboard', { rootOrgId: orgId, limit: SUBTREE_TABLE_PAGE })
    : (cloud, openid, orgId) => cloud.call(openid, surveyContract, 'getOrgDashboard', { orgId })
}

function loadsOf(type: OrgType): Array<[string, Load]> {
  return hubRows('x', type).flatMap((row) => {
    const loads = row.key === 'survey' ? [surveyLoad(type)] : FIRST_LOADS[row.key]
    // A row added to the hub without its page's first load listed here fails the test.
    if (!loads || loads.length === 0) throw new Error(`no first load listed for the hub row ${row.key}`)
    return loads.map((load, i): [string, Load] => [`${row.key}#${i}`, load])
  })
}

/** The organiser of 东岭镇 over their village, enterprise and township, and over 西河乡's: each linked page's first load. */
describe('组织详情: every page the hub links to lets the township organiser read it', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org', 'members', 'development', 'pledges', 'posts', 'boards', 'survey', 'stars'] })
  }, 120_000)
  afterAll(() => cloud?.close())

  it.each([
    ['刘家坪村 (a village of 东岭镇)', 'org-liujia', 'village'],
    ['青山绿源 (an enterprise of 东岭镇)', 'org-lvyuan', 'enterprise'],
    ['东岭镇 itself', 'org-dongling', 'township'],
  ] as const)('%s: the hub’s own read and every row’s first load answer ok', async (_label, orgId, type) => {
    const tree = await cloud.call('demo-organiser-dongling', orgContract, 'listTree', { rootId: orgId })
    expect(tree.ok && tree.data.nodes[0]).toMatchObject({ id: orgId, type })
    for (const [row, load] of loadsOf(type)) {
      const answer = await load(cloud, 'demo-organiser-dongling', orgId)
      expect({ row, answer: answer.ok ? 'ok' : `${answer.code}: ${answer.message}` }).toEqual({ row, answer: 'ok' })
    }
  })

  it.each([
    ['河西村 (a village of 西河乡)', 'org-hexi', 'village'],
    ['西河乡', 'org-xihe', 'township'],
  ] as const)('%s: the hub and every row’s first load are refused, out of scope', async (_label, orgId, type) => {
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'listTree', { rootId: orgId })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    for (const [row, load] of loadsOf(type)) {
      const answer = await load(cloud, 'demo-organiser-dongling', orgId)
      expect({ row, code: answer.ok ? 'ok' : answer.code }).toEqual({ row, code: 'AUTH.OUT_OF_SCOPE' })
    }
  })
})
