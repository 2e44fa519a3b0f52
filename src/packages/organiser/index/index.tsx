import { RoleLanding } from '@/components/RoleLanding'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'
import { PAGES } from '@/routes'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import { STAR_ROUTES } from '@/components/stars/routes'

const READY = [
  { title: '组织树', text: '所辖组织逐级展开，看类型、党员人数和今年的空白村；点组织打开组织详情：党员名册、承诺、明岗、满意度等。', url: PAGES.orgTree },
  { title: '群众满意度', text: '辖区各组织按满意率排序，低于 70% 的标出需整改；可为全乡镇同时开启调查、导出 Excel 表。', url: SURVEY_ROUTES.organiserDashboard },
  { title: '典型经验审阅', text: '读支部报送的典型经验，写明意见退回，或推荐到全县。', url: STORY_SUGGESTION_ROUTES.storyReview },
  { title: '超期未答复的意见建议', text: '辖区内群众留言超过规定天数支部还没答复的，督促办理。', url: STORY_SUGGESTION_ROUTES.overdueSuggestions },
  { title: '全县典型经验', text: '已推荐的典型经验，最新的在前，显示阅读次数。', url: STORY_SUGGESTION_ROUTES.storyFeed },
  { title: '支部星级比较', text: '辖区各支部：党员星级和群众满意度合成的支部星级；只比较支部，不给个人排名。', url: '/packages/organiser/star-contest/index' },
  { title: '星级评定标准', text: '全县党员星级评定用积分制还是分项达标制，加减分条目、星级档次或五个维度的标准；县委组织部修改。', url: STAR_ROUTES.rubric },
  { title: '全县设置', text: '满意度的分数线、每人每年几条承诺、意见建议几天内答复；县委组织部修改，其他同志查看。', url: '/packages/organiser/settings/index' },
]

const TASKS = [
  { title: '辖区看板', text: '查看所辖组织的承诺兑现、星级等情况。' },
  { title: '考评打分', text: '对照“五个好”标准检查、打分、记录意见。' },
  { title: '联系点走访', text: '记录到联系点走访的时间和情况。' },
]

export default function OrganiserHome() {
  return <RoleLanding roles={['organiser', 'admin']} title='组织工作台' tasks={TASKS} ready={READY} />
}
