import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import './index.scss'

export function Loading({ what }: { what: string }) {
  return (
    <View className='cloud-status' aria-live='polite'>
      <Text className='cloud-status__text'>正在读取{what}，请稍候……</Text>
    </View>
  )
}

/** The failure in words a person can act on, and the one thing to do next: try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='cloud-status cloud-status--failed' role='alert'>
      <Text className='cloud-status__title'>没能读取到内容</Text>
      <Text className='cloud-status__text'>{message}</Text>
      <Button className='big-button' type='primary' color='#b7131a' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
