import { RoleLanding } from '@/components/RoleLanding'

const TASKS = [
  { title: '我的承诺', text: '年初作出公开承诺，随时记下践诺进展，年底自评。' },
  { title: '责任区履岗', text: '记下在责任区、联系户做的事，可附照片；不打卡、不排名。' },
  { title: '我的星级', text: '查看支部评定的星级和评定依据。' },
]

export default function MemberHome() {
  return <RoleLanding roles={['member']} title='党员服务' tasks={TASKS} />
}
