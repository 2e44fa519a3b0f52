import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { MemberView } from '@/core/contracts/members.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, LinkRow } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { useMemberList } from '@/hooks/use-members'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { PAGES, pageUrl } from '@/routes'

type Tab = 'active' | 'archived'
const TABS = [
  { value: 'active', label: '在册党员' },
  { value: 'archived', label: '已归档' },
] as const

/** One line under the name: gender, birth year and duty. */
function memberSummary(member: MemberView): string {
  return [member.gender, `${member.birthYear}年生`, member.duty].filter(Boolean).join(' · ')
}

function MemberRow({ member }: { member: MemberView }) {
  return (
    <LinkRow title={member.name} text={memberSummary(member)} onClick={() => Taro.navigateTo({ url: pageUrl(PAGES.member, { id: member.id }) })}>
      {/* The phone exactly as the server sent it: masked for everyone but the member themself. */}
      <Text className='link-row__text'>{member.phone ? `电话 ${member.phone}` : '未登记电话'}</Text>
      <View>
        {member.committeeRole && <Text className='tag'>{member.committeeRole}</Text>}
        {member.status === 'active' && <Text className={member.bound ? 'tag tag--plain' : 'tag tag--warn'}>{member.bound ? '已绑定微信' : '未绑定微信'}</Text>}
      </View>
    </LinkRow>
  )
}

/** 党员名册 of one organisation: who is in it, their committee seats, phones masked; the next step is adding a member. */
export default function MembersPage() {
  const params = useRouteParams()
  const [tab, setTab] = useState<Tab>('active')
  const { state, retry } = useMemberList(params.orgId, tab === 'archived')
  useReloadOnShow(retry)

  return (
    <Screen>
      <Text className='screen__title'>{state.status === 'ready' ? state.data.org.name : '党员名册'}</Text>
      <Choices options={TABS} value={tab} onChange={setTab} />
      {state.status === 'loading' && <Loading what='党员名册' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          {tab === 'active' && (
            <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: pageUrl(PAGES.memberForm, { orgId: state.data.org.id }) })}>
              添加党员
            </Button>
          )}
          <Text className='quiet-note'>
            {tab === 'active' ? `在册党员 ${state.data.members.length} 名。点姓名查看档案、发邀请码。` : `已归档 ${state.data.members.length} 名。`}
          </Text>
          {state.data.members.length === 0 && (
            <View className='card'>
              <Text className='card__text'>
                {tab === 'active' ? '这个组织还没有登记党员。点上面的“添加党员”开始登记。' : '没有归档的党员档案。'}
              </Text>
            </View>
          )}
          {state.data.members.map((member) => (
            <MemberRow key={member.id} member={member} />
          ))}
        </View>
      )}
    </Screen>
  )
}
