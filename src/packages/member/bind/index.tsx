import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import { Field, FormError, TextInput } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { bindWithCode } from '@/services/accounts'
import { TAB_HOME } from '@/routes'
import './index.scss'

/**
 * Anyone not yet bound: the invite code (typed, or filled in from the mini-program code's `scene`
 * or a shared link's `code`) → bind → their organisation. One field, one button.
 */
export default function BindPage() {
  const params = useRouteParams()
  const [code, setCode] = useState((params.scene ?? params.code ?? '').toUpperCase())
  const { state, submit } = useSubmit(bindWithCode)

  if (state.status === 'done') {
    return (
      <Screen>
        <Text className='screen__title'>绑定成功</Text>
        <View className='card bind__done'>
          <Text className='card__title'>{state.data.memberName}，欢迎您</Text>
          <Text className='card__text'>您的身份：{state.data.roleLabel}</Text>
          <Text className='card__text'>所在组织：{state.data.org.name}</Text>
        </View>
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.switchTab({ url: TAB_HOME })}>
          进入首页
        </Button>
      </Screen>
    )
  }

  return (
    <Screen>
      <Text className='screen__title'>绑定党员身份</Text>
      <Text className='screen__lead'>请输入支部书记给您的 8 位邀请码。扫小程序码进来的，邀请码已经填好了。</Text>
      <Field label='邀请码' hint='字母不分大小写'>
        <TextInput name='code' value={code} onChange={(value) => setCode(value.toUpperCase())} placeholder='例如 ABCD2345' maxlength={12} />
      </Field>
      {state.status === 'failed' && <FormError title='没有绑定成功' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => submit(code.replace(/\s+/g, ''))}>
        {state.status === 'saving' ? '正在绑定……' : '绑定'}
      </Button>
      <Text className='quiet-note'>没有邀请码？请联系您所在党支部的书记。不是党员的乡亲不用绑定，直接使用即可。</Text>
    </Screen>
  )
}
