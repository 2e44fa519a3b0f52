import { Button as NativeButton, Image, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { updateProfile, uploadAvatar } from '@/services/accounts'

const AGREE_BUTTON_ID = 'me-agree-privacy'

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

/**
 * weapp only: WeChat's privacy consent first (the guide must be agreed to before chooseAvatar or the
 * nickname input run), then the avatar from the chooseAvatar button and the nickname from the
 * nickname input, saved through accounts.updateProfile, which checks the nickname's content.
 */
export function ProfileEditor({ nickname, avatarFileID, onSaved }: { nickname: string | null; avatarFileID: string | null; onSaved: () => void }) {
  const [needConsent, setNeedConsent] = useState(false)
  const pending = useRef<Resolve | null>(null)
  const [avatar, setAvatar] = useState<string | null>(avatarFileID)
  const [name, setName] = useState(nickname ?? '')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    Taro.getPrivacySetting({ success: (result) => setNeedConsent(result.needAuthorization) })
    // A privacy API called before consent waits here until the person answers the card below.
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending.current = resolve
      setNeedConsent(true)
    })
  }, [])

  function agreed() {
    pending.current?.({ event: 'agree', buttonId: AGREE_BUTTON_ID })
    pending.current = null
    setNeedConsent(false)
  }

  function declined() {
    pending.current?.({ event: 'disagree' })
    pending.current = null
    setMessage({ ok: false, text: '您没有同意，头像和昵称不会更换。需要时可以再点一次。' })
  }

  async function chooseAvatar(event: { detail: { avatarUrl?: string } }) {
    const path = event.detail.avatarUrl
    if (!path) return
    setSaving(true)
    const uploaded = await uploadAvatar(path)
    if (!uploaded.ok) {
      setSaving(false)
      setMessage({ ok: false, text: uploaded.message })
      return
    }
    const saved = await updateProfile({ avatarFileID: uploaded.fileID })
    setSaving(false)
    if (saved.ok) {
      setAvatar(uploaded.fileID)
      setMessage({ ok: true, text: '头像已更换。' })
      onSaved()
    } else setMessage({ ok: false, text: saved.message })
  }

  async function saveNickname() {
    if (saving) return
    setSaving(true)
    const saved = await updateProfile({ nickname: name })
    setSaving(false)
    setMessage(saved.ok ? { ok: true, text: '昵称已保存。' } : { ok: false, text: saved.message })
    if (saved.ok) onSaved()
  }

  if (needConsent) {
    return (
      <View className='card me__consent'>
        <Text className='card__title'>先看一下隐私保护指引</Text>
        <Text className='card__text'>更换头像和昵称会用到您选的照片和填的昵称。请先阅读《隐私保护指引》，同意后才能更换。</Text>
        <View className='me__link' onClick={() => Taro.openPrivacyContract({})}>
          <Text>阅读《隐私保护指引》</Text>
        </View>
        <NativeButton id={AGREE_BUTTON_ID} className='me__button me__button--primary' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agreed}>
          同意并继续
        </NativeButton>
        <NativeButton className='me__button' onClick={declined}>
          不同意
        </NativeButton>
      </View>
    )
  }

  return (
    <View className='card'>
      <Text className='card__title'>头像和昵称</Text>
      <NativeButton className='me__avatar-button' openType='chooseAvatar' onChooseAvatar={chooseAvatar}>
        {avatar ? <Image className='me__avatar' src={avatar} mode='aspectFill' /> : <Text>点这里选头像</Text>}
      </NativeButton>
      <Input className='me__nickname' type='nickname' value={name} placeholder='点这里填昵称' maxlength={20} onInput={(event) => setName(event.detail.value)} onBlur={(event) => setName(event.detail.value)} />
      <NativeButton className='me__button me__button--primary' disabled={saving || name.trim() === ''} onClick={saveNickname}>
        {saving ? '正在保存……' : '保存昵称'}
      </NativeButton>
      {message && <Text className={message.ok ? 'me__saved' : 'me__failed'}>{message.text}</Text>}
    </View>
  )
}
