import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { useHome } from '@/hooks/use-home'

export default function MePage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>我的</Text>
      {state.status === 'loading' && <Loading what='您的身份' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <View className='card'>
            <Text className='card__text'>姓名</Text>
            <Text className='card__title'>{state.data.identity.displayName || '未绑定（群众）'}</Text>
          </View>
          <View className='card'>
            <Text className='card__text'>身份</Text>
            <Text className='card__title'>{state.data.identity.roleLabel}</Text>
          </View>
          <View className='card'>
            <Text className='card__text'>所在组织</Text>
            <Text className='card__title'>{state.data.org ? state.data.org.name : '不属于任何党组织'}</Text>
            {state.data.org && <Text className='card__text'>{state.data.org.typeLabel}</Text>}
          </View>
          {!state.data.org && <Text className='screen__lead'>如果您是党员，请向支部书记要邀请码来绑定身份。</Text>}
        </View>
      )}
    </Screen>
  )
}
