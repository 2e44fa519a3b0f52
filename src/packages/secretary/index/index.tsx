import { RoleLanding } from '@/components/RoleLanding'
import { SURVEY_ROUTES } from '@/components/survey/survey-routes'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { PAGES } from '@/routes'

const READY = [
  { title: '党员名册', text: '添加党员、修改信息、设支委职务，发一次性邀请码让党员绑定微信。', url: PAGES.members },
  { title: '发展党员', text: '入党申请人到正式党员，每一步的日期和下一步。', url: PAGES.development },
  { title: '承诺审核', text: '审核党员的承诺（通过或写明原因退回），年底评定兑现情况并公布。', url: MEMBER_WORK_ROUTES.pledgeReview },
  { title: '履岗情况', text: '每名党员、每个责任区应履职、按时、逾期，和逾期清单。', url: MEMBER_WORK_ROUTES.coverage },
  { title: '群众满意度', text: '开启一轮测评，打印评价二维码海报张贴到村里；看满意率、各题情况和群众留言。', url: SURVEY_ROUTES.secretaryDashboard },
]

const TASKS = [
  { title: '设岗定责', text: '设岗、认岗、定岗，划分责任区。' },
  { title: '星级评定', text: '按县里定的办法组织自评、互评、支委会评定和公示。' },
  { title: '公开栏与典型经验', text: '发布党务公开、通知公告，撰写典型经验。' },
]

export default function SecretaryHome() {
  return <RoleLanding roles={['secretary']} title='支部书记工作台' tasks={TASKS} ready={READY} />
}
