import { RoleLanding } from '@/components/RoleLanding'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { BOARD_PAGES, PAGES } from '@/routes'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import { STAR_ROUTES } from '@/components/stars/routes'

const READY = [
  { title: '党员名册', text: '添加党员、修改信息、设支委职务，发一次性邀请码让党员绑定微信。', url: PAGES.members },
  { title: '发展党员', text: '入党申请人到正式党员，每一步的日期和下一步。', url: PAGES.development },
  { title: '承诺审核', text: '审核党员的承诺（通过或写明原因退回），年底评定兑现情况并公布。', url: MEMBER_WORK_ROUTES.pledgeReview },
  { title: '设岗定责', text: '岗位目录和自设岗位；党员认岗后定岗（责任区、联系户、职责），再明岗公示。', url: MEMBER_WORK_ROUTES.posts },
  { title: '支部承诺', text: '以支部名义写承诺（组织承诺），提交乡镇党委审核，记进展。', url: MEMBER_WORK_ROUTES.branchPledge },
  { title: '履岗情况', text: '每名党员、每个责任区应履职、按时、逾期，和逾期清单。', url: MEMBER_WORK_ROUTES.coverage },
  { title: '群众满意度', text: '开启一轮测评，打印评价二维码海报张贴到村里；看满意率、各题情况和群众留言。', url: SURVEY_ROUTES.secretaryDashboard },
  { title: '群众意见建议', text: '群众的留言，未答复的在前，超期的标出天数；写答复，留言人会看到。', url: STORY_SUGGESTION_ROUTES.branchSuggestions },
  { title: '公开栏版面', text: '党务公开、通知公告、学习园地：写内容（文字、小标题、图片、表格），发布、置顶、撤下，打印统一样式的 A4 海报；承诺公示栏自动生成。', url: BOARD_PAGES.manage },
  { title: '典型经验', text: '写支部的好做法（标题、摘要、正文、体现哪个“好”），报送乡镇；退回的改好再报。', url: STORY_SUGGESTION_ROUTES.myStories },
  { title: '星级评定', text: '按县里定的办法：汇总实绩，党员自评、互评，支委会评定并写明理由，公示后确定。', url: STAR_ROUTES.cycles },
]

export default function SecretaryHome() {
  return <RoleLanding roles={['secretary']} title='支部书记工作台' ready={READY} />
}
