import { RoleLanding } from '@/components/RoleLanding'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'

const READY = [{ title: '我的任务', text: '责任区本周期要做的事，一点就能记一笔；我的承诺和践诺进展。不打卡、不排名。', url: MEMBER_WORK_ROUTES.myTasks }]

const TASKS = [{ title: '我的星级', text: '查看支部评定的星级和评定依据。' }]

export default function MemberHome() {
  return <RoleLanding roles={['member']} title='党员服务' tasks={TASKS} ready={READY} />
}
