import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Home } from '@/core/contracts/org.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { DevIdentitySwitcher } from '@/components/DevIdentitySwitcher'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { ROLE_HOME } from '@/routes'
import './index.scss'

function open(url: string) {
  Taro.navigateTo({ url })
}

function VillagerHome() {
  return (
    <View>
      <Text className='screen__title'>您好，乡亲</Text>
      <Text className='screen__lead'>您现在是以群众身份使用。您可以给村党组织的工作打分、看公开栏、提意见建议。</Text>
      <Button className='big-button' type='primary' color='#b7131a' onClick={() => open(ROLE_HOME.villager)}>
        进入群众服务
      </Button>
    </View>
  )
}

function OrgHome({ home }: { home: Home }) {
  const { identity, org, standards } = home
  return (
    <View>
      <Text className='screen__title'>
        {identity.displayName ? `${identity.displayName}，您好` : '您好'}
      </Text>
      <Text className='screen__lead'>您的身份：{identity.roleLabel}</Text>
      {org && (
        <View className='card home__org'>
          <Text className='card__title'>{org.name}</Text>
          <Text className='card__text'>
            {org.typeLabel} · 党员 {org.memberCount} 名
          </Text>
          {org.ancestors.length > 0 && <Text className='card__text'>上级：{org.ancestors.map((a) => a.name).join(' › ')}</Text>}
        </View>
      )}
      {identity.role === 'member' ? (
        // A member's work week after week starts at 我的任务; the landing page stays one row away.
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => open(MEMBER_WORK_ROUTES.myTasks)}>
          我的任务：记一笔、看承诺
        </Button>
      ) : (
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => open(ROLE_HOME[identity.role])}>
          进入{identity.roleLabel}工作台
        </Button>
      )}
      {standards ? (
        <View>
          <Text className='section-title'>{standards.heading}</Text>
          {standards.criteria.map((criterion) => (
            <View className='card home__criterion' key={criterion.key}>
              <Text className='card__title'>
                {criterion.ordinal}. {criterion.title}
              </Text>
              <Text className='card__text'>{criterion.text}</Text>
            </View>
          ))}
        </View>
      ) : (
        <View className='card'>
          <Text className='card__text'>本级组织不单独对照“五个好”标准评定，所辖乡镇、村和企业党组织各有自己的五条标准。</Text>
        </View>
      )}
    </View>
  )
}

export default function HomePage() {
  const { state, retry } = useHome()
  // Coming back after binding (or any change of identity) shows the new organisation.
  useReloadOnShow(retry)
  return (
    <Screen>
      {process.env.TARO_ENV === 'h5' && <DevIdentitySwitcher />}
      {state.status === 'loading' && <Loading what='您的组织' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (state.data.identity.role === 'villager' ? <VillagerHome /> : <OrgHome home={state.data} />)}
    </Screen>
  )
}
