import { RoleLanding } from '@/components/RoleLanding'
import { PAGES } from '@/routes'

const READY = [{ title: '我是党员，绑定身份', text: '用支部书记给的邀请码，把微信绑定到您的党员档案。', url: PAGES.bind }]

const TASKS = [
  { title: '满意度测评', text: '扫村里张贴的测评二维码，匿名回答几个问题。' },
  { title: '看公开栏', text: '查看村里的党务公开、承诺公示和通知。' },
  { title: '意见建议', text: '给村党组织留言，能看到办理情况。' },
]

export default function VillagerHome() {
  return <RoleLanding roles={['villager']} title='群众服务' tasks={TASKS} ready={READY} />
}
