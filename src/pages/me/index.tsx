import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { MyRecord } from '@/core/contracts/members.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { useCloud } from '@/hooks/use-cloud'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { getMyRecord } from '@/services/members'
import { PAGES } from '@/routes'
import { ProfileEditor } from './ProfileEditor'
import { readableDate } from '@/core/china-time'
import './index.scss'

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className='me__line'>
      <Text className='me__label'>{label}</Text>
      <Text className='me__value'>{value}</Text>
    </View>
  )
}

function Unbound() {
  return (
    <View>
      <View className='card'>
        <Text className='card__title'>您现在是群众身份</Text>
        <Text className='card__text'>系统里没有存您的任何个人信息。您可以参加满意度测评、看公开栏。</Text>
      </View>
      <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: PAGES.bind })}>
        我是党员，用邀请码绑定
      </Button>
    </View>
  )
}

/** Everything stored about me, as the server holds it: account, member record (full phone, only to me), history. */
function MyInformation({ record }: { record: MyRecord }) {
  const { account, member } = record
  if (!account) return <Unbound />
  return (
    <View>
      <View className='card me__who'>
        <Text className='card__title'>{account.displayName}</Text>
        <Text className='card__text'>
          {account.roleLabel} · {account.orgName}
        </Text>
      </View>
      <Text className='section-title'>我的信息</Text>
      <Text className='me__note'>下面是系统里存着的关于您的全部信息。有不对的，请告诉支部书记修改。</Text>
      <View className='card'>
        <Line label='身份' value={account.roleLabel} />
        <Line label='所在组织' value={account.orgName} />
        <Line label='微信绑定时间' value={readableDate(account.boundAt)} />
        <Line label='昵称' value={account.nickname ?? '未设置'} />
        <Line label='头像' value={account.avatarFileID ? '已设置' : '未设置'} />
        {member && (
          <View>
            <Line label='姓名' value={member.name} />
            <Line label='性别' value={member.gender} />
            <Line label='出生年份' value={`${member.birthYear}年`} />
            <Line label='入党时间' value={readableDate(member.joinedAt)} />
            <Line label='手机号' value={member.phone ?? '未登记'} />
            <Line label='职务' value={member.duty ?? '无'} />
            <Line label='支委职务' value={member.committeeRole ?? '无'} />
            <Line label='档案状态' value={member.status === 'active' ? '在册' : '已归档'} />
          </View>
        )}
      </View>
      {member && member.history.length > 0 && (
        <View className='card'>
          <Text className='card__title'>档案记录</Text>
          {member.history.map((entry) => (
            <Text className='card__text' key={`${entry.at}-${entry.kind}`}>
              {readableDate(entry.at)} {entry.detail}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}

export default function MePage() {
  const { state, retry } = useCloud<MyRecord>(getMyRecord)
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>我的</Text>
      {state.status === 'loading' && <Loading what='您的信息' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <MyInformation record={state.data} />}
      {state.status === 'ready' && state.data.account && process.env.TARO_ENV === 'weapp' && (
        <ProfileEditor nickname={state.data.account.nickname} avatarFileID={state.data.account.avatarFileID} onSaved={retry} />
      )}
    </Screen>
  )
}
