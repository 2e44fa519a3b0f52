import { RoleLanding } from '@/components/RoleLanding'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { STAR_ROUTES } from '@/components/stars/routes'

const READY = [{ title: '我的任务', text: '责任区本周期要做的事，一点就能记一笔；我的承诺和践诺进展。不打卡、不排名。', url: MEMBER_WORK_ROUTES.myTasks }, { title: '我的星级', text: '要做的自评、互评，和支委会评定的星级、理由。', url: STAR_ROUTES.mine }]

export default function MemberHome() {
  return <RoleLanding roles={['member']} title='党员服务' ready={READY} />
}
