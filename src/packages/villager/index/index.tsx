import { RoleLanding } from '@/components/RoleLanding'
import { PAGES, TAB_BOARDS } from '@/routes'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'

const READY = [
  { title: '我是党员，绑定身份', text: '用支部书记给的邀请码，把微信绑定到您的党员档案。', url: PAGES.bind },
  { title: '意见建议', text: '给村党组织留言、反映问题，不用登记姓名；支部会答复。', url: STORY_SUGGESTION_ROUTES.suggest },
  { title: '我的意见', text: '看您留过的意见建议和支部的答复，只有您自己看得到。', url: STORY_SUGGESTION_ROUTES.mySuggestions },
  { title: '典型经验', text: '读全县推荐的各支部好做法。', url: STORY_SUGGESTION_ROUTES.storyFeed },
  { title: '看公开栏', text: '村里的党务公开、承诺公示、星级公示和通知；扫过村里公开栏的二维码，就显示这个村的。', url: TAB_BOARDS, tab: true },
]

const HOW_TO = [{ title: '满意度测评', text: '扫村里张贴的测评二维码，匿名回答几个问题，不用登记姓名。一轮只能答一次。' }]

export default function VillagerHome() {
  return <RoleLanding roles={['villager']} title='群众服务' howTo={HOW_TO} ready={READY} />
}
