import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { useHome } from '@/hooks/use-home'

/** Public boards are not built yet; until then this tab says so plainly, for the caller's own organisation. */
export default function BoardsPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>公开栏</Text>
      {state.status === 'loading' && <Loading what='公开栏' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View className='card'>
          <Text className='card__title'>{state.data.org ? state.data.org.name : '您所在的村'}</Text>
          <Text className='card__text'>暂无公开内容。</Text>
          {!state.data.org && <Text className='card__text'>扫描村里张贴的二维码后，这里会显示该村的公开内容。</Text>}
        </View>
      )}
    </Screen>
  )
}
