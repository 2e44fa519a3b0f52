import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useFontScaleStyle } from '@/hooks/use-font-scale'

/** A page's root: applies the user's WeChat font size to every text size below it. */
export function Screen({ children }: PropsWithChildren) {
  const style = useFontScaleStyle()
  return (
    <View className='screen' style={style}>
      {children}
    </View>
  )
}
