import type { OrgType } from '@/core/org/org.types'
import { BOARD_PAGES, PAGES, pageUrl } from '@/routes'

/** One row of 组织详情: a page about the organisation that an organiser over it may open. */
export interface HubRow {
  key: string
  title: string
  text: string
  url: string
}

/** The page paths the hub links to (kept here, not imported from the feature folders, so the rows read as one list). */
export const HUB_TARGETS = {
  members: PAGES.members,
  development: PAGES.development,
  pledges: '/packages/secretary/pledges/index',
  posts: '/packages/secretary/posts/index',
  coverage: '/packages/secretary/duty-coverage/index',
  boards: BOARD_PAGES.manage,
  surveyOrg: '/packages/organiser/survey-org/index',
  surveyTable: '/packages/organiser/survey/index',
  stars: '/packages/secretary/stars/index',
  starContest: '/packages/organiser/star-contest/index',
} as const

/**
 * The rows for an organisation of `type`, each opening an existing page with the organisation in
 * its query. Only pages whose load actions let an organiser over the organisation read it
 * (`organiser: 'subtree'` in the contracts; tests/functions/organiser-org-hub.test.ts calls each).
 * A village, an enterprise or a branch gets its own work; a township or the county gets its members,
 * its boards and the tables over the organisations below it.
 */
export function hubRows(orgId: string, type: OrgType): HubRow[] {
  const at = (path: string, key = 'orgId') => pageUrl(path, { [key]: orgId })
  const members: HubRow = { key: 'members', title: '党员名册', text: '本组织的党员：查看、添加、修改、转出、归档。', url: at(HUB_TARGETS.members) }
  const boards: HubRow = { key: 'boards', title: '公开栏版面', text: '本组织的公开栏：草稿和已发布的版面，可编辑、发布、打印。', url: at(HUB_TARGETS.boards) }
  if (type === 'township' || type === 'county') {
    return [
      members,
      boards,
      { key: 'survey', title: '辖区群众满意度', text: '下级各组织的满意率，低于分数线的标出需整改。', url: at(HUB_TARGETS.surveyTable, 'rootOrgId') },
      { key: 'star-contest', title: '支部星级比较', text: '下级各支部的党员星级和群众满意度合成的支部星级。', url: at(HUB_TARGETS.starContest) },
    ]
  }
  return [
    members,
    { key: 'development', title: '发展党员', text: '入党申请人到预备党员各阶段，最短期限是否已满。', url: at(HUB_TARGETS.development) },
    { key: 'pledges', title: '承诺审核', text: '今年党员的承诺：审核、退回、评定、公示。', url: at(HUB_TARGETS.pledges) },
    { key: 'posts', title: '设岗定责 · 明岗', text: '岗位目录、谁在哪个岗、责任区和明岗公示。', url: at(HUB_TARGETS.posts) },
    { key: 'coverage', title: '履岗情况', text: '每个党员、每个责任区的履岗记录，超期未履岗的名单。', url: at(HUB_TARGETS.coverage) },
    boards,
    { key: 'survey', title: '群众满意度', text: '本组织各次调查的满意率、趋势和群众意见。', url: at(HUB_TARGETS.surveyOrg) },
    { key: 'stars', title: '星级评定', text: '本组织各期党员星级评定（开启和推进由支部书记操作）。', url: at(HUB_TARGETS.stars) },
  ]
}
