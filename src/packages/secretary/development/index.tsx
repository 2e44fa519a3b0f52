import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useState } from 'react'
import type { DevelopmentView } from '@/core/contracts/development.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { DateInput, Field, FormError, todayString } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { resolveOrgId, useCloudFollowing } from '@/hooks/use-members'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import type { CallResult } from '@/services/cloud'
import { advanceDevelopment, listDevelopment, type DevelopmentList } from '@/services/development'
import { ApplicantForm } from './applicant-form'
import './index.scss'
import { readableDate } from '@/core/china-time'

function Advance({ record, onDone }: { record: DevelopmentView; onDone: () => void }) {
  const next = record.next
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState(todayString())
  const { state, submit } = useSubmit(advanceDevelopment)
  if (!next) return <Text className='tag tag--plain'>发展程序已完成</Text>
  async function save() {
    if (!next) return
    const result = await submit(record.id, next.stage, date)
    if (result?.ok) {
      setOpen(false)
      onDone()
    }
  }
  return (
    <View>
      <Text className='card__text'>
        下一步：{next.stageLabel}
        {next.earliest ? `（最早 ${readableDate(next.earliest)}）` : ''}
      </Text>
      {!open ? (
        <Button className='big-button plain-button' onClick={() => setOpen(true)}>
          登记为“{next.stageLabel}”
        </Button>
      ) : (
        <View>
          <Field label={`列为“${next.stageLabel}”的日期`}>
            <DateInput value={date} onChange={setDate} placeholder='点这里选择日期' end={todayString()} />
          </Field>
          {state.status === 'failed' && <FormError title='不能进入下一阶段' message={state.message} />}
          <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={save}>
            确认登记
          </Button>
        </View>
      )}
    </View>
  )
}

function Record({ record, reload }: { record: DevelopmentView; reload: () => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>
        {record.name}（{record.gender}，{record.birthYear}年生）
      </Text>
      <Text className='tag'>{record.stageLabel}</Text>
      <View className='development__stages'>
        {record.stages.map((entry) => (
          <Text className='development__stage' key={entry.stage}>
            {readableDate(entry.date)}　{entry.stageLabel}
          </Text>
        ))}
      </View>
      <Advance record={record} onDone={reload} />
    </View>
  )
}

/** 发展党员 in one organisation: each person's stages with dates, and the next stage; the server refuses, with its reason, what the rules forbid. */
export default function DevelopmentPage() {
  const params = useRouteParams()
  const load = useCallback(async (): Promise<CallResult<DevelopmentList>> => {
    const orgId = await resolveOrgId(params.orgId)
    return orgId.ok ? listDevelopment(orgId.data) : orgId
  }, [params.orgId])
  const { state, retry } = useCloudFollowing<DevelopmentList>(load)
  const [adding, setAdding] = useState(false)
  const [added, setAdded] = useState<string | null>(null)
  return (
    <Screen>
      <Text className='screen__title'>发展党员</Text>
      <Text className='screen__lead'>入党申请人 → 入党积极分子（培养满一年）→ 发展对象 → 预备党员（预备期一年）→ 正式党员</Text>
      {state.status === 'loading' && <Loading what='发展党员记录' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Text className='section-title'>{state.data.org.name}</Text>
          {added && <Text className='form-done'>已登记 {added} 为入党申请人。满足条件后再登记为“入党积极分子”。</Text>}
          {adding ? (
            <ApplicantForm
              orgId={state.data.org.id}
              onCancel={() => setAdding(false)}
              onSaved={(record) => {
                setAdding(false)
                setAdded(record.name)
                retry()
              }}
            />
          ) : (
            <Button
              className='big-button'
              type='primary'
              color='#b7131a'
              onClick={() => {
                setAdded(null)
                setAdding(true)
              }}
            >
              登记入党申请人
            </Button>
          )}
          {state.data.records.length === 0 && (
            <View className='card'>
              <Text className='card__text'>还没有发展党员记录。有人递交入党申请书后，点上面的“登记入党申请人”。</Text>
            </View>
          )}
          {state.data.records.map((record) => (
            <Record key={record.id} record={record} reload={retry} />
          ))}
        </View>
      )}
    </Screen>
  )
}
