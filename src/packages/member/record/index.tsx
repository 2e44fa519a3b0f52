import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { DateInput, Field, FormError, todayString } from '@/components/Form'
import { PhotoStrip, TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { PHOTOS_SUPPORTED, pickAndUploadPhotos } from '@/services/photos'
import { recordDuty, type SharedPlace } from '@/services/posts'

const MAX_PHOTOS = 9

/** Asks for the place only after the tap, through WeChat's own location picker (the person's consent). */
async function choosePlace(): Promise<SharedPlace | null> {
  try {
    const chosen = await Taro.chooseLocation({})
    return { latitude: chosen.latitude, longitude: chosen.longitude, name: (chosen.name || chosen.address || '').slice(0, 60) || undefined }
  } catch {
    return null
  }
}

/** 记一笔: what was done in my area and when (today unless changed); photos and place only if the person adds them. */
export default function RecordDutyPage() {
  const params = useRouteParams()
  const today = todayString()
  const [note, setNote] = useState('')
  const [doneOn, setDoneOn] = useState(today)
  const [photos, setPhotos] = useState<string[]>([])
  const [photoProblem, setPhotoProblem] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [place, setPlace] = useState<SharedPlace | null>(null)
  const { state, submit } = useSubmit(recordDuty)

  async function addPhotos() {
    setUploading(true)
    const picked = await pickAndUploadPhotos('duties', MAX_PHOTOS - photos.length)
    setUploading(false)
    setPhotos((before) => [...before, ...picked.fileIDs].slice(0, MAX_PHOTOS))
    setPhotoProblem(picked.problem)
  }

  async function addPlace() {
    const chosen = await choosePlace()
    if (chosen) setPlace(chosen)
  }

  function save() {
    void submit({ assignmentId: params.assignmentId ?? '', dutyId: params.dutyId ?? '', doneOn, note, photos, ...(place ? { place } : {}) })
  }

  if (state.status === 'done') {
    return (
      <Screen>
        <Text className='screen__title'>已记下</Text>
        <Text className='form-done'>
          {params.duty ?? '这次履职'}：{note.trim()}
        </Text>
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateBack()}>
          回到我的任务
        </Button>
      </Screen>
    )
  }

  return (
    <Screen>
      <Text className='screen__title'>{params.duty ?? '记一笔'}</Text>
      {params.area && <Text className='screen__lead'>责任区：{params.area}</Text>}
      <Field label='做了什么' hint='一两句话就行，例如“走访张大爷家，帮他问了医保报销”。'>
        <TextBox name='note' value={note} onChange={setNote} maxlength={300} placeholder='写下这次做的事' />
      </Field>
      <Field label='哪天做的'>
        <DateInput value={doneOn} onChange={setDoneOn} placeholder='选择日期' end={today} />
      </Field>
      <Field label='照片' optional error={photoProblem}>
        <PhotoStrip fileIDs={photos} />
        {PHOTOS_SUPPORTED &&
          photos.length < MAX_PHOTOS && (
            <Button className='big-button' type='default' loading={uploading} onClick={() => void addPhotos()}>
              {uploading ? '正在上传照片……' : '添加照片'}
            </Button>
          )}
        <Text className='field__hint'>照片审核通过后，别人才能看到。</Text>
      </Field>
      {process.env.TARO_ENV === 'weapp' && (
        <Field label='位置' optional hint='只有您点下面的按钮并同意后，才会记下位置。'>
          {place ? <Text className='card__text'>已附位置：{place.name ?? '所选位置'}</Text> : null}
          <Button className='big-button' type='default' onClick={() => void addPlace()}>
            {place ? '换一个位置' : '附上位置'}
          </Button>
        </Field>
      )}
      {state.status === 'failed' && <FormError title='没有记下' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} disabled={uploading} onClick={save}>
        保存这条记录
      </Button>
    </Screen>
  )
}
