import { Button as NativeButton, Image, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import { FormError } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { createInvite, type CreatedInvite } from '@/services/accounts'
import { PAGES, pageUrl } from '@/routes'
import './index.scss'
import { readableDate } from '@/core/china-time'

/** ABCD2345 → ABCD 2345: two groups are easier to read out over the phone. */
function grouped(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`
}

/** The bind page with the code filled in: what a shared card or a copied link opens. */
function bindLink(code: string): string {
  return pageUrl(PAGES.bind, { code })
}

function ShowInvite({ invite }: { invite: CreatedInvite }) {
  const [copied, setCopied] = useState<string | null>(null)
  async function copyLink() {
    const link = `${window.location.origin}${window.location.pathname}#${bindLink(invite.code)}`
    try {
      await Taro.setClipboardData({ data: link })
      setCopied(link)
    } catch {
      setCopied(null)
    }
  }
  return (
    <View>
      <View className='card invite__card'>
        <Text className='card__text'>{invite.memberName}的邀请码</Text>
        <Text className='invite__code' aria-label={`邀请码 ${invite.code.split('').join(' ')}`}>
          {grouped(invite.code)}
        </Text>
        <Image className='invite__qr' src={process.env.TARO_ENV === 'weapp' ? invite.qrFileID : invite.qrUrl} mode='scaleToFill' showMenuByLongpress />
        <Text className='card__text'>请{invite.memberName}用微信扫这个小程序码，或打开小程序在“绑定身份”里输入邀请码。</Text>
        <Text className='invite__expires'>有效期到 {readableDate(invite.expiresAt)}，只能用一次。</Text>
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <NativeButton className='invite__share' openType='share'>
          发给{invite.memberName}（微信）
        </NativeButton>
      ) : (
        <Button className='big-button' type='primary' color='#b7131a' onClick={copyLink}>
          复制邀请链接
        </Button>
      )}
      {copied && <Text className='form-done'>已复制，可以粘贴到微信里发给{invite.memberName}：{copied}</Text>}
    </View>
  )
}

/**
 * A one-time invite for one member: the code in large digits, the mini-program code, the last day
 * it works, and one way to send it. Making a new one cancels the old one, so the page asks first.
 */
export default function InvitePage() {
  const params = useRouteParams()
  const memberId = params.memberId ?? ''
  const name = params.name ?? '这名党员'
  const { state, submit } = useSubmit(createInvite)

  useShareAppMessage(() => {
    if (state.status !== 'done') return { title: '争创五好：绑定党员身份', path: PAGES.bind }
    return { title: `${state.data.memberName}，请绑定您的党员身份`, path: bindLink(state.data.code), imageUrl: state.data.qrFileID }
  })

  return (
    <Screen>
      <Text className='screen__title'>邀请{name}绑定微信</Text>
      {state.status !== 'done' && (
        <View>
          <Text className='screen__lead'>生成一个一次性邀请码，7 天内有效。以前发过、还没用的邀请码会作废。</Text>
          {state.status === 'failed' && <FormError title='没有生成邀请码' message={state.message} />}
          <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} disabled={!memberId} onClick={() => submit(memberId)}>
            {state.status === 'saving' ? '正在生成……' : '生成邀请码'}
          </Button>
        </View>
      )}
      {state.status === 'done' && <ShowInvite invite={state.data} />}
    </Screen>
  )
}
